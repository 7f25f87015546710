package org.storylens.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.Article;
import org.storylens.model.MediaType;
import org.storylens.model.Report;
import org.storylens.model.StoryReport;
import org.storylens.report.ArticleJsonWriter;
import org.storylens.report.ReportJsonWriter;

/**
 * The REST API over a {@link StoryLibrary}, on Javalin. Every answer is JSON; every error is
 * {@code {"code": …, "message": …}} with its HTTP status (400 for a bad parameter, 401 without the
 * write token when one is set, 404, 413 for a body over the limit, 422 for a document that gives
 * no article); nothing a client sends yields a 500. The OpenAPI document is at
 * {@code /api/openapi.json}.
 *
 * <ul>
 *   <li>{@code GET /api/stories?sort=newest|coverage&page=1&size=20}: story summaries,
 *       paginated; filtered by {@code from} and {@code to} (days, YYYY-MM-DD), {@code entity},
 *       {@code outlet} and {@code q} (words every story must hold)
 *   <li>{@code GET /api/stories/{id}}: the story as report schema 1 (its articles and its story)
 *   <li>{@code GET /api/articles/{id}}: one article object of schema 1
 *   <li>{@code POST /api/articles?source=NAME&type=text|html}: the body is a page or page text;
 *       answers {@code {"article", "story", "duplicate"}} once it is on disk
 * </ul>
 */
public final class ApiServer implements AutoCloseable {

  /** The most stories one page lists. */
  static final int MAX_PAGE_SIZE = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryLibrary library;
  private final Optional<FeedFollower> feeds;
  private final ServerConfig config;
  private final Javalin app;

