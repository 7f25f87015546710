package org.storylens.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.storylens.StoryPipeline;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryWindow;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.model.MediaType;
import org.storylens.model.RawDocument;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scale}: StoryLens's clusterer and the windowed TF-IDF single-pass baseline over one
 * {@link SyntheticNewsStream} of N articles, each system on its own thread over its own copy of
 * the stream (the generator is deterministic, so both see the same articles in the same order).
 * Prints, per block of articles, each system's time per article and the heap after the latest
 * garbage collection; at checkpoints the heap after a full collection and the F1 figures so far;
 * at the end the ratio of the last block's time per article to the first's, the largest heap
 * after a collection, and pairwise and B-cubed F1 against the generated gold stories.
 *
 * <p>Each block gives wall time and the thread's CPU time per article ({@link
 * ThreadMXBean#getCurrentThreadCpuTime}): on a machine shared with other work the wall time
 * measures the load as much as the code, the CPU time much less so.
 *
 * <p>What is timed: for StoryLens, {@link StoryClusterer#add} (features, candidates, scoring,
 * near-duplicates, recording); with {@code --analysis rerun} also the analysis stage run again on
 * the generated text, timed apart. For the baseline, its {@code add} (terms, weights, comparison
 * with every active story). Generating the article is not timed.
 */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description =
        "Clustering cost and heap as the stream grows: StoryLens vs a windowed TF-IDF"
            + " single-pass baseline over a seeded synthetic stream built from ECB+.")
