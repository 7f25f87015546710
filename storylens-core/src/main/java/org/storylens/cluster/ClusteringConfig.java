package org.storylens.cluster;

/**
 * The parameters of online story clustering, with defaults tuned on the ECB+ training topics only
 * (see {@code docs/benchmarks.md}).
 *
 * @param joinThreshold an article joins the best candidate story when its combined score reaches
 *     this; otherwise it starts a story
 * @param marginFloor an article scoring under {@code joinThreshold} still joins the best story
 *     when it scores at least this and clearly beats every other candidate (see {@code
 *     marginRatio}): a short article has a low cosine with any centroid, yet one story is
 *     obviously its own
 * @param marginRatio how many times the second-best candidate's score the best must reach for the
 *     margin rule
 * @param textWeight weight of the TF-IDF cosine between the article and the story centroid
 * @param entityWeight weight of the IDF-weighted cosine between the article's entity keys and the
 *     story's
 * @param timeWeight weight of time proximity; used only when both the article and the story are
 *     dated
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
    double joinThreshold,
    double marginFloor,
    double marginRatio,
    double textWeight,
    double entityWeight,
    double timeWeight,
    double timeScaleDays,
    int titleBoost,
    int candidates,
    int queryTerms,
    int centroidTerms,
    int windowArticles,
    int windowDays) {

  public ClusteringConfig {
    requireInRange("joinThreshold", joinThreshold, 0, 1);
    requireInRange("marginFloor", marginFloor, 0, 1);
    requireInRange("marginRatio", marginRatio, 1, Double.MAX_VALUE);
    requireInRange("textWeight", textWeight, 0, Double.MAX_VALUE);
    requireInRange("entityWeight", entityWeight, 0, Double.MAX_VALUE);
    requireInRange("timeWeight", timeWeight, 0, Double.MAX_VALUE);
    requireInRange("timeScaleDays", timeScaleDays, Double.MIN_VALUE, Double.MAX_VALUE);
    if (textWeight + entityWeight <= 0) {
      throw new IllegalArgumentException("text and entity weights must not both be zero");
    }
    requirePositive("titleBoost", titleBoost);
    requirePositive("candidates", candidates);
    requirePositive("queryTerms", queryTerms);
    requirePositive("centroidTerms", centroidTerms);
    requirePositive("windowArticles", windowArticles);
    requirePositive("windowDays", windowDays);
  }

  /** The tuned defaults. */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(0.25, 0.15, 3.0, 0.5, 0.5, 0.2, 7, 3, 10, 40, 400, 5_000, 14);
  }

  public ClusteringConfig withJoinThreshold(double value) {
    return new ClusteringConfig(
        value, marginFloor, marginRatio, textWeight, entityWeight, timeWeight, timeScaleDays, titleBoost, candidates,
        queryTerms, centroidTerms, windowArticles, windowDays);
  }

  public ClusteringConfig withMargin(double floor, double ratio) {
    return new ClusteringConfig(
        joinThreshold, floor, ratio, textWeight, entityWeight, timeWeight, timeScaleDays,
        titleBoost, candidates, queryTerms, centroidTerms, windowArticles, windowDays);
  }

  public ClusteringConfig withWeights(double text, double entity, double time) {
    return new ClusteringConfig(
        joinThreshold, marginFloor, marginRatio, text, entity, time, timeScaleDays, titleBoost, candidates, queryTerms,
        centroidTerms, windowArticles, windowDays);
  }

  public ClusteringConfig withTitleBoost(int value) {
    return new ClusteringConfig(
        joinThreshold, marginFloor, marginRatio, textWeight, entityWeight, timeWeight,
        timeScaleDays, value, candidates,
        queryTerms, centroidTerms, windowArticles, windowDays);
  }

  public ClusteringConfig withWindow(int articles, int days) {
    return new ClusteringConfig(
        joinThreshold, marginFloor, marginRatio, textWeight, entityWeight, timeWeight,
        timeScaleDays, titleBoost, candidates, queryTerms, centroidTerms, articles, days);
  }

  private static void requireInRange(String name, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(name + " must lie in [" + low + ", " + high + "]: " + value);
    }
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
