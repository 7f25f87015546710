package org.storylens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryClusterer;
import org.storylens.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clustering}: StoryLens's online clusterer and the TF-IDF single-pass baseline over the
 * same seeded stream orders of a labelled split, scored with {@link ClusteringScore}; writes the
 * first order's predictions for {@code clustering_score.py}. {@code --tune} searches the few
 * parameters on the training split instead.
 */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description =
        "Story clustering on ECB+: StoryLens vs a TF-IDF single-pass baseline, averaged over"
            + " seeded stream orders.")
public final class ClusteringBenchmark implements Callable<Integer> {

  /** Tuned on train.jsonl with {@code --tune} (see docs/benchmarks.md). */
  static final double BASELINE_THRESHOLD = 0.275;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "../shared/benchmarks/ecbplus",
      description = "folder with train.jsonl and dev.jsonl (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "split to score (default: ${DEFAULT-VALUE})")
  String split;

  @Option(
      names = "--seeds",
      split = ",",
      defaultValue = "1,2,3,4,5",
      description = "stream orders: Collections.shuffle with new Random(seed) (default: ${DEFAULT-VALUE})")
  List<Long> seeds;

  @Option(
      names = "--out",
      defaultValue = "target/clustering-bench",
      description = "where the first order's predictions go (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--tune", description = "grid-search the parameters on train.jsonl and print them")
  boolean tune;

  /** Mean scores of one system over the orders, with its predictions for the first order. */
  public record SystemRun(String system, ClusteringScore.Scores mean, Map<String, String> first) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Path file = data.resolve((tune ? "train" : split) + ".jsonl");
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("no " + file.toAbsolutePath());
      return 2;
    }
    LabelledStream stream = LabelledStream.load(file);
    if (tune) {
      tune(stream, stdout);
      stdout.flush();
      return 0;
    }
    long started = System.nanoTime();
    SystemRun storyLens = runStoryLens(stream, ClusteringConfig.defaults(), seeds);
    double storyLensSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    SystemRun baseline = runBaseline(stream, BASELINE_THRESHOLD, seeds);
    double baselineSeconds = (System.nanoTime() - started) / 1e9;

    Files.createDirectories(out);
    writePredictions(storyLens.first(), out.resolve("storylens.tsv"));
    writePredictions(baseline.first(), out.resolve("tfidf-baseline.tsv"));
    stdout.printf(
        Locale.ROOT,
        "%s: %d articles, %d gold stories; mean over %d stream orders (seeds %s)%n",
        file,
        stream.articles().size(),
        new java.util.HashSet<>(stream.gold().values()).size(),
        seeds.size(),
        seeds);
    stdout.printf(
        Locale.ROOT,
        "%-16s %8s %8s %8s %8s %8s %8s %8s %10s%n",
        "system", "pair F1", "pair P", "pair R", "B3 F1", "B3 P", "B3 R", "stories", "art/s");
    print(stdout, storyLens, stream.articles().size() * seeds.size() / storyLensSeconds);
    print(stdout, baseline, stream.articles().size() * seeds.size() / baselineSeconds);
    stdout.println("predictions for seed " + seeds.get(0) + ": " + out.toAbsolutePath());
    stdout.flush();
    return 0;
  }

  private static void print(PrintWriter stdout, SystemRun run, double articlesPerSecond) {
    ClusteringScore.Scores s = run.mean();
    stdout.printf(
        Locale.ROOT,
        "%-16s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8d %10.0f%n",
        run.system(),
        s.pairwiseF1(),
        s.pairwisePrecision(),
        s.pairwiseRecall(),
        s.bcubedF1(),
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.predictedClusters(),
        articlesPerSecond);
  }

  /** StoryLens's clusterer, one fresh in-memory store per order. */
  public static SystemRun runStoryLens(
      LabelledStream stream, ClusteringConfig config, List<Long> seeds) {
    List<ClusteringScore.Scores> scores = new ArrayList<>();
    Map<String, String> first = null;
    for (long seed : seeds) {
      Map<String, String> predicted = new LinkedHashMap<>();
      try (InMemoryStoryStore store = InMemoryStoryStore.of(config);
          StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
        for (Article article : stream.shuffled(seed)) {
          clusterer.add(article).ifPresent(a -> predicted.put(a.articleId(), a.storyId()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      scores.add(ClusteringScore.score(stream.gold(), predicted));
      if (first == null) {
        first = predicted;
      }
    }
    return new SystemRun("storylens", ClusteringScore.mean(scores), first);
  }

  public static SystemRun runBaseline(LabelledStream stream, double threshold, List<Long> seeds) {
    List<ClusteringScore.Scores> scores = new ArrayList<>();
    Map<String, String> first = null;
    TfIdfSinglePassBaseline baseline = new TfIdfSinglePassBaseline(threshold);
    for (long seed : seeds) {
      Map<String, String> predicted = baseline.cluster(stream.shuffled(seed));
      scores.add(ClusteringScore.score(stream.gold(), predicted));
      if (first == null) {
        first = predicted;
      }
    }
    return new SystemRun("tfidf-baseline", ClusteringScore.mean(scores), first);
  }

  /** A small grid on train: the threshold of each system, and StoryLens's weights and title boost. */
  private void tune(LabelledStream train, PrintWriter stdout) {
    double bestBaseline = -1;
    for (double threshold = 0.10; threshold <= 0.601; threshold += 0.025) {
      ClusteringScore.Scores s = runBaseline(train, threshold, seeds).mean();
      stdout.printf(
          Locale.ROOT, "baseline threshold %.3f  pair F1 %.4f  B3 F1 %.4f%n", threshold,
          s.pairwiseF1(), s.bcubedF1());
      bestBaseline = Math.max(bestBaseline, s.pairwiseF1() + s.bcubedF1());
    }
    for (double entity : new double[] {0.35, 0.5}) {
      for (double threshold : new double[] {0.25, 0.3, 0.35}) {
        for (double floor : new double[] {0.1, 0.15, 0.2}) {
          for (double ratio : new double[] {1.5, 2, 3}) {
            ClusteringConfig config =
                ClusteringConfig.defaults()
                    .withWeights(1 - entity, entity, ClusteringConfig.defaults().timeWeight())
                    .withJoinThreshold(threshold)
                    .withMargin(floor, ratio);
            ClusteringScore.Scores s = runStoryLens(train, config, seeds).mean();
            stdout.printf(
                Locale.ROOT,
                "storylens entity %.2f threshold %.3f floor %.2f ratio %.1f  pair F1 %.4f  B3 F1"
                    + " %.4f%n",
                entity, threshold, floor, ratio, s.pairwiseF1(), s.bcubedF1());
            stdout.flush();
          }
        }
      }
    }
  }

  private static void writePredictions(Map<String, String> predicted, Path file)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    predicted.forEach((id, story) -> lines.append(id).append('\t').append(story).append('\n'));
    Files.writeString(file, lines);
  }
}