public final class ScaleBenchmark implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "../shared/benchmarks/ecbplus",
      description = "folder with train.jsonl and dev.jsonl, the source events (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--pages",
      defaultValue = "../shared/benchmarks/article-extraction",
      description =
          "article pages, each one more source event of one article; skipped when absent"
              + " (default: ${DEFAULT-VALUE})")
  Path pages;

  @Option(names = "--articles", defaultValue = "10000", description = "stream length (default: ${DEFAULT-VALUE})")
  long articles;

  @Option(names = "--seed", defaultValue = "1", description = "names the stream (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--block", defaultValue = "10000", description = "articles per progress line (default: ${DEFAULT-VALUE})")
  int block;

  @Option(
      names = "--checkpoint",
      defaultValue = "100000",
      description = "articles between full collections with heap and F1 so far (default: ${DEFAULT-VALUE})")
  long checkpoint;

  @Option(names = "--per-day", defaultValue = "1000", description = "articles a day (default: ${DEFAULT-VALUE})")
  double perDay;

  @Option(names = "--story-size", defaultValue = "8", description = "mean articles per story (default: ${DEFAULT-VALUE})")
  int storySize;

  @Option(
      names = "--warmup",
      defaultValue = "5000",
      description = "untimed articles of another seed through throwaway instances first (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--analysis",
      defaultValue = "carried",
      description =
          "carried: the generator's analysis; rerun: the analysis stage again on each generated"
              + " text, timed apart (default: ${DEFAULT-VALUE})")
  String analysis;

  @Option(
      names = "--systems",
      split = ",",
      defaultValue = "storylens,baseline",
      description = "which systems run (default: ${DEFAULT-VALUE})")
  List<String> systems;

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final AtomicLong lastAfterGc = new AtomicLong();
  private final AtomicLong maxAfterGc = new AtomicLong();

  /** One system's figures for the whole run. */
  record Outcome(
      String system,
      double firstBlockMs,
      double lastBlockMs,
      double firstBlockCpuMs,
      double lastBlockCpuMs,
      ClusteringScore.Scores scores) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!analysis.equals("carried") && !analysis.equals("rerun")) {
      spec.commandLine().getErr().println("--analysis is carried or rerun, not " + analysis);
      return 2;
    }
    Optional<List<SyntheticNewsStream.SourceEvent>> sources = sourceEvents(data, pages);
    if (sources.isEmpty()) {
      spec.commandLine().getErr().println("no train.jsonl and dev.jsonl in " + data.toAbsolutePath());
      return 2;
    }
    List<SyntheticNewsStream.SourceEvent> events = sources.get();
    watchCollections();
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "scale: %d articles, seed %d, %s/day, mean story size %d, %d source events; analysis %s;"
            + " max heap %d MB, %d processors, Java %s; started %s%n",
        articles, seed, perDay, storySize, events.size(), analysis,
        runtime.maxMemory() >> 20, runtime.availableProcessors(),
        System.getProperty("java.version"), Instant.now());
    out.printf(
        Locale.ROOT, "%-10s %10s %12s %12s %12s %12s %10s %14s  %s%n",
        "system", "articles", "ms/article", "cpu ms/art", "analysis ms", "KB alloc/art", "active",
        "heap MB (GC)", "at");
    out.flush();

    List<Outcome> outcomes = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (String system : systems) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  Outcome outcome =
                      system.equals("baseline") ? runBaseline(events, out) : runStoryLens(events, out);
                  synchronized (outcomes) {
                    outcomes.add(outcome);
                  }
                } catch (IOException | RuntimeException e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              system);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a system failed", failures.get(0));
    }
    out.printf(Locale.ROOT, "%nsummary (%d articles, finished %s)%n", articles, Instant.now());
    out.printf(
        Locale.ROOT, "%-10s %12s %12s %8s %12s %12s %8s %8s %8s %8s %8s %8s %9s%n",
        "system", "first ms/art", "last ms/art", "ratio", "first cpu ms", "last cpu ms",
        "cpu ratio", "pair F1", "pair P", "pair R", "B3 F1", "B3 P", "stories");
    for (Outcome o : outcomes) {
      ClusteringScore.Scores s = o.scores();
      out.printf(
          Locale.ROOT, "%-10s %12.3f %12.3f %8.3f %12.3f %12.3f %8.3f %8.4f %8.4f %8.4f %8.4f %8.4f"
              + " %9d%n",
          o.system(), o.firstBlockMs(), o.lastBlockMs(), o.lastBlockMs() / o.firstBlockMs(),
          o.firstBlockCpuMs(), o.lastBlockCpuMs(), o.lastBlockCpuMs() / o.firstBlockCpuMs(),
          s.pairwiseF1(), s.pairwisePrecision(), s.pairwiseRecall(), s.bcubedF1(),
          s.bcubedPrecision(), s.predictedClusters());
    }
    out.printf(
        Locale.ROOT, "largest heap after a collection: %d MB (both systems, the scorers and the"
            + " generators together); gold stories: %d%n",
        maxAfterGc.get() >> 20,
        outcomes.isEmpty() ? 0 : outcomes.get(0).scores().goldClusters());
    out.flush();
    return 0;
  }

  /**
   * The source events of a synthetic stream: ECB+ train and dev events, and each article page as
   * an event of one article when the page folder is there. Empty when ECB+ is missing.
   */
  static Optional<List<SyntheticNewsStream.SourceEvent>> sourceEvents(Path data, Path pages)
      throws IOException {
    List<LabelledStream> splits = new ArrayList<>();
    for (String split : List.of("train", "dev")) {
      Path file = data.resolve(split + ".jsonl");
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      splits.add(LabelledStream.load(file));
    }
    List<SyntheticNewsStream.SourceEvent> events =
        new ArrayList<>(SyntheticNewsStream.events(splits));
    if (Files.isRegularFile(pages.resolve("ground-truth.json"))) {
      events.addAll(pageEvents(pages));
    }
    return Optional.of(events);
  }

  /** Each benchmark page extracted and analysed: an event of one article. */
  static List<SyntheticNewsStream.SourceEvent> pageEvents(Path directory) {
    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    ArticleExtractor extractor = ArticleExtractor.standard(ExtractionConfig.defaults());
    List<SyntheticNewsStream.SourceEvent> events = new ArrayList<>();
    for (ExtractionPages.Page page : ExtractionPages.load(directory).pages()) {
      ExtractionOutcome outcome =
          extractor.extract(RawDocument.of(page.id() + ".html", MediaType.HTML, page.html()));
      if (outcome instanceof ExtractionOutcome.Extracted extracted) {
        events.add(
            new SyntheticNewsStream.SourceEvent(
                "page:" + page.id(), List.of(pipeline.analyze(extracted.article()))));
      }
    }
    return events;
  }

  private SyntheticNewsStream stream(List<SyntheticNewsStream.SourceEvent> events, long seed, long n) {
    return new SyntheticNewsStream(events, seed, n, storySize, perDay);
  }

  /**
   * Bytes this thread allocated so far (HotSpot's per-thread counter), so a block reports what
   * clustering allocates per article: the rate the collector pays for in a service.
   */
  private long allocated() {
    return cpu instanceof com.sun.management.ThreadMXBean hotspot
        ? hotspot.getCurrentThreadAllocatedBytes()
        : 0;
  }

  private Outcome runStoryLens(List<SyntheticNewsStream.SourceEvent> events, PrintWriter out)
      throws IOException {
    ClusteringConfig config = ClusteringConfig.defaults();
    StoryPipeline pipeline =
        analysis.equals("rerun")
            ? StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults())
            : null;
    try (InMemoryStoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      SyntheticNewsStream warm = stream(events, seed + 1_000_003L, warmup);
      while (warm.hasNext()) {
        AnalyzedArticle article = warm.next().analyzed();
        clusterer.add(pipeline == null ? article : pipeline.analyze(article.article()));
      }
    }
    StreamingClusteringScore score = new StreamingClusteringScore();
    Blocks blocks = new Blocks("storylens", out);
    try (InMemoryStoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      SyntheticNewsStream stream = stream(events, seed, articles);
      while (stream.hasNext()) {
        SyntheticNewsStream.Labelled labelled = stream.next();
        AnalyzedArticle article = labelled.analyzed();
        long analysisNanos = 0;
        if (pipeline != null) {
          long started = System.nanoTime();
          article = pipeline.analyze(article.article());
          analysisNanos = System.nanoTime() - started;
        }
        long started = System.nanoTime();
        long startedCpu = cpu.getCurrentThreadCpuTime();
        long startedBytes = allocated();
        String story = clusterer.add(article).orElseThrow().storyId();
        blocks.count(
            System.nanoTime() - started, cpu.getCurrentThreadCpuTime() - startedCpu,
            analysisNanos, allocated() - startedBytes);
        score.add(labelled.goldStory(), story);
        blocks.maybePrint(() -> store.activeStories().size(), score, true);
      }
    }
    return blocks.outcome(score);
  }

  private Outcome runBaseline(List<SyntheticNewsStream.SourceEvent> events, PrintWriter out) {
    ClusteringConfig config = ClusteringConfig.defaults();
    TfIdfSinglePassBaseline baseline =
        new TfIdfSinglePassBaseline(
            ClusteringBenchmark.BASELINE_THRESHOLD, StoryWindow.of(config));
    try (TfIdfSinglePassBaseline.Session session = baseline.start()) {
      SyntheticNewsStream warm = stream(events, seed + 1_000_003L, warmup);
      while (warm.hasNext()) {
        session.add(warm.next().analyzed().article());
      }
    }
    StreamingClusteringScore score = new StreamingClusteringScore();
    Blocks blocks = new Blocks("baseline", out);
    try (TfIdfSinglePassBaseline.Session session = baseline.start()) {
      SyntheticNewsStream stream = stream(events, seed, articles);
      while (stream.hasNext()) {
        SyntheticNewsStream.Labelled labelled = stream.next();
        long started = System.nanoTime();
        long startedCpu = cpu.getCurrentThreadCpuTime();
        long startedBytes = allocated();
        String story = session.add(labelled.analyzed().article());
        blocks.count(
            System.nanoTime() - started, cpu.getCurrentThreadCpuTime() - startedCpu, 0,
            allocated() - startedBytes);
        score.add(labelled.goldStory(), story);
        blocks.maybePrint(session::activeStories, score, false);
      }
    }
    return blocks.outcome(score);
  }

  /** One system's progress: time per block, printed as it goes. */
  private final class Blocks {
    final String system;
    final PrintWriter out;
    long done;
    long blockNanos;
    long blockCpuNanos;
    long blockAnalysisNanos;
    long blockBytes;
    double firstBlockMs = Double.NaN;
    double lastBlockMs = Double.NaN;
    double firstBlockCpuMs = Double.NaN;
    double lastBlockCpuMs = Double.NaN;

    Blocks(String system, PrintWriter out) {
      this.system = system;
      this.out = out;
    }

    void count(long nanos, long cpuNanos, long analysisNanos, long bytes) {
      done++;
      blockBytes += bytes;
      blockNanos += nanos;
      blockCpuNanos += cpuNanos;
      blockAnalysisNanos += analysisNanos;
    }

    void maybePrint(java.util.function.IntSupplier active, StreamingClusteringScore score,
        boolean collects) {
      boolean end = done == articles;
      if (done % block != 0 && !end) {
        return;
      }
      long inBlock = done % block == 0 ? block : done % block;
      double ms = blockNanos / 1e6 / inBlock;
      double cpuMs = blockCpuNanos / 1e6 / inBlock;
      if (Double.isNaN(firstBlockMs)) {
        firstBlockMs = ms;
        firstBlockCpuMs = cpuMs;
      }
      lastBlockMs = ms;
      lastBlockCpuMs = cpuMs;
      synchronized (out) {
        out.printf(
            Locale.ROOT, "%-10s %10d %12.3f %12.3f %12.3f %12.1f %10d %14d  %s%n",
            system, done, ms, cpuMs, blockAnalysisNanos / 1e6 / inBlock,
            blockBytes / 1024.0 / inBlock, active.getAsInt(),
            lastAfterGc.get() >> 20, Instant.now());
        out.flush();
      }
      blockNanos = 0;
      blockCpuNanos = 0;
      blockAnalysisNanos = 0;
      blockBytes = 0;
      if (done % checkpoint == 0 || end) {
        // Only one thread forces collections, so each checkpoint costs one pause.
        long heap = -1;
        if (collects) {
          System.gc();
          heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        ClusteringScore.Scores s = score.scores();
        synchronized (out) {
          out.printf(
              Locale.ROOT,
              "checkpoint %s %d articles: %s pair F1 %.4f (P %.4f R %.4f) B3 F1 %.4f (P %.4f R"
                  + " %.4f), %d stories for %d gold, largest heap after GC so far %d MB, %s%n",
              system, done,
              heap < 0 ? "" : "heap after full GC " + (heap >> 20) + " MB,",
              s.pairwiseF1(), s.pairwisePrecision(), s.pairwiseRecall(), s.bcubedF1(),
              s.bcubedPrecision(), s.bcubedRecall(), s.predictedClusters(), s.goldClusters(),
              maxAfterGc.get() >> 20, Instant.now());
          out.flush();
        }
      }
    }

    Outcome outcome(StreamingClusteringScore score) {
      return new Outcome(
          system, firstBlockMs, lastBlockMs, firstBlockCpuMs, lastBlockCpuMs, score.scores());
    }
  }

  /** Keeps the heap in use after every collection, from the JVM's GC notifications. */
  private void watchCollections() {
    NotificationListener listener =
        (notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeapPool(pool.getKey())) {
              MemoryUsage usage = pool.getValue();
              used += usage.getUsed();
            }
          }
          lastAfterGc.set(used);
          maxAfterGc.accumulateAndGet(used, Math::max);
        };
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
      }
    }
  }

  private static boolean isHeapPool(String name) {
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == java.lang.management.MemoryType.HEAP;
      }
    }
    return false;
  }
}
