package org.storylens.cluster;

import java.util.Objects;

/**
 * The parameters of online story clustering. Whether an article joins a story is decided by the
 * {@link LinkingModel}; these say what is measured and how much state is kept.
 *
 * @param linking the model weighing the {@link LinkFeature}s, with its join threshold
 * @param timeScaleDays days over which time proximity falls to 1/e
 * @param titleBoost how many times a title term counts, against once for a body term
 * @param candidates how many candidate stories the index returns per article
 * @param queryTerms how many of the article's strongest terms make the candidate query
 * @param centroidTerms how many terms a story centroid keeps (its strongest), bounding its size
 * @param windowArticles a story leaves the active window after this many articles without a new
 *     member
 * @param windowDays a dated story leaves the active window this many days after its latest member
 */
public record ClusteringConfig(
    LinkingModel linking,
    double timeScaleDays,
    int titleBoost,
    int candidates,
    int queryTerms,
    int centroidTerms,
    int windowArticles,
    int windowDays) {

  public ClusteringConfig {
    Objects.requireNonNull(linking, "linking");
    if (!(timeScaleDays > 0 && Double.isFinite(timeScaleDays))) {
      throw new IllegalArgumentException("timeScaleDays must be positive: " + timeScaleDays);
    }
    requirePositive("titleBoost", titleBoost);
    requirePositive("candidates", candidates);
    requirePositive("queryTerms", queryTerms);
    requirePositive("centroidTerms", centroidTerms);
    requirePositive("windowArticles", windowArticles);
    requirePositive("windowDays", windowDays);
  }

  /** The shipped linking model and the defaults it was trained with. */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(LinkingModel.standard(), 7, 3, 10, 25, 400, 5_000, 14);
  }

  public ClusteringConfig withLinking(LinkingModel value) {
    return new ClusteringConfig(
        value, timeScaleDays, titleBoost, candidates, queryTerms, centroidTerms, windowArticles,
        windowDays);
  }

  public ClusteringConfig withTitleBoost(int value) {
    return new ClusteringConfig(
        linking, timeScaleDays, value, candidates, queryTerms, centroidTerms, windowArticles,
        windowDays);
  }

  public ClusteringConfig withWindow(int articles, int days) {
    return new ClusteringConfig(
        linking, timeScaleDays, titleBoost, candidates, queryTerms, centroidTerms, articles, days);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
