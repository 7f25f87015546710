package org.storylens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storylens.cluster.ArticleFeaturizer;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.LinkingModel;
import org.storylens.cluster.LinkingModelTrainer;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryClusterer;
import org.storylens.model.AnalyzedArticle;
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

  @Option(
      names = "--tune",
      description = "grid-search the baseline's threshold on train.jsonl and print it")
  boolean tune;

  @Option(
      names = "--train-model",
      paramLabel = "FILE",
      description =
          "learn StoryLens's linking model on train.jsonl over the --seeds orders and write it to"
              + " FILE (the shipped one is storylens-core/src/main/resources/org/storylens/"
              + "cluster/linking-model.properties)")
  Path trainModel;

  /** The L2 penalty of the linking model's logistic fit. */
  static final double L2 = 1e-4;

  /** Mean scores of one system over the orders, with its predictions for the first order. */
  public record SystemRun(String system, ClusteringScore.Scores mean, Map<String, String> first) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    boolean onTrain = tune || trainModel != null;
    Path file = data.resolve((onTrain ? "train" : split) + ".jsonl");
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("no " + file.toAbsolutePath());
      return 2;
    }
    LabelledStream stream = LabelledStream.load(file);
    if (trainModel != null) {
      trainModel(stream, trainModel, stdout);
      stdout.flush();
      return 0;
    }
    if (tune) {
      tune(stream, stdout);
      stdout.flush();
      return 0;
    }
    long started = System.nanoTime();
    SystemRun storyLens = runStoryLens(stream, collection(ClusteringConfig.defaults()), seeds);
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

  /**
   * The clustering config for a labelled collection: the given one with no time window. Why? The
   * window assumes articles arrive in time order (a story closes once the stream has moved two
   * weeks past it); a shuffled collection spanning years has no arrival times, so the window
   * would close stories at random. Time still counts where both sides are dated, through the
   * learnt {@code TIME} measurement.
   */
  public static ClusteringConfig collection(ClusteringConfig config) {
    return config.withWindow(config.windowArticles(), Integer.MAX_VALUE);
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
        for (AnalyzedArticle article : stream.shuffled(seed)) {
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
      Map<String, String> predicted =
          baseline.cluster(stream.shuffled(seed).stream().map(AnalyzedArticle::article).toList());
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
  }

  /**
   * Learns the linking model on train: examples from every seeded order walked with gold joins,
   * a logistic fit, then the join threshold that gives the best mean of pairwise and B-cubed F1
   * on train's own orders. Writes the model where {@link LinkingModel#standard()} reads it.
   */
  private void trainModel(LabelledStream train, Path file, PrintWriter stdout) throws IOException {
    ClusteringConfig config = collection(ClusteringConfig.defaults());
    List<List<LinkingModelTrainer.Labelled>> orders = new ArrayList<>();
    try (ArticleFeaturizer featurizer = ArticleFeaturizer.standard(config)) {
      for (long seed : seeds) {
        List<LinkingModelTrainer.Labelled> order = new ArrayList<>();
        for (AnalyzedArticle article : train.shuffled(seed)) {
          order.add(
              new LinkingModelTrainer.Labelled(
                  featurizer.features(article), train.gold().get(article.article().id())));
        }
        orders.add(order);
      }
    }
    List<LinkingModelTrainer.Example> examples = new ArrayList<>();
    orders.forEach(order -> examples.addAll(LinkingModelTrainer.examples(order, config)));
    long positives = examples.stream().filter(LinkingModelTrainer.Example::sameEvent).count();
    stdout.printf(Locale.ROOT, "%d examples, %d positive%n", examples.size(), positives);
    LinkingModel model = LinkingModelTrainer.fit(examples, L2, 0.5);
    double bestThreshold = chooseThreshold(train, config, model, stdout);
    LinkingModel chosen = model.withThreshold(bestThreshold);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(file)) {
      chosen.write(
          writer,
          "learnt on ECB+ train.jsonl by `storylens bench clustering --train-model` (seeds "
              + seeds + ", L2 " + L2 + "); see docs/benchmarks.md");
    }
    stdout.println("model written to " + file.toAbsolutePath() + ":");
    chosen.weights().forEach((f, w) -> stdout.printf(Locale.ROOT, "  %-26s %9.4f%n", f, w));
    stdout.printf(Locale.ROOT, "  %-26s %9.4f%n  %-26s %9.2f%n", "bias", chosen.bias(),
        "threshold", chosen.threshold());
  }

  /** The join threshold with the best mean of pairwise and B-cubed F1 on train's orders. */
  private double chooseThreshold(
      LabelledStream train, ClusteringConfig config, LinkingModel model, PrintWriter stdout) {
    double bestThreshold = 0.5;
    double best = -1;
    for (double threshold = 0.10; threshold <= 0.601; threshold += 0.05) {
      ClusteringScore.Scores s =
          runStoryLens(train, config.withLinking(model.withThreshold(threshold)), seeds).mean();
      stdout.printf(
          Locale.ROOT, "threshold %.2f  pair F1 %.4f  B3 F1 %.4f%n", threshold, s.pairwiseF1(),
          s.bcubedF1());
      stdout.flush();
      if (s.pairwiseF1() + s.bcubedF1() > best + 1e-9) {
        best = s.pairwiseF1() + s.bcubedF1();
        bestThreshold = threshold;
      }
    }
    return bestThreshold;
  }

  private static void writePredictions(Map<String, String> predicted, Path file)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    predicted.forEach((id, story) -> lines.append(id).append('\t').append(story).append('\n'));
    Files.writeString(file, lines);
  }
}
