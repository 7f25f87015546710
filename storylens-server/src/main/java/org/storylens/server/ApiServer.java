package org.storylens.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.storylens.compare.LogOddsDistinctiveTerms;
import org.storylens.model.Article;
import org.storylens.model.MediaType;
import org.storylens.model.Report;
import org.storylens.report.ArticleJsonWriter;

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
 *   <li>{@code POST /api/articles?source=NAME&type=text|html|json}: the body is a page, page text
 *       or a structured article ({@code title, text, url, date, outlet, lang}); answers {@code
 *       {"article", "story", "duplicate"}} once it is on disk and in the list of every story;
 *       {@code refresh=wait_for} waits until filtered lists and searches show it too (they do
 *       within a second anyway)
 *   <li>{@code GET /api/status}: how many articles and stories, and how many reports wait to be
 *       recomputed
 *   <li>{@code GET /api/changes?since=N}: the library's change sequence and the stories changed
 *       after {@code N}, newest first (what the web UI's live pages poll)
 *   <li>{@code GET /api/outlets?page=1&size=20}: every outlet with its article and story counts;
 *       {@code GET /api/outlets/{name}}: its counts, distinctive terms and stories
 * </ul>
 *
 * <p>The web UI is served beside it: {@code /}, {@code /stories/{id}}, {@code /articles/{id}},
 * {@code /outlets}, {@code /outlets/{name}} ({@link UiPages}) and the script {@code /ui/live.js}.
 */
public final class ApiServer implements AutoCloseable {

  static final String JSON_TYPE = "application/json; charset=utf-8";
  static final String HTML_TYPE = "text/html; charset=utf-8";

  /** How many stories a page lists unless asked otherwise. */
  static final int DEFAULT_PAGE_SIZE = 20;

  /** The most stories one page lists. */
  static final int MAX_PAGE_SIZE = 100;

  /** The last page number a UI list accepts. */
  static final int MAX_UI_PAGE = 1_000_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryLibrary library;
  private final Optional<FeedFollower> feeds;
  private final ServerConfig config;
  private final Javalin app;
  private final OutletIndex outlets;
  private final UploadWorkers uploads;
  private final HotReads hot;

  private ApiServer(StoryLibrary library, Optional<FeedFollower> feeds, ServerConfig config, UploadWorkers uploads) {
    this.library = Objects.requireNonNull(library, "library");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.config = Objects.requireNonNull(config, "config");
    this.outlets = new OutletIndex(library, LogOddsDistinctiveTerms.Config.defaults());
    this.uploads = Objects.requireNonNull(uploads, "uploads");
    this.hot = new HotReads(this);
    this.app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = config.maxBodyBytes();
              c.jetty.defaultHost = config.host();
              c.jetty.threadPool = requestThreads(REQUEST_THREADS);
              // in front of Javalin's handlers, which it puts inside the innermost wrapper
              c.jetty.modifyServer(jetty -> {
                hot.setHandler(jetty.getHandler());
                jetty.setHandler(hot);
              });
            });
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/articles/{id}", this::article);
    app.post("/api/articles", this::upload);
    app.get("/api/openapi.json", this::openApi);
    app.get("/api/status", this::status);
    app.get("/", this::uiStories);
    app.get("/stories/{id}", this::uiStory);
    app.get("/articles/{id}", this::uiArticle);
    app.get("/outlets/{name}", this::uiOutlet);
    PastePage.register(app, library, config);
    app.get("/api/feeds", this::listFeeds);
    app.post("/api/feeds", this::addFeed);
    app.delete("/api/feeds/{id}", this::removeFeed);
    app.get("/api/changes", this::changes);
    app.get("/api/outlets", this::outletList);
    app.get("/api/outlets/{name}", this::outletDetail);
    app.get("/outlets", this::uiOutlets);
    app.get("/ui/live.js", this::liveScript);
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

  /**
   * The nice value of the threads that serve requests (on Linux, {@link ThreadNiceness}): a little
   * below the rest of the service, so that the one thread every upload waits for in turn (the
   * library's decisions) gets a core when it wants one however many readers are busy. A reader
   * still gets three times the report worker's share.
   */
  static final int REQUEST_NICE = 5;

  /**
   * How many threads serve requests: four per core, at least 8. Answers come from memory, so a
   * request thread seldom waits; more of them than the cores can run only time-slice the cores
   * among requests, and every reader's answer waits for the others' slices. With Javalin's
   * default of 250, about ten were runnable at any moment under 100 readers on 2 cores, and the
   * p99 latency was 61-94 ms over three rounds; with 8, 58-64 ms over three (docs/benchmarks.md).
   * Requests beyond these wait in Jetty's queue, in order. Uploads, the one kind of request that
   * takes long, run on {@link UploadWorkers}.
   */
  static final int REQUEST_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  /**
   * Jetty's request threads: at most {@code max} (idle ones above 8 end after a minute), each
   * lowering its own priority to {@link #REQUEST_NICE} before it takes any work.
   */
  static org.eclipse.jetty.util.thread.QueuedThreadPool requestThreads(int max) {
    org.eclipse.jetty.util.thread.QueuedThreadPool pool =
        new org.eclipse.jetty.util.thread.QueuedThreadPool(
            max, Math.min(8, max), 60_000, -1, null, null,
            task -> {
              Thread thread = new Thread(ThreadNiceness.loweredTo(REQUEST_NICE, task));
              thread.setName("JettyServerThreadPool-" + thread.getId());
              return thread;
            });
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  /** Starts serving {@code library} as {@code config} says; port 0 picks a free port. */
  public static ApiServer start(StoryLibrary library, ServerConfig config) {
    return start(library, Optional.empty(), config);
  }

  /** As {@link #start(StoryLibrary, ServerConfig)}, with the feeds endpoints over {@code feeds}. */
  public static ApiServer start(
      StoryLibrary library, Optional<FeedFollower> feeds, ServerConfig config) {
    return start(library, feeds, config, UploadWorkers.forThisMachine());
  }

  /** As {@link #start(StoryLibrary, Optional, ServerConfig)}, uploads taken in by {@code uploads}. */
  static ApiServer start(
      StoryLibrary library, Optional<FeedFollower> feeds, ServerConfig config, UploadWorkers uploads) {
    ApiServer server = new ApiServer(library, feeds, config, uploads);
    try {
      server.app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      // the port taken, say: nothing was served, and the workers must not outlive the attempt
      uploads.close();
      throw e;
    }
    return server;
  }

  /** How many requests {@link HotReads} answered in front of Javalin. */
  long hotReads() {
    return hot.answered();
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
    int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    StoryLibrary.Filter filter =
        new StoryLibrary.Filter(
            dateParam(ctx, "from"),
            dateParam(ctx, "to"),
            textParam(ctx, "entity"),
            textParam(ctx, "outlet"),
            textParam(ctx, "q").map(q -> List.of(q.strip().split("\\s+"))).orElse(List.of()));
    if (filter.equals(StoryLibrary.Filter.none()) && page <= CACHED_PAGES) {
      listPage(sort.equals("coverage"), page, size).send(ctx.req(), ctx.res());
      return;
    }
    StoryListJson list = StoryListJson.of(page, size, found(sort.equals("coverage"), filter, page, size), null);
    ctx.contentType(JSON_TYPE).result(list.bytes());
  }

  /** How many of the first pages of each unfiltered list are kept rendered. */
  static final int CACHED_PAGES = 50;

  /**
   * The smallest list page worth compressing: what the first flight of a TCP connection carries,
   * ten segments (RFC 6928), about 14 KB. A smaller page reaches the client in one round trip
   * compressed or not, so compressing it only costs the service; a page of 20 stories is about 4
   * KB.
   */
  static final int COMPRESSED_FROM_BYTES = 14_600;

  /**
   * A page of a list as rendered at a change of the library. A page of at least {@link
   * #COMPRESSED_FROM_BYTES} is compressed once it is asked for again at the same change, and then
   * at the fastest level: under a stream of uploads most pages are asked for about once per
   * change, and deflating even small pages for every second request took a seventh of the
   * request threads' CPU (docs/benchmarks.md); a page the library keeps showing is compressed
   * once and sent so.
   */
  static final class RenderedList {
    final long sequence;
    final StoryListJson page;
    private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    private volatile byte[] gzipped;

    RenderedList(long sequence, StoryListJson page) {
      this.sequence = sequence;
      this.page = page;
    }

    void send(HttpServletRequest request, HttpServletResponse response) {
      response.setHeader("Vary", "Accept-Encoding");
      boolean again = sent.getAndIncrement() > 0;
      if (again && page.bytes().length >= COMPRESSED_FROM_BYTES && acceptsGzip(request)) {
        byte[] compressed = gzipped;
        if (compressed == null) {
          compressed = StoryPages.gzip(page.bytes(), java.util.zip.Deflater.BEST_SPEED);
          gzipped = compressed;
        }
        response.setHeader("Content-Encoding", "gzip");
        bytes(response, JSON_TYPE, compressed);
      } else {
        bytes(response, JSON_TYPE, page.bytes());
      }
    }
  }

  private final java.util.concurrent.ConcurrentHashMap<String, RenderedList> lists =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * One of the first pages of an unfiltered list, rendered once per change of the library: most
   * readers ask for the first pages, far more often than articles arrive. The library's sequence
   * is read before the page is, and a change is in the lists before the sequence counts it, so a
   * page kept for sequence N shows every change up to N: an upload acknowledged before the
   * request is always in it. At most 2 orders × {@value #CACHED_PAGES} pages × {@value
   * #MAX_PAGE_SIZE} sizes are kept: tens of megabytes at most, a few hundred kilobytes as used.
   */
  RenderedList listPage(boolean byCoverage, int page, int size) {
    long sequence = library.sequence();
    String key = (byCoverage ? "c" : "n") + page + "/" + size;
    RenderedList kept = lists.get(key);
    if (kept != null && kept.sequence == sequence) {
      return kept;
    }
    StoryListJson rendered =
        StoryListJson.of(page, size, found(byCoverage, StoryLibrary.Filter.none(), page, size), kept == null ? null : kept.page);
    return lists.merge(key, new RenderedList(sequence, rendered), (old, neu) -> neu.sequence >= old.sequence ? neu : old);
  }

  /** Page {@code page} of the stories {@code filter} lets through. */
  private StoryLibrary.Page found(boolean byCoverage, StoryLibrary.Filter filter, int page, int size) {
    // a page past every story is empty; an offset past the int range is past every story
    int offset = (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
    return library.stories(byCoverage, filter, offset, size);
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    sendStory(ctx.req(), ctx.res(), id, computed(ctx, id), false);
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
  }

  /** A page kept gzip-compressed: sent so to a client that accepts it, inflated to any other. */
  private static void page(HttpServletRequest request, HttpServletResponse response, String type, byte[] gzipped) {
    response.setHeader("Vary", "Accept-Encoding");
    if (acceptsGzip(request)) {
      response.setHeader("Content-Encoding", "gzip");
      bytes(response, type, gzipped);
    } else {
      bytes(response, type, StoryPages.gunzip(gzipped));
    }
  }

  /**
   * Sends story {@code id}'s report as JSON, or its web page with {@code html}, from the kept
   * gzip. The headers say which change of the story the report is of and which is the latest (a
   * report lags its story while it is recomputed in the background).
   */
  void sendStory(
      HttpServletRequest request, HttpServletResponse response, String id, StoryReports.Computed story, boolean html) {
    response.setHeader("X-Report-Version", String.valueOf(story.version()));
    response.setHeader("X-Story-Version", String.valueOf(library.version(id).orElse(story.version())));
    if (html) {
      uiHeaders(response);
      page(request, response, HTML_TYPE, story.pages().htmlGzip());
    } else {
      page(request, response, JSON_TYPE, story.pages().jsonGzip());
    }
  }

  /** The headers of every web page: what it may load, and no guessing of its type. */
  private static void uiHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", UiPages.POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** The story as last computed, or empty for an unknown id. */
  Optional<StoryReports.Computed> lastReport(String id) {
    return library.report(id, false);
  }

  /**
   * The story {@code id}, as last computed (as of now with {@code fresh=true}); 404 for an
   * unknown one.
   */
  private StoryReports.Computed computed(Context ctx, String id) {
    String fresh = ctx.queryParamAsClass("fresh", String.class).getOrDefault("false");
    if (!fresh.equals("false") && !fresh.equals("true")) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "fresh must be true or false, not " + fresh);
    }
    return library.report(id, fresh.equals("true"))
        .orElseThrow(() -> new BadRequest(HttpStatus.NOT_FOUND, "no story " + id));
  }

  private void status(Context ctx) {
    int[] size = library.size();
    ObjectNode out = JSON.createObjectNode();
    out.put("articles", size[0]).put("stories", size[1]).put("reportBacklog", library.reportBacklog());
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
    int page = intParam(ctx, "page", 1, 1, MAX_UI_PAGE);
    long sequence = library.sequence(); // read first: a change after it redraws the page once more, not never
    StoryLibrary.Page stories =
        library.stories(false, StoryLibrary.Filter.none(), (page - 1) * UiPages.LIST_PAGE, UiPages.LIST_PAGE);
    html(ctx, UiPages.storyList("Stories", stories, page, "/", sequence));
  }

  private void uiOutlets(Context ctx) {
    long sequence = library.sequence();
    html(ctx, UiPages.outlets(outlets.outlets(), sequence));
  }

  private void uiOutlet(Context ctx) {
    long sequence = library.sequence();
    String name = outletName(ctx);
    int page = intParam(ctx, "page", 1, 1, MAX_UI_PAGE);
    OutletIndex.Outlet outlet =
        outlets.outlet(name).orElseThrow(() -> new BadRequest(HttpStatus.NOT_FOUND, "no outlet " + name));
    StoryLibrary.Page stories =
        library.stories(false, outletFilter(name), (page - 1) * UiPages.LIST_PAGE, UiPages.LIST_PAGE);
    html(ctx, UiPages.outlet(outlet, outlets.distinctiveTerms(name), stories, page, sequence));
  }

  private void uiStory(Context ctx) {
    String id = ctx.pathParam("id");
    sendStory(ctx.req(), ctx.res(), id, computed(ctx, id), true);
  }

  private void uiArticle(Context ctx) {
    Optional<Article> article = library.article(ctx.pathParam("id"));
    if (article.isEmpty()) {
      throw new BadRequest(HttpStatus.NOT_FOUND, "no article " + ctx.pathParam("id"));
    }
    html(ctx, UiPages.article(article.get(), library.storyOf(article.get().id()).orElse("")));
  }

  private static void html(Context ctx, String page) {
    uiHeaders(ctx.res());
    ctx.contentType(HTML_TYPE).result(page);
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
          case "json" -> MediaType.ARTICLE_JSON;
          default -> throw new BadRequest(HttpStatus.BAD_REQUEST, "type must be text, html or json, not " + type);
        };
    byte[] body = ctx.bodyAsBytes();
    if (body.length > config.maxBodyBytes()) {
      throw new BadRequest(HttpStatus.CONTENT_TOO_LARGE, "the body is over " + config.maxBodyBytes() + " bytes");
    }
    String refresh = ctx.queryParamAsClass("refresh", String.class).getOrDefault("false");
    if (!refresh.equals("false") && !refresh.equals("wait_for")) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "refresh must be false or wait_for, not " + refresh);
    }
    // taken in on an upload worker; this request thread is free for readers meanwhile
    Optional<java.util.concurrent.CompletableFuture<Void>> taken =
        uploads.submit(() -> store(ctx, source, mediaType, body, refresh));
    if (taken.isEmpty()) {
      ctx.header("Retry-After", "1");
      throw new BadRequest(HttpStatus.SERVICE_UNAVAILABLE, "too many uploads are in progress; send again in a second");
    }
    ctx.future(taken::get);
  }

  /**
   * Takes an upload in (on an upload worker) and answers it when the library has it on the disk;
   * with {@code refresh=wait_for}, once it is also searchable, which the worker waits for.
   */
  private java.util.concurrent.CompletionStage<?> store(
      Context ctx, String source, MediaType mediaType, byte[] body, String refresh) throws IOException {
    List<String> rejected = new ArrayList<>();
    java.util.concurrent.CompletableFuture<Optional<StoryLibrary.Ack>> adding =
        library.addAsync(source, mediaType, body, rejected);
    if (refresh.equals("wait_for")) {
      Optional<StoryLibrary.Ack> ack = StoryLibrary.await(adding);
      library.awaitSearchable();
      answer(ctx, ack, rejected);
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
    return adding.thenAccept(ack -> answer(ctx, ack, rejected));
  }

  private static void answer(Context ctx, Optional<StoryLibrary.Ack> ack, List<String> rejected) {
    if (ack.isEmpty()) {
      throw new BadRequest(HttpStatus.UNPROCESSABLE_CONTENT, "no article: " + String.join("; ", rejected));
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("article", ack.get().article()).put("story", ack.get().story()).put("duplicate", ack.get().duplicate());
    ctx.status(ack.get().duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    json(ctx, out.toString());
  }

  /** The most changed story ids one answer of {@code /api/changes} lists. */
  static final int MAX_CHANGES = 500;

  private void changes(Context ctx) {
    long since = longParam(ctx, "since", 0);
    long sequence = library.sequence();
    List<StoryLibrary.Summary> changed = library.changedSince(since, MAX_CHANGES + 1);
    ObjectNode out = JSON.createObjectNode();
    out.put("sequence", sequence);
    ArrayNode ids = out.putArray("stories");
    changed.stream().limit(MAX_CHANGES).forEach(s -> ids.add(s.id()));
    int[] size = library.size();
    out.put("truncated", changed.size() > MAX_CHANGES).put("total", size[1]).put("articles", size[0]);
    ctx.header("Cache-Control", "no-store");
    json(ctx, out.toString());
  }

  private void outletList(Context ctx) {
    int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    List<OutletIndex.Outlet> all = outlets.outlets();
    ObjectNode out = JSON.createObjectNode();
    out.put("page", page).put("size", size).put("total", all.size());
    ArrayNode items = out.putArray("outlets");
    long from = (long) (page - 1) * size;
    for (long i = from; i < Math.min(all.size(), from + size); i++) {
      outletJson(items.addObject(), all.get((int) i));
    }
    json(ctx, out.toString());
  }

  private void outletDetail(Context ctx) {
    String name = outletName(ctx);
    int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = intParam(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    OutletIndex.Outlet outlet =
        outlets.outlet(name).orElseThrow(() -> new BadRequest(HttpStatus.NOT_FOUND, "no outlet " + name));
    ObjectNode out = JSON.createObjectNode();
    outletJson(out.putObject("outlet"), outlet);
    ArrayNode terms = out.putArray("terms");
    for (OutletIndex.OutletTerm found : outlets.distinctiveTerms(name)) {
      LogOddsDistinctiveTerms.Term term = found.term();
      ObjectNode item = terms.addObject();
      item.put("term", term.term()).put("count", term.count()).put("articles", term.texts())
          .put("elsewhere", term.rest()).put("z", Math.round(term.z() * 1000) / 1000.0);
      found.article().ifPresent(a -> item.putObject("example").put("article", a).put("sentence", found.sentence().orElse("")));
    }
    StoryLibrary.Page found = found(false, outletFilter(name), page, size);
    out.put("page", page).put("size", size).put("total", found.total());
    ArrayNode items = out.putArray("stories");
    for (StoryLibrary.Summary story : found.stories()) {
      items.addRawValue(new com.fasterxml.jackson.databind.util.RawValue(
          new String(StoryListJson.fragment(story), StandardCharsets.UTF_8)));
    }
    json(ctx, out.toString());
  }

  private static void outletJson(ObjectNode node, OutletIndex.Outlet outlet) {
    node.put("name", outlet.name()).put("articles", outlet.articles()).put("stories", outlet.stories());
  }

  private static StoryLibrary.Filter outletFilter(String name) {
    return new StoryLibrary.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(name), List.of());
  }

  /** An outlet's name from the path: 1 to 200 characters, no control character. */
  private static String outletName(Context ctx) {
    String name = ctx.pathParam("name").strip();
    if (name.isEmpty() || name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, "an outlet name has 1 to 200 characters and no control character");
    }
    return name;
  }

  private void liveScript(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("live.js")) {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType("text/javascript; charset=utf-8")
          .result(new String(Objects.requireNonNull(in, "live.js").readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static long longParam(Context ctx, String name, long fallback) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n < 0) {
        throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(HttpStatus.BAD_REQUEST, name + " must be a whole number");
    }
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

  /**
   * Sends {@code body} as the whole answer, straight to the servlet's own stream with its length
   * declared. Why not {@code ctx.result(body)}? Javalin copies a result through a new 32 KB buffer
   * per answer, which at thousands of reads a second was half the service's garbage. Why not
   * Javalin's {@code ctx.outputStream()}? It looks at every answer to decide whether to compress
   * it, and these are sent compressed already or on purpose not. Why the length? Without it, an
   * answer larger than Jetty's aggregation buffer went out as two writes, its body as one chunk
   * and the closing chunk after it (docs/benchmarks.md, "2026-12-05 22:46 to 2026-12-06 01:10
   * UTC").
   */
  static void bytes(HttpServletResponse response, String type, byte[] body) {
    response.setContentType(type);
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      // the client went away: nobody is left to answer
    }
  }

  private static void json(Context ctx, String body) {
    ctx.contentType(JSON_TYPE).result(body);
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
    uploads.close();
  }
}