  private ApiServer(StoryLibrary library, Optional<FeedFollower> feeds, ServerConfig config) {
    this.library = Objects.requireNonNull(library, "library");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.config = Objects.requireNonNull(config, "config");
    this.app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.defaultHost = config.host();
            });
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/articles/{id}", this::article);
    app.post("/api/articles", this::upload);
    app.get("/api/openapi.json", this::openApi);
    app.get("/", this::uiStories);
    app.get("/stories/{id}", this::uiStory);
    app.get("/articles/{id}", this::uiArticle);
    app.get("/outlets/{name}", this::uiOutlet);
    PastePage.register(app, library, config);
    app.get("/api/feeds", this::listFeeds);
    app.post("/api/feeds", this::addFeed);
    app.delete("/api/feeds/{id}", this::removeFeed);
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (!ctx.res().isCommitted() && ctx.result() == null) {
        error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
      }
    });
    app.error(HttpStatus.CONTENT_TOO_LARGE, ctx ->
        error(ctx, HttpStatus.CONTENT_TOO_LARGE, "the body is over " + config.maxBodyBytes() + " bytes"));
  }

  /** Starts serving {@code library} as {@code config} says; port 0 picks a free port. */
  public static ApiServer start(StoryLibrary library, ServerConfig config) {
    return start(library, Optional.empty(), config);
  }

  /** As {@link #start(StoryLibrary, ServerConfig)}, with the feeds endpoints over {@code feeds}. */
  public static ApiServer start(
      StoryLibrary library, Optional<FeedFollower> feeds, ServerConfig config) {
    ApiServer server = new ApiServer(library, feeds, config);
    server.app.start(config.host(), config.port());
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  private void stories(Context ctx) {
    String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("newest");
    if (!sort.equals("newest") && !sort.equals("coverage")) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "sort must be newest or coverage, not " + sort);
    }
    int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = intParam(ctx, "size", 20, 1, MAX_PAGE_SIZE);
    StoryLibrary.Filter filter =
        new StoryLibrary.Filter(
            dateParam(ctx, "from"),
            dateParam(ctx, "to"),
            textParam(ctx, "entity"),
            textParam(ctx, "outlet"),
            textParam(ctx, "q").map(q -> List.of(q.strip().split("\\s+"))).orElse(List.of()));
    List<StoryLibrary.Summary> all = library.stories(sort.equals("coverage"), filter);
    ObjectNode out = JSON.createObjectNode();
    out.put("page", page).put("size", size).put("total", all.size());
    ArrayNode items = out.putArray("stories");
    long from = (long) (page - 1) * size;
    for (long i = from; i < Math.min(all.size(), from + size); i++) {
      StoryLibrary.Summary s = all.get((int) i);
      ObjectNode item = items.addObject();
      item.put("id", s.id()).put("title", s.title()).put("articles", s.articles()).put("outlets", s.outlets());
      item.put("first", s.first().orElse(null)).put("last", s.last().orElse(null));
    }
    json(ctx, out.toString());
  }

  private void story(Context ctx) throws IOException {
    Optional<Map.Entry<List<Article>, StoryReport>> story = library.story(ctx.pathParam("id"));
    if (story.isEmpty()) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id"));
    }
    StringWriter out = new StringWriter();
    ReportJsonWriter.write(
        new Report(story.get().getKey(), List.of(), List.of(story.get().getValue())), out);
    json(ctx, out.toString());
  }

  private void article(Context ctx) throws IOException {
    Optional<Article> article = library.article(ctx.pathParam("id"));
    if (article.isEmpty()) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      ArticleJsonWriter.writeArticle(json, article.get());
    }
    json(ctx, out.toString());
  }

  private void uiStories(Context ctx) {
    html(ctx, UiPages.storyList("Stories", library.stories(false), true));
  }

  private void uiOutlet(Context ctx) {
    String outlet = ctx.pathParam("name");
    StoryLibrary.Filter filter =
        new StoryLibrary.Filter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(outlet), List.of());
    html(ctx, UiPages.storyList("Stories covered by " + outlet, library.stories(false, filter), false));
  }

  private void uiStory(Context ctx) {
    Optional<Map.Entry<List<Article>, StoryReport>> story = library.story(ctx.pathParam("id"));
    if (story.isEmpty()) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no story " + ctx.pathParam("id"));
    }
    String report =
        org.storylens.report.HtmlReportWriter.render(
            new Report(story.get().getKey(), List.of(), List.of(story.get().getValue())));
    html(ctx, UiPages.withArticleLinks(report, story.get().getKey()));
  }

  private void uiArticle(Context ctx) {
    Optional<Article> article = library.article(ctx.pathParam("id"));
    if (article.isEmpty()) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
    }
    html(ctx, UiPages.article(article.get(), library.storyOf(article.get().id()).orElse("")));
  }

  private static void html(Context ctx, String page) {
    ctx.header("Content-Security-Policy", UiPages.POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private void authorise(Context ctx) {
    if (config.token().isPresent()
        && !("Bearer " + config.token().get()).equals(ctx.header("Authorization"))) {
      throw new BadRequest(HttpStatus.UNAUTHORIZED, "this server needs its write token (Authorization: Bearer …)");
    }
  }

  private FeedFollower follower() {
    return feeds.orElseThrow(() -> new BadRequest(HttpStatus.NOT_FOUND, "this server follows no feeds"));
  }

  private void listFeeds(Context ctx) {
    ArrayNode list = JSON.createArrayNode();
    for (FeedFollower.Status status : follower().statuses()) {
      ObjectNode item = list.addObject().put("id", status.feed().id()).put("url", status.feed().url());
      item.put("state", status.state()).put("failures", status.failures());
      item.put("lastError", status.lastError().orElse(null));
      item.put("lastAttempt", status.lastAttempt().map(Object::toString).orElse(null));
      item.put("lastSuccess", status.lastSuccess().map(Object::toString).orElse(null));
      item.put("nextAttempt", status.nextAttempt().toString());
      item.put("pendingPages", status.pendingPages()).put("failedPages", status.failedPages());
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("feeds", list);
    json(ctx, out.toString());
  }

  private void addFeed(Context ctx) throws IOException {
    authorise(ctx);
    String url = ctx.queryParam("url");
    if (url == null || url.isBlank() || url.length() > 2000) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "url must be given, at most 2000 characters");
    }
    FeedFollower.Feed feed;
    try {
      feed = follower().add(url);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "feed refused: " + e.getMessage());
    }
    ctx.status(HttpStatus.CREATED);
    json(ctx, JSON.createObjectNode().put("id", feed.id()).put("url", feed.url()).toString());
  }

  private void removeFeed(Context ctx) throws IOException {
    authorise(ctx);
    if (!follower().remove(ctx.pathParam("id"))) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no feed " + ctx.pathParam("id"));
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void upload(Context ctx) throws IOException {
    authorise(ctx);
    String source = ctx.queryParamAsClass("source", String.class).getOrDefault("upload");
    if (source.isBlank() || source.length() > 1000) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "source must be a name of 1 to 1000 characters");
    }
    String type = ctx.queryParamAsClass("type", String.class).getOrDefault("text").toLowerCase(Locale.ROOT);
    MediaType mediaType =
        switch (type) {
          case "text" -> MediaType.TEXT;
          case "html" -> MediaType.HTML;
          default -> throw new BadRequest(HttpStatus.BAD_REQUEST, "type must be text or html, not " + type);
        };
    byte[] body = ctx.bodyAsBytes();
    if (body.length > config.maxBodyBytes()) {
      throw new BadRequest(HttpStatus.CONTENT_TOO_LARGE, "the body is over " + config.maxBodyBytes() + " bytes");
    }
    List<String> rejected = new ArrayList<>();
    Optional<StoryLibrary.Ack> ack = library.add(source, mediaType, body, rejected);
    if (ack.isEmpty()) {
      throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "no article: " + String.join("; ", rejected));
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("article", ack.get().article()).put("story", ack.get().story()).put("duplicate", ack.get().duplicate());
    ctx.status(ack.get().duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    json(ctx, out.toString());
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      json(ctx, new String(Objects.requireNonNull(in, "openapi.json").readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Optional<java.time.LocalDate> dateParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(value.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must be a date as YYYY-MM-DD");
    }
  }

  private static Optional<String> textParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > 200) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must be at most 200 characters");
    }
    return Optional.of(value.strip());
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must be from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must be a whole number");
    }
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.put("code", status.getCode()).put("message", message);
    ctx.status(status);
    json(ctx, out.toString());
  }

  /** A client error: its status and message become the JSON error. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient HttpStatus status;

    BadRequest(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
