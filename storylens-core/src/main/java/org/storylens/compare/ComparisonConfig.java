package org.storylens.compare;

/**
 * The parameters of comparison (stage 5).
 *
 * @param linkSimilarity two claims of different articles are considered for one fact from this
 *     cosine of their weighted terms up
 * @param groupSimilarity two groups of claims become one fact only when their claims are, on
 *     average over every cross pair, at least this similar
 * @param coverage an article whose claims were not grouped into a fact still makes it when one of
 *     its claims holds at least this share of the fact's term weight (a longer sentence that
 *     states this fact among others)
 * @param slotSimilarity two numbers of different articles count the same thing (and conflict when
 *     they differ) when the words around them are at least this similar
 * @param minCommonTermClaims a term held by more claims than this and than {@code
 *     commonTermShare} of them does not propose candidate pairs (it still counts in the cosine)
 * @param commonTermShare see {@code minCommonTermClaims}
 */
public record ComparisonConfig(
    double linkSimilarity,
    double groupSimilarity,
    double coverage,
    double slotSimilarity,
    int minCommonTermClaims,
    double commonTermShare) {

  public ComparisonConfig {
    requireUnit("linkSimilarity", linkSimilarity);
    requireUnit("groupSimilarity", groupSimilarity);
    requireUnit("coverage", coverage);
    requireUnit("slotSimilarity", slotSimilarity);
    requireUnit("commonTermShare", commonTermShare);
    if (minCommonTermClaims < 1) {
      throw new IllegalArgumentException("minCommonTermClaims must be positive: " + minCommonTermClaims);
    }
  }

  public static ComparisonConfig defaults() {
    return new ComparisonConfig(0.3, 0.25, 0.45, 0.4, 50, 0.2);
  }

  public ComparisonConfig withSimilarities(double link, double group) {
    return new ComparisonConfig(
        link, group, coverage, slotSimilarity, minCommonTermClaims, commonTermShare);
  }

  public ComparisonConfig withCoverage(double value) {
    return new ComparisonConfig(
        linkSimilarity, groupSimilarity, value, slotSimilarity, minCommonTermClaims, commonTermShare);
  }

  public ComparisonConfig withSlotSimilarity(double value) {
    return new ComparisonConfig(
        linkSimilarity, groupSimilarity, coverage, value, minCommonTermClaims, commonTermShare);
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
    }
  }
}
