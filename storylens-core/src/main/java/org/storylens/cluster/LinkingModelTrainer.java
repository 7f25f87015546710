package org.storylens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Learns a {@link LinkingModel} from labelled streams. Each stream is walked the way the clusterer
 * walks it (same index, same candidates, same measurements), except that every article joins the
 * story its label names: the candidates it was measured against become examples, positive for its
 * own story and negative for the others. The examples are then fit by L2-regularised logistic
 * regression with batch gradient descent (the features are few and bounded, so no solver library
 * is needed).
 */
public final class LinkingModelTrainer {

  /** One measured (article, candidate story) pair and whether the article belongs to it. */
  public record Example(double[] features, boolean sameEvent) {
    public Example {
      features = features.clone();
    }
  }

  /** An article's features and the label of the event it reports. */
  public record Labelled(ArticleFeatures features, String event) {
    public Labelled {
      Objects.requireNonNull(features, "features");
      Objects.requireNonNull(event, "event");
    }
  }

  private LinkingModelTrainer() {}

  /** The examples one stream gives, in stream order. */
  public static List<Example> examples(List<Labelled> stream, ClusteringConfig config) {
    List<Example> examples = new ArrayList<>();
    try (InMemoryStoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      for (Labelled article : stream) {
        for (StoryClusterer.Candidate candidate : clusterer.candidates(article.features())) {
          examples.add(
              new Example(
                  candidate.score().features(),
                  candidate.story().storyId().equals(article.event())));
        }
        clusterer.record(article.features(), article.event());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory store failed", e);
    }
    return examples;
  }

  /**
   * Fits the weights by minimising mean log loss plus {@code l2} times the squared weights (the
   * bias is not penalised).
   */
  public static LinkingModel fit(List<Example> examples, double l2, double threshold) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to learn from");
    }
    int n = LinkFeature.values().length;
    double[] w = new double[n];
    double bias = 0;
    double rate = 1.0;
    int iterations = 4_000;
    double[] gradient = new double[n];
    for (int iteration = 0; iteration < iterations; iteration++) {
      java.util.Arrays.fill(gradient, 0);
      double biasGradient = 0;
      for (Example example : examples) {
        double z = bias;
        for (int i = 0; i < n; i++) {
          z += w[i] * example.features[i];
        }
        double error = 1 / (1 + Math.exp(-z)) - (example.sameEvent ? 1 : 0);
        for (int i = 0; i < n; i++) {
          gradient[i] += error * example.features[i];
        }
        biasGradient += error;
      }
      for (int i = 0; i < n; i++) {
        w[i] -= rate * (gradient[i] / examples.size() + 2 * l2 * w[i]);
      }
      bias -= rate * biasGradient / examples.size();
    }
    Map<LinkFeature, Double> weights = new EnumMap<>(LinkFeature.class);
    for (LinkFeature feature : LinkFeature.values()) {
      weights.put(feature, w[feature.ordinal()]);
    }
    return new LinkingModel(weights, bias, threshold);
  }
}
