package org.storylens.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The three reads a desk makes most, answered in front of Javalin: the first pages of the
 * unfiltered story list ({@code GET /api/stories}, with at most {@code sort}, {@code page} and
 * {@code size}), a story's report ({@code GET /api/stories/{id}}) and its page ({@code GET
 * /stories/{id}}), each sent from what the service keeps rendered, with the same headers and bytes
 * as {@link ApiServer}'s own routes.
 *
 * <p>Why in front? These answers are ready bytes, and under a hundred busy readers Javalin's own
 * work per request (matching the path against every route's pattern, its context, its
 * task queue) was about a tenth of the request threads' CPU and a fifth of what they allocate
 * (docs/benchmarks.md). Anything else, or anything unusual about one of these (another
 * parameter, a value to check, an unknown story, a client that does not take gzip, a method
 * other than GET), goes on to Javalin untouched, so errors and rare cases have one writer.
 */
final class HotReads extends HandlerWrapper {

  private static final String LIST = "/api/stories";
  private static final String REPORT = "/api/stories/";
  private static final String PAGE = "/stories/";

  /** The longest story id answered here; ids are 16 hex digits. */
  private static final int MAX_ID = 64;

  private final ApiServer server;
  private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();

  HotReads(ApiServer server) {
    this.server = server;
  }

  /** How many requests it answered. */
  long answered() {
    return answered.sum();
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!answer(base, request, response)) {
      super.handle(target, base, request, response);
    }
  }

  /** Answers the request if it is one of the three plain reads; false leaves it untouched. */
  private boolean answer(Request base, HttpServletRequest request, HttpServletResponse response) {
    if (!"GET".equals(base.getMethod())) {
      return false;
    }
    String path = base.getHttpURI().getPath();
    String query = base.getHttpURI().getQuery();
    if (path == null) {
      return false;
    }
    if (path.equals(LIST)) {
      return list(query, request, response, base);
    }
    boolean report = path.startsWith(REPORT);
    if (!report && !path.startsWith(PAGE)) {
      return false;
    }
    String id = path.substring(report ? REPORT.length() : PAGE.length());
    if ((query != null && !query.isEmpty()) || !plainId(id) || !ApiServer.acceptsGzip(request)) {
      return false;
    }
    Optional<StoryReports.Computed> story = lookUp(() -> server.lastReport(id));
    if (story.isEmpty()) {
      return false; // Javalin's 404, as JSON
    }
    take(base);
    server.sendStory(request, response, id, story.get(), !report);
    return true;
  }

  private boolean list(String query, HttpServletRequest request, HttpServletResponse response, Request base) {
    ListQuery asked = ListQuery.parse(query);
    if (asked == null) {
      return false;
    }
    Optional<ApiServer.RenderedList> page = lookUp(() -> Optional.of(server.listPage(asked.byCoverage, asked.page, asked.size)));
    if (page.isEmpty()) {
      return false;
    }
    take(base);
    page.get().send(request, response);
    return true;
  }

  /**
   * What {@code lookup} finds; empty when it finds nothing or fails. It runs before anything is
   * written, so a failure leaves the request to Javalin, which meets the same failure and answers
   * it as JSON.
   */
  private static <T> Optional<T> lookUp(java.util.function.Supplier<Optional<T>> lookup) {
    try {
      return lookup.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Takes the request from Javalin, counted before the answer: a client that has it sees the count. */
  private void take(Request base) {
    answered.increment();
    base.setHandled(true);
  }

  /** Letters, digits, '-' and '_' only, as story ids are: nothing to decode. */
  static boolean plainId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** A list query answered here: one of the kept pages of an unfiltered list. */
  static final class ListQuery {
    final boolean byCoverage;
    final int page;
    final int size;

    private ListQuery(boolean byCoverage, int page, int size) {
      this.byCoverage = byCoverage;
      this.page = page;
      this.size = size;
    }

    /**
     * The query's order, page and size when it holds nothing else, each at most once, written
     * plainly and within the kept pages; otherwise null (Javalin checks and answers it).
     */
    static ListQuery parse(String query) {
      String sort = null;
      int page = 0;
      int size = 0;
      if (query != null && !query.isEmpty()) {
        for (String pair : query.split("&", -1)) {
          int equals = pair.indexOf('=');
          if (equals < 0) {
            return null;
          }
          String name = pair.substring(0, equals);
          String value = pair.substring(equals + 1);
          if (name.equals("sort") && sort == null && (value.equals("newest") || value.equals("coverage"))) {
            sort = value;
          } else if (name.equals("page") && page == 0) {
            page = smallNumber(value);
            if (page < 1 || page > ApiServer.CACHED_PAGES) {
              return null;
            }
          } else if (name.equals("size") && size == 0) {
            size = smallNumber(value);
            if (size < 1 || size > ApiServer.MAX_PAGE_SIZE) {
              return null;
            }
          } else {
            return null;
          }
        }
      }
      return new ListQuery("coverage".equals(sort), page == 0 ? 1 : page, size == 0 ? ApiServer.DEFAULT_PAGE_SIZE : size);
    }

    /** A number of one to four plain digits, or -1. */
    private static int smallNumber(String value) {
      if (value.isEmpty() || value.length() > 4) {
        return -1;
      }
      int n = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
