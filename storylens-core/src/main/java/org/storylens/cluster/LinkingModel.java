package org.storylens.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Logistic regression over {@link LinkFeature}s: the probability that an article reports the
 * event of a candidate story. The clusterer joins the most probable candidate when it reaches
 * {@link #threshold()}; otherwise the article starts a story.
 *
 * <p>Why learnt weights and not hand-set ones? Which signal tells two similar events apart (a
 * name, a year, a figure) and how much text overlap is enough depend on each other; a model fit
 * on a labelled stream (ECB+ train, where every topic holds two similar events) weighs them
 * together, and its held-out score says whether it generalises. The shipped weights are written
 * by {@code storylens bench clustering --train-model}; see {@code docs/benchmarks.md}.
 *
 * @param weights one weight per feature
 * @param bias the intercept
 * @param threshold the probability an article needs to join a story
 */
public record LinkingModel(Map<LinkFeature, Double> weights, double bias, double threshold) {

  static final String RESOURCE = "linking-model.properties";

  public LinkingModel {
    weights = new EnumMap<>(weights);
    for (LinkFeature feature : LinkFeature.values()) {
      Double weight = weights.get(feature);
      if (weight == null || !Double.isFinite(weight)) {
        throw new IllegalArgumentException("no finite weight for " + feature);
      }
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
    }
    weights = java.util.Collections.unmodifiableMap(weights);
  }

  /** The model shipped with StoryLens, learnt on ECB+ train. */
  public static LinkingModel standard() {
    try (InputStream in = LinkingModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the linking model resource is missing: " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      return fromProperties(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the linking model failed", e);
    }
  }

  static LinkingModel fromProperties(Properties properties) {
    Map<LinkFeature, Double> weights = new EnumMap<>(LinkFeature.class);
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("weight.")) {
        String name = key.substring("weight.".length()).toUpperCase(Locale.ROOT);
        weights.put(LinkFeature.valueOf(name), number(properties, key));
      } else if (!key.equals("bias") && !key.equals("threshold")) {
        throw new IllegalArgumentException("unknown key in the linking model: " + key);
      }
    }
    return new LinkingModel(weights, number(properties, "bias"), number(properties, "threshold"));
  }

  private static double number(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("the linking model lacks " + key);
    }
    return Double.parseDouble(value.strip());
  }

  /** Writes the model in the form {@link #standard()} reads, with a comment line on top. */
  public void write(Writer out, String comment) throws IOException {
    out.write("# " + comment.replace('\n', ' ') + "\n");
    out.write(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
    out.write(String.format(Locale.ROOT, "bias=%.6f%n", bias));
    for (LinkFeature feature : LinkFeature.values()) {
      out.write(
          String.format(
              Locale.ROOT, "weight.%s=%.6f%n", feature.name().toLowerCase(Locale.ROOT),
              weights.get(feature)));
    }
  }

  public LinkingModel withThreshold(double value) {
    return new LinkingModel(weights, bias, value);
  }

  /** The probability that the measured article reports the story's event. */
  public double probability(double[] features) {
    Objects.requireNonNull(features, "features");
    if (features.length != LinkFeature.values().length) {
      throw new IllegalArgumentException("expected " + LinkFeature.values().length + " features");
    }
    double z = bias;
    for (LinkFeature feature : LinkFeature.values()) {
      z += weights.get(feature) * features[feature.ordinal()];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
