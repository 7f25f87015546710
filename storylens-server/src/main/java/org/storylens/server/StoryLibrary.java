package org.storylens.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storylens.StoryPipeline;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryAssignment;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.SourceItem;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Bytes;
import org.storylens.model.DerivationLink;
import org.storylens.model.MediaType;
import org.storylens.model.PackedAnalysis;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;
import org.storylens.model.Story;
import org.storylens.model.StoryReport;

/**
 * The service's state: every article it acknowledged, the stories they form, and each story's
 * report, kept in a data folder that survives restarts and {@code kill -9}.
 *
 * <p>On disk: {@code articles.log} ({@link ArticleLog}) holds one JSON line per accepted
 * document, its bytes included, forced to the disk before an upload is acknowledged (uploads
 * arriving together share one force). On open, the log is replayed through the same
 * pipeline (extract and analyse on every core, cluster in arrival order), which rebuilds the
 * stories exactly; a line cut short by a crash, or naming a document that never reached the disk,
 * was never acknowledged and is dropped.
 *
 * <p>The same article is stored once: the same document (same source name and bytes), an article
 * whose address is one already stored (fragments and tracking parameters ignored), or one whose
 * text nearly duplicates (MinHash estimate of word 5-gram Jaccard at least {@link
 * #SAME_TEXT}) a recent article of the same outlet. Near-duplicates from other outlets are kept:
 * they are copies, which the story report shows.
 *
 * <p>Thread-safe, and readers never wait for writers: extraction and analysis run on the
 * caller's thread (in the service, an upload worker, a feed's or a watched folder's thread), only the duplicate checks, the log's append and clustering are taken in
 * turn (on the library's decisions thread, under one lock), and every read is of immutable values
 * in concurrent maps. The list of every story is kept in order as stories
 * change and shows an upload once it is acknowledged; filtered lists are searches of a {@link
 * StoryIndex} of the articles (a story matches when one of its articles matches the whole
 * filter), which shows a change within a second (at once after {@link #awaitSearchable}).
 * Reports come from {@link StoryReports}, recomputed in the background after each change, with
 * their JSON and HTML pages rendered once per computation ({@link StoryPages}).
 */
public final class StoryLibrary implements AutoCloseable {

  /** Estimated word 5-gram Jaccard from which an outlet's two texts are one article. */
  public static final double SAME_TEXT = 0.8;

  /** What an upload did: the article (the stored one, for a duplicate) and its story. */
  public record Ack(String article, String story, boolean duplicate) {}

  /** One story in a list: enough to choose it. */
  public record Summary(
      String id,
      String title,
      int articles,
      int outlets,
      Optional<String> first,
      Optional<String> last,
      long updated) {}

