package org.storylens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storylens.AnalysisOutcome;
import org.storylens.StoryPipeline;
import org.storylens.cluster.AssignmentLogStoryStore;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code throughput}: what {@code storylens cluster} does, end to end, on a long stream of
 * ~600-word articles. The seeded {@link SyntheticNewsStream} (the one {@code bench scale} uses) is
 * written as a JSONL file of {@code id, title, text, date} (no {@code lang}: the language is
 * identified, as for a feed that does not declare it), then read, extracted and analysed on
 * {@code --threads} threads in input order by {@link StoryPipeline} while the calling thread
 * clusters each article, exactly as the command wires it. Only the generation of the file is
 * outside the timing.
 */
@Command(
    name = "throughput",
    mixinStandardHelpOptions = true,
    description =
        "Extract + analyse + cluster throughput on a seeded synthetic stream of ~600-word"
            + " articles, wired as 'storylens cluster' wires it.")
public final class ThroughputBenchmark implements Callable<Integer> {

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
          "article pages, each one more source event; skipped when absent (default: ${DEFAULT-VALUE})")
  Path pages;

  @Option(names = "--articles", defaultValue = "20000", description = "timed stream length (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--warmup", defaultValue = "3000", description = "untimed articles of another seed first, through the same pipeline (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "names the stream (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "extraction and analysis threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--state",
      description =
          "cluster into an on-disk store in this (new) folder, each assignment forced to disk"
              + " before the next, as 'cluster --state' does (default: in memory)")
  Path state;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<SyntheticNewsStream.SourceEvent>> sources =
        ScaleBenchmark.sourceEvents(data, pages);
    if (sources.isEmpty()) {
      spec.commandLine().getErr().println("no train.jsonl and dev.jsonl in " + data.toAbsolutePath());
      return 2;
    }
    List<SyntheticNewsStream.SourceEvent> events = sources.get();
    Path folder = Files.createTempDirectory("storylens-throughput");
    try {
      Path warm = folder.resolve("warmup.jsonl");
      Path timed = folder.resolve("stream.jsonl");
      write(new SyntheticNewsStream(events, seed + 1_000_003L, warmup, 8, 1000), warm, null);
      Map<String, String> gold = new LinkedHashMap<>();
      long words = write(new SyntheticNewsStream(events, seed, articles, 8, 1000), timed, gold);
      StoryPipeline pipeline =
          StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
      run(pipeline, warm, null);

      OperatingSystemMXBean os =
          (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      double loadBefore = os.getSystemLoadAverage();
      Run run = run(pipeline, timed, state);
      double loadAfter = os.getSystemLoadAverage();
      ClusteringScore.Scores scores = ClusteringScore.score(gold, run.predicted());
      out.printf(
          Locale.ROOT,
          "throughput: %d articles of %.0f words on average (seed %d, after %d warm-up articles),"
              + " %d threads, %s store, %d processors, Java %s, %s%n",
          articles, (double) words / articles, seed, warmup, threads,
          state == null ? "in-memory" : "on-disk", Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), Instant.now());
      out.printf(
          Locale.ROOT,
          "extract + analyse + cluster: %.1f s wall, %.0f articles/s; process CPU %.2f ms/article"
              + " (%.0f articles/s if the %d cores did nothing else); clustering %.2f CPU"
              + " ms/article on the consuming thread; collectors %.2f ms/article%n",
          run.seconds(), articles / run.seconds(), run.processCpuMs() / articles,
          1000.0 * Runtime.getRuntime().availableProcessors() / (run.processCpuMs() / articles),
          Runtime.getRuntime().availableProcessors(), run.clusterCpuMs() / articles,
          run.gcMs() / articles);
      out.printf(
          Locale.ROOT,
          "per article, CPU ms: consuming thread %.2f (clustering %.2f), all other threads %.2f;"
              + " JIT compilers %.2f ms, collectors %.2f ms%n",
          run.consumerCpuMs() / articles, run.clusterCpuMs() / articles,
          (run.processCpuMs() - run.consumerCpuMs()) / articles, run.compileMs() / articles,
          run.gcMs() / articles);
      out.printf(
          Locale.ROOT,
          "load average %.2f before, %.2f after; stories %d (gold %d), pairwise F1 %.4f, B-cubed"
              + " F1 %.4f%n",
          loadBefore, loadAfter, scores.predictedClusters(), scores.goldClusters(),
          scores.pairwiseF1(), scores.bcubedF1());
      out.flush();
      return 0;
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** One timed pass: wall seconds, process CPU, the clusterer's CPU, the assignments. */
  private record Run(
      double seconds,
      double processCpuMs,
      double clusterCpuMs,
      double gcMs,
      double consumerCpuMs,
      double compileMs,
      Map<String, String> predicted) {}

  /** Milliseconds the collectors have spent so far (their own accounting, all collectors). */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  private Run run(StoryPipeline pipeline, Path input, Path stateFolder) throws IOException {
    ClusteringConfig config = ClusteringConfig.defaults();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, String> predicted = new LinkedHashMap<>();
    long clusterNanos = 0;
    long processBefore = os.getProcessCpuTime();
    long gcBefore = gcMillis();
    long consumerBefore = cpu.getCurrentThreadCpuTime();
    long compileBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long start = System.nanoTime();
    try (StoryStore store =
            stateFolder == null
                ? InMemoryStoryStore.of(config)
                : AssignmentLogStoryStore.open(stateFolder, config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store);
        Stream<AnalysisOutcome> outcomes =
            pipeline.analyze(List.of(input.toString()), InputStream.nullInputStream(), threads)) {
      for (AnalysisOutcome outcome : (Iterable<AnalysisOutcome>) outcomes::iterator) {
        if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
          long before = cpu.getCurrentThreadCpuTime();
          pipeline
              .cluster(clusterer, analyzed.article())
              .ifPresent(a -> predicted.put(a.articleId(), a.storyId()));
          clusterNanos += cpu.getCurrentThreadCpuTime() - before;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(
        seconds,
        (os.getProcessCpuTime() - processBefore) / 1e6,
        clusterNanos / 1e6,
        gcMillis() - gcBefore,
        (cpu.getCurrentThreadCpuTime() - consumerBefore) / 1e6,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileBefore,
        predicted);
  }

  /** Writes the stream as JSONL; returns its words. Fills {@code gold} when given. */
  private static long write(SyntheticNewsStream stream, Path file, Map<String, String> gold)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    long words = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (stream.hasNext()) {
        SyntheticNewsStream.Labelled labelled = stream.next();
        Article article = labelled.analyzed().article();
        ObjectNode line = json.createObjectNode();
        line.put("id", article.id());
        article.title().ifPresent(title -> line.put("title", title));
        line.put("text", article.text());
        article
            .published()
            .ifPresent(
                published ->
                    line.put(
                        "date",
                        published.time().map(t -> published.date().atTime(t).toString())
                            .orElse(published.date().toString())));
        writer.write(json.writeValueAsString(line));
        writer.write('\n');
        words += article.text().split("\\s+").length;
        if (gold != null) {
          gold.put(article.id(), labelled.goldStory());
        }
      }
    }
    return words;
  }
}