  /**
   * Which stories a list shows; every part optional.
   *
   * @param from stories with an article published on or after this day
   * @param to stories with an article published on or before this day
   * @param entity stories whose articles name this entity (any written form, any case)
   * @param outlet stories an article of this outlet is in (any case)
   * @param words stories whose articles' titles and texts hold every one of these words
   */
  public record Filter(
      Optional<java.time.LocalDate> from,
      Optional<java.time.LocalDate> to,
      Optional<String> entity,
      Optional<String> outlet,
      List<String> words) {
    public Filter {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(outlet, "outlet");
      words = List.copyOf(words);
    }

    /** Every story. */
    public static Filter none() {
      return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
  }

  /** One page of a list and how many stories the list holds in all. */
  public record Page(long total, List<Summary> stories) {
    public Page {
      stories = List.copyOf(stories);
    }
  }

  /**
   * A story's members and derivation links at one change, with what its {@link Summary} is
   * grown from: the outlets its articles are from, and whether one of them has a title.
   */
  private record Members(List<String> ids, List<DerivationLink> links, long updated, Set<String> outlets, boolean titled) {
    static final Members NONE = new Members(List.of(), List.of(), 0, Set.of(), false);

    Members {
      ids = List.copyOf(ids);
      links = List.copyOf(links);
      outlets = Set.copyOf(outlets);
    }

    Members plus(Article article, List<DerivationLink> more, long change) {
      List<String> grown = new ArrayList<>(ids);
      grown.add(article.id());
      List<DerivationLink> linked = new ArrayList<>(links);
      linked.addAll(more);
      String outlet = outlet(article);
      Set<String> from = outlets;
      if (!from.contains(outlet)) {
        from = new java.util.HashSet<>(outlets);
        from.add(outlet);
      }
      return new Members(grown, linked, change, from, titled || article.title().isPresent());
    }

    /** How the story list counts an article's outlet: its name, or its source without one. */
    private static String outlet(Article article) {
      return article.outlet().orElse("source:" + article.source());
    }
  }

  /**
   * Where a story stands in the lists, by its summary at its last change (the change, its outlets
   * and articles), so a page of a list is its ranks' summaries, with no lookup per story.
   */
  private record Rank(Summary summary) {
    String id() {
      return summary.id();
    }

    long updated() {
      return summary.updated();
    }

    int outlets() {
      return summary.outlets();
    }

    int articles() {
      return summary.articles();
    }
  }

  private static final Comparator<Rank> NEWEST =
      Comparator.comparingLong(Rank::updated).reversed().thenComparing(Rank::id);
  private static final Comparator<Rank> COVERAGE =
      Comparator.comparingInt(Rank::outlets).reversed()
          .thenComparing(Comparator.comparingInt(Rank::articles).reversed())
          .thenComparing(NEWEST);

  /** The share of one core report recomputation may take while the service is busy. */
  static final double BACKGROUND_DUTY = 0.5;

  /**
   * Where the library's two Lucene indexes (the search's {@link StoryIndex} and clustering's
   * candidates) keep their files, each in a scratch folder of its own deleted on close and
   * rebuilt on start: {@code /dev/shm}, a file system in memory, where there is one this process
   * may write, and the system's temporary folder elsewhere. Why not always the temporary folder?
   * On a disk, the indexes' writes share the file system's journal with the article log, whose
   * force every upload waits for: with both in {@code /tmp} on the same ext4 disk, the load
   * benchmark stored 83-91 uploads/s instead of 96-100 (docs/benchmarks.md).
   */
  static final Path SCRATCH = scratchFolder();

  private static Path scratchFolder() {
    Path memory = Path.of("/dev/shm");
    return Files.isDirectory(memory) && Files.isWritable(memory)
        ? memory
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** How many documents replay extracts and analyses ahead of the clustering. */
  private static final int REPLAY_AHEAD = 64;

  private final Path folder;
  private final StoryPipeline pipeline;
  private final StoryStore store;
  private final StoryClusterer clusterer;
  private final ArticleLog log;
  private final StoryIndex index = new StoryIndex(SCRATCH);
  private final StoryReports reports;
  private final Object writing = new Object();
  /**
   * The one thread that takes the decisions every upload waits for in turn: the duplicate checks,
   * the log's order and the clustering. Why a thread of its own, not the caller's under the
   * lock? A caller may run at a lower priority than the rest of the service: a pasted article is
   * taken in on a request thread ({@link ApiServer#REQUEST_NICE}), as every upload was before
   * uploads had workers of their own. Under a heavy read load such a caller holding the lock got
   * the share of one thread among the many readers, and every other upload waited for it. This
   * one is started with the library, from the thread that opens it, and keeps that thread's
   * priority.
   */
  private final java.util.concurrent.ThreadPoolExecutor decisions =
      new java.util.concurrent.ThreadPoolExecutor(
          1, 1, 0, java.util.concurrent.TimeUnit.MILLISECONDS,
          new java.util.concurrent.LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "storylens-decisions");
            thread.setDaemon(true);
            return thread;
          });
  /**
   * The threads that finish an upload once it is decided ({@link #addAsync}): each waits for the
   * log's force (uploads decided meanwhile share it), adds the article to the search index and
   * marks its story's report stale. Two, so that one finishes uploads while the other forces the
   * log. Started with the library, as the decisions thread, and at its priority.
   */
  private final java.util.concurrent.ThreadPoolExecutor commits =
      new java.util.concurrent.ThreadPoolExecutor(
          COMMIT_THREADS, COMMIT_THREADS, 0, java.util.concurrent.TimeUnit.MILLISECONDS,
          new java.util.concurrent.LinkedBlockingQueue<>(),
          new java.util.concurrent.ThreadFactory() {
            private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Thread newThread(Runnable task) {
              Thread thread = new Thread(task, "storylens-commit-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }
          });
  private static final int COMMIT_THREADS = 2;
  /**
   * Every stored article, its analysis packed: a report unpacks what it compares. Kept as objects,
   * the analyses were two thirds of the heap's objects, and each new one was copied out of the
   * young generation (docs/service.md, "Under load").
   */
  private final Map<String, PackedAnalysis> articles = new ConcurrentHashMap<>();
  private final Map<String, String> storyOf = new ConcurrentHashMap<>();
  private final Map<String, Members> members = new ConcurrentHashMap<>();
  private final Map<String, String> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Rank> ranks = new ConcurrentHashMap<>();
  private final java.util.NavigableSet<Rank> newest = new java.util.concurrent.ConcurrentSkipListSet<>(NEWEST);
  private final java.util.NavigableSet<Rank> coverage = new java.util.concurrent.ConcurrentSkipListSet<>(COVERAGE);
  private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
  private volatile long sequence;

  /** How many stories at the head of each order are kept listed ({@link #TOP} but in tests). */
  private final int top;

  private StoryLibrary(Path folder, StoryPipeline pipeline, int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be positive: " + top);
    }
    this.top = top;
    this.folder = folder;
    this.pipeline = pipeline;
    this.store = InMemoryStoryStore.of(pipeline.clustering());
    this.clusterer = StoryClusterer.standard(pipeline.clustering(), store, Optional.of(SCRATCH));
    this.reports = new StoryReports(this::computeReport, BACKGROUND_DUTY);
    // a thread inherits its maker's nice value: made now, not by the first (lowered) uploader
    decisions.prestartCoreThread();
    commits.prestartAllCoreThreads();
    try {
      Files.createDirectories(folder);
      replay();
      this.log = ArticleLog.open(folder);
    } catch (IOException | RuntimeException e) {
      // a log that cannot be read: no thread is left
      decisions.shutdownNow();
      commits.shutdownNow();
      reports.close();
      try (store; index) {
        clusterer.close();
      } catch (Exception closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Opens (or starts) the library in {@code folder}, replaying what it holds. */
  public static StoryLibrary open(Path folder, StoryPipeline pipeline) throws IOException {
    return open(folder, pipeline, TOP);
  }

  /** As {@link #open(Path, StoryPipeline)}, keeping the first {@code top} stories of each order listed. */
  static StoryLibrary open(Path folder, StoryPipeline pipeline, int top) throws IOException {
    return new StoryLibrary(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(pipeline, "pipeline"), top);
  }

  /**
   * Extracts, stores, analyses and clusters one document. Empty when the document gives no
   * article, with the reason in {@code rejected}; a duplicate is acknowledged with the article
   * already stored. Returns once the article is on the disk, as {@link #addAsync} completes.
   */
  public Optional<Ack> add(String source, MediaType type, byte[] content, List<String> rejected)
      throws IOException {
    return await(addAsync(source, type, content, rejected));
  }

  /** Waits for what {@link #addAsync} returned; what it completed with, or what it failed with. */
  static Optional<Ack> await(CompletableFuture<Optional<Ack>> adding) throws IOException {
    try {
      return adding.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the upload was decided", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /**
   * As {@link #add}, but only the document's own work runs on the calling thread: extraction, the
   * same-address check and the analysis, which depend on the document alone and run in parallel
   * with other uploads. The rest is handed on, and the caller is free as soon as it is: the
   * decision (the duplicate checks, the log's order and the clustering) to the decisions thread,
   * which takes every upload in turn, then the wait for the log's force, the search index and the
   * report's staleness to the commit threads. The future completes once the article's log line
   * is on the disk (at once for a document without an article or one already stored); it fails
   * with the {@link IOException} that stopped it.
   *
   * <p>Why hand them on? A caller that waits holds its thread through the decisions of every
   * upload ahead of it and through the force. Under a full read load the upload workers, two per
   * core, were each held about 35 ms an upload, mostly waiting, so at 100 uploads a second the
   * next upload found all of them busy and waited 48-105 ms on average for one to be free, more
   * than everything it then took (docs/benchmarks.md, "2026-12-06 12:10").
   */
  public CompletableFuture<Optional<Ack>> addAsync(
      String source, MediaType type, byte[] content, List<String> rejected) {
    reports.touch();
    RawDocument document =
        new RawDocument(source, type, Optional.empty(), Bytes.copyOf(content), Optional.empty());
    ExtractionOutcome outcome = pipeline.extract(new SourceItem.Document(document));
    if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
      rejected.add(((ExtractionOutcome.NotExtracted) outcome).skipped().reason());
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Article article = extracted.article();
    Optional<Ack> known = sameArticle(article);
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(known);
    }
    Ready ready = ready(article);
    StoryClusterer.PreparedArticle prepared = ready.prepared();
    byte[] line;
    try {
      line = ArticleLog.line(new ArticleLog.Entry(article.id(), source, type, content));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
    return decide(() -> {
          synchronized (writing) {
            Optional<Ack> again = sameArticle(article).or(() -> sameText(prepared));
            if (again.isPresent()) {
              return CompletableFuture.completedFuture(again);
            }
            long mark = log.append(line);
            // handed to the commit threads before this decision ends, so that closing, which
            // lets the decisions finish first, finds every decided upload queued for its force
            return commit(new Ack(article.id(), admit(ready), false), mark, prepared);
          }
        })
        .thenCompose(committed -> committed);
  }

  /**
   * Finishes a decided upload on a commit thread: waits for the log's force up to {@code mark}
   * (uploads decided together share one), then adds the article to the search index and marks its
   * story's report stale.
   */
  private CompletableFuture<Optional<Ack>> commit(Ack ack, long mark, StoryClusterer.PreparedArticle prepared) {
    return run(commits, () -> {
      log.awaitDurable(mark);
      written.accumulateAndGet(index.add(ack.story(), prepared.analyzed()), Math::max);
      reports.changed(ack.story());
      return Optional.of(ack);
    });
  }

  /** Runs {@code step} on the decisions thread; its result, or the exception it threw. */
  private <T> CompletableFuture<T> decide(java.util.concurrent.Callable<T> step) {
    return run(decisions, step);
  }

  /**
   * Runs {@code step} on {@code threads}; its result, or the exception it threw as it is (an
   * {@link IOException} when the library is closed), not wrapped as {@code supplyAsync} would.
   */
  private static <T> CompletableFuture<T> run(ExecutorService threads, java.util.concurrent.Callable<T> step) {
    CompletableFuture<T> done = new CompletableFuture<>();
    try {
      threads.execute(() -> {
        try {
          done.complete(step.call());
        } catch (Exception | Error e) {
          done.completeExceptionally(e);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      done.completeExceptionally(new IOException("the library is closed", e));
    }
    return done;
  }

  /** What a stage failed with, without the {@link java.util.concurrent.CompletionException}s later stages wrap it in. */
  static Throwable unwrapped(Throwable failure) {
    while (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }

  /** {@code cause} as what a caller of {@link #add} may throw: as it is, or in an {@link IOException}. */
  private static IOException rethrown(Throwable failure) throws IOException {
    Throwable cause = unwrapped(failure);
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IOException("taking the upload in failed", cause);
  }

  /** The nice values of the decisions thread and a commit thread, or empty where they cannot be read (for tests). */
  List<java.util.OptionalInt> threadsNice() throws IOException {
    try {
      return List.of(decide(ThreadNiceness::current).get(), run(commits, ThreadNiceness::current).get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** Every story, newest change first or most outlets first. */
  public List<Summary> stories(boolean byCoverage) {
    return stories(byCoverage, Filter.none());
  }

  /** Every story {@code filter} lets through, newest change first or most outlets first. */
  public List<Summary> stories(boolean byCoverage, Filter filter) {
    return stories(byCoverage, filter, 0, Integer.MAX_VALUE).stories();
  }

  /**
   * {@code size} of the stories {@code filter} lets through, from the {@code offset}-th, newest
   * change first or most outlets first, and how many it lets through in all.
   */
  public Page stories(boolean byCoverage, Filter filter, int offset, int size) {
    reports.touch();
    if (offset < 0 || size < 0) {
      throw new IllegalArgumentException("offset and size must not be negative");
    }
    if (filter.equals(Filter.none())) {
      return ranked(byCoverage ? coverage : newest, offset, size);
    }
    List<Rank> found =
        index.stories(filter).stream().map(ranks::get).filter(Objects::nonNull)
            .sorted(byCoverage ? COVERAGE : NEWEST).toList();
    return new Page(found.size(), summaries(found.stream().skip(offset).limit(size)));
  }

  /** Blocks until filtered lists show every change acknowledged so far. */
  public void awaitSearchable() {
    index.await(written.get());
  }

  /** A page of every story, in an order kept as stories change. */
  private Page ranked(java.util.NavigableSet<Rank> order, int offset, int size) {
    if ((long) offset + size <= top) {
      List<Rank> top = top(order);
      return new Page(ranks.size(), summaries(top.subList(Math.min(offset, top.size()), Math.min(offset + size, top.size())).stream()));
    }
    return new Page(ranks.size(), summaries(current(order).skip(offset).limit(size)));
  }

  /** How many stories at the head of each order are kept listed between changes. */
  static final int TOP = 1_000;

  /**
   * The first {@link #top} stories of each order, kept by the decisions thread as each story
   * changes (one binary search and one copy of at most that many references), published
   * before the change's sequence is. A reader who read sequence N finds every change up to N
   * here. Before, readers walked the order again after every change, and under a stream of
   * uploads dozens of them did it at once for the same change.
   */
  private volatile List<Rank> newestHead = List.of();
  private volatile List<Rank> coverageHead = List.of();

  private List<Rank> top(java.util.NavigableSet<Rank> order) {
    return order == newest ? newestHead : coverageHead;
  }

  /**
   * {@code head}, the first stories of {@code order}, after one story's rank went from {@code old}
   * (null for a new story) to {@code rank}; under the lock, after {@code order} itself changed.
   */
  private List<Rank> withRank(
      List<Rank> head, Rank old, Rank rank, java.util.NavigableSet<Rank> order, Comparator<Rank> comparator) {
    List<Rank> next = new ArrayList<>(head.size() + 1);
    next.addAll(head);
    // the head is in the order's order, which tells stories apart: found by a binary search, not
    // by comparing every rank of the head with it (two walks of a thousand for every upload)
    int was = old == null ? -1 : Collections.binarySearch(next, old, comparator);
    boolean removed = was >= 0;
    if (removed) {
      next.remove(was);
    }
    int at = Collections.binarySearch(next, rank, comparator);
    int position = at >= 0 ? at : -at - 1;
    if (position == next.size() && ranks.size() > top) {
      // below the head: the head is as it was. A story's rank only climbs (it gains an article,
      // a later change and perhaps an outlet), so it never falls out of the head; were that to
      // change, the head is refilled from the order rather than left short
      return removed ? List.copyOf(current(order).limit(top).toList()) : head;
    }
    if (at < 0) {
      next.add(position, rank);
    }
    return Collections.unmodifiableList(next.size() > top ? new ArrayList<>(next.subList(0, top)) : next);
  }

  /**
   * The stories of {@code order} in that order, each once: a story is briefly in an order twice
   * while it changes, and only the place its current rank gives counts.
   */
  private java.util.stream.Stream<Rank> current(java.util.NavigableSet<Rank> order) {
    return order.stream().filter(rank -> ranks.get(rank.id()) == rank);
  }

  private List<Summary> summaries(java.util.stream.Stream<Rank> stories) {
    return stories.map(Rank::summary).toList();
  }

  /**
   * One story's report computed now from its articles as they are, and those articles, or empty
   * for an unknown id. The service itself serves the pages {@link #report} keeps; this is for a
   * caller that wants the report's values.
   */
  public Optional<Map.Entry<List<Article>, StoryReport>> story(String id) {
    return compared(id).map(c -> Map.entry(c.articles(), c.report()));
  }

  /** A story's articles at its change {@code version}, and the report compared from them. */
  private record Compared(long version, List<Article> articles, StoryReport report) {}

  /** The story's articles as they are now, compared; empty for an unknown id. */
  private Optional<Compared> compared(String id) {
    Members story = members.get(id);
    if (story == null) {
      return Optional.empty();
    }
    List<AnalyzedArticle> analysed = story.ids().stream().map(a -> articles.get(a).unpack()).toList();
    StoryReport report = pipeline.compare(new Story(id, analysed, story.links()));
    return Optional.of(
        new Compared(story.updated(), analysed.stream().map(AnalyzedArticle::article).toList(), report));
  }

  /**
   * As {@link #story}, with the change the report was computed at; {@code fresh} computes it now
   * if the story changed since.
   */
  Optional<StoryReports.Computed> report(String id, boolean fresh) {
    reports.touch();
    Members story = members.get(id);
    return story == null
        ? Optional.empty()
        : reports.get(id, story.updated(), fresh ? story.updated() : 0);
  }

  /** The story's latest change, or empty for an unknown id. */
  public Optional<Long> version(String id) {
    return Optional.ofNullable(members.get(id)).map(Members::updated);
  }

  /** The story an article is in, or empty. */
  public Optional<String> storyOf(String article) {
    return Optional.ofNullable(storyOf.get(article));
  }

  /** Whether an article of this source (a feed item's link) is stored already. */
  public boolean hasSource(String source) {
    return byAddress.containsKey(address(source));
  }

  /** One article, or empty. */
  public Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id)).map(PackedAnalysis::article);
  }

  /** How many articles and stories the library holds. */
  public int[] size() {
    return new int[] {articles.size(), members.size()};
  }

  /** The library's change sequence: it grows by one with every article stored; 0 when empty. */
  public long sequence() {
    return sequence;
  }

  /**
   * The stories changed after change {@code since}, newest change first, at most {@code limit}.
   */
  public List<Summary> changedSince(long since, int limit) {
    return summaries(current(newest).takeWhile(rank -> rank.updated() > since).limit(limit));
  }

  /** A story's articles as they are now (no report is computed), or empty for an unknown id. */
  public Optional<List<Article>> articlesOf(String story) {
    return Optional.ofNullable(members.get(story))
        .map(m -> m.ids().stream().map(id -> articles.get(id).article()).toList());
  }

  /** How many stories wait for their report to be recomputed. */
  public int reportBacklog() {
    return reports.backlog();
  }

  private Optional<StoryReports.Computed> computeReport(String id) {
    // only the rendered pages are kept: the report's values would stay in memory until the story's
    // next change, most of the heap's churn under a steady ingestion
    return compared(id).map(c ->
        new StoryReports.Computed(id, c.version(), StoryPages.render(c.version(), c.articles(), c.report())));
  }

  /** The stored article this one is, by id or by address. */
  private Optional<Ack> sameArticle(Article article) {
    String id = articles.containsKey(article.id()) ? article.id() : null;
    if (id == null) {
      id = article.url().map(StoryLibrary::address).map(byAddress::get).orElse(null);
    }
    return Optional.ofNullable(id).map(a -> new Ack(a, storyOf.get(a), true));
  }

  /** The recent article of the same outlet whose text this one nearly duplicates; under the lock. */
  private Optional<Ack> sameText(StoryClusterer.PreparedArticle prepared) {
    String outlet = outletKey(prepared.analyzed().article());
    return clusterer.nearDuplicates(prepared).stream()
        .filter(link -> link.score() >= SAME_TEXT)
        .map(DerivationLink::from)
        .filter(earlier -> articles.containsKey(earlier) && outletKey(articles.get(earlier).article()).equals(outlet))
        .findFirst()
        .map(earlier -> new Ack(earlier, storyOf.get(earlier), true));
  }

  private static String outletKey(Article article) {
    return article.outlet().map(StoryIndex::key)
        .or(() -> article.url().map(u -> "host:" + host(u)))
        .orElse("source:" + article.source());
  }

  private static String host(String url) {
    try {
      return Optional.ofNullable(java.net.URI.create(url.strip()).getHost()).orElse("").toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * An address as compared for "the same article": scheme and host in lower case, no fragment,
   * no {@code utm_*} or other tracking parameters, no trailing slash. Not an address: as given.
   */
  static String address(String url) {
    String text = url.strip();
    try {
      java.net.URI uri = java.net.URI.create(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return text;
      }
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String part : uri.getRawQuery().split("&")) {
          String name = part.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
          if (!part.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
            query.append(query.isEmpty() ? "?" : "&").append(part);
          }
        }
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
          + uri.getHost().toLowerCase(java.util.Locale.ROOT) + port + path + query;
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static final Set<String> TRACKING =
      Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "ref_src", "at_medium", "at_campaign");

  /**
   * A story's summary once {@code added} joined it, as change {@code updated}: the title of its
   * first article that has one (the start of the first article's text while none has), how many
   * articles and outlets it has with the article, its first and last publication dates. Grown
   * from the summary before ({@code before}, null for a new story; {@code titledBefore}, whether
   * one of its articles had a title), not from every member again: the decisions thread makes one
   * for every article stored, and a story of hundreds took as many lookups and a sort.
   */
  static Summary summary(
      String id, Summary before, boolean titledBefore, int articles, int outlets, Article added, long updated) {
    String title;
    if (before == null) {
      title = added.title().orElse(added.text().substring(0, Math.min(120, added.text().length())));
    } else if (titledBefore) {
      title = before.title(); // an earlier article's title
    } else {
      title = added.title().orElse(before.title()); // the first article's text until one has a title
    }
    Optional<String> date = added.published().map(Published::iso);
    Optional<String> first = before == null ? Optional.empty() : before.first();
    Optional<String> last = before == null ? Optional.empty() : before.last();
    if (date.isPresent()) {
      first = first.filter(f -> f.compareTo(date.get()) <= 0).or(() -> date);
      last = last.filter(l -> l.compareTo(date.get()) >= 0).or(() -> date);
    }
    return new Summary(id, title, articles, outlets, first, last, updated);
  }

  /** Clusters an analysed article already on disk; returns its story. Under the lock. */
  private String admit(Ready ready) throws IOException {
    Article article = ready.packed().article();
    Optional<StoryAssignment> assignment = clusterer.add(ready.prepared());
    String story = assignment.map(StoryAssignment::storyId).orElse(article.id());
    long change = sequence + 1;
    articles.put(article.id(), ready.packed());
    byAddress.putIfAbsent(address(article.source()), article.id());
    article.url().ifPresent(u -> byAddress.putIfAbsent(address(u), article.id()));
    storyOf.put(article.id(), story);
    List<DerivationLink> links = assignment.map(StoryAssignment::derivations).orElse(List.of());
    Members before = members.getOrDefault(story, Members.NONE);
    Members grown = before.plus(article, links, change);
    Rank old = ranks.get(story);
    Summary summary = summary(
        story, old == null ? null : old.summary(), before.titled(), grown.ids().size(), grown.outlets().size(), article, change);
    members.put(story, grown);
    Rank rank = new Rank(summary);
    newest.add(rank);
    coverage.add(rank);
    ranks.put(story, rank);
    if (old != null) {
      newest.remove(old);
      coverage.remove(old);
    }
    newestHead = withRank(newestHead, old, rank, newest, NEWEST);
    coverageHead = withRank(coverageHead, old, rank, coverage, COVERAGE);
    sequence = change;
    return story;
  }

  /** An article analysed and prepared for clustering, and its analysis packed to be kept. */
  private record Ready(StoryClusterer.PreparedArticle prepared, PackedAnalysis packed) {}

  /** What an upload or a replayed document needs before the decisions: it depends on the article alone. */
  private Ready ready(Article article) {
    AnalyzedArticle analysed = pipeline.analyze(article);
    return new Ready(clusterer.prepare(analysed), PackedAnalysis.of(analysed));
  }

  /** One logged document, extracted, analysed and prepared for clustering; empty when it gives no article now. */
  private Optional<Ready> analyse(ArticleLog.Entry entry) {
    RawDocument document =
        new RawDocument(entry.source(), entry.type(), Optional.empty(), Bytes.copyOf(entry.content()), Optional.empty());
    return pipeline.extract(new SourceItem.Document(document)) instanceof ExtractionOutcome.Extracted e
        ? Optional.of(ready(e.article()))
        : Optional.empty();
  }

  /**
   * Rebuilds the library from its log: documents are extracted and analysed on every core, a
   * window ahead, and clustered in the log's order; then every story is indexed and queued for
   * its report, newest first.
   */
  private void replay() throws IOException {
    ExecutorService workers =
        Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
          Thread thread = new Thread(r, "storylens-replay");
          thread.setDaemon(true);
          return thread;
        });
    try {
      Deque<Future<Optional<Ready>>> ahead = new ArrayDeque<>();
      ArticleLog.replay(folder, entry -> {
        ahead.add(workers.submit(() -> analyse(entry)));
        if (ahead.size() >= REPLAY_AHEAD) {
          replayOne(ahead.poll());
        }
      });
      while (!ahead.isEmpty()) {
        replayOne(ahead.poll());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      workers.shutdownNow();
    }
    index.await(written.get());
    members.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Members> e) -> e.getValue().updated()).reversed())
        .forEach(e -> reports.changed(e.getKey()));
  }

  private void replayOne(Future<Optional<Ready>> next) {
    Optional<Ready> replayed;
    try {
      replayed = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while replaying the log", e));
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException("replay failed", e.getCause()));
    }
    if (replayed.isPresent() && !articles.containsKey(replayed.get().packed().article().id())) {
      try {
        String story = admit(replayed.get());
        written.accumulateAndGet(index.add(story, replayed.get().prepared().analyzed()), Math::max);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    // the decisions already asked for are taken (and logged) before the log closes, then every
    // decided upload is made durable: each decision queued its commit before it ended
    finish(decisions);
    finish(commits);
    synchronized (writing) {
      reports.close();
      try (log; store; index) {
        clusterer.close();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** Lets {@code threads} finish what they were given, for up to a minute, then stops them. */
  private static void finish(ExecutorService threads) {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      threads.shutdownNow();
    }
  }
}
