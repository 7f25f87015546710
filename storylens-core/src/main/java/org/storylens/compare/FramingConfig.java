package org.storylens.compare;

/**
 * The parameters of framing ({@link LogOddsFramingAnalyzer}).
 *
 * @param priorShare the informative Dirichlet prior's total pseudo-count {@code alpha0}, as a share
 *     of the story's word count: each term's prior is {@code priorShare} times its count in the
 *     whole story. Why a share and not Monroe et al.'s fixed size? A story of five short articles
 *     has a few thousand words; a prior of the story's own size would drown every count an article
 *     has, a tiny one would make every word that one article uses once look distinctive
 * @param minZ a distinctive term needs at least this z-score of its log-odds ratio
 * @param minCount a distinctive term needs at least this many uses in the article
 * @param sharedShare a loaded term is not reported for an article when this share or more of
 *     the story's other articles use it too: it is then the story's common vocabulary (often a
 *     quoted statement), not one outlet's choice
 * @param maxTerms at most this many distinctive and loaded terms per article (name choices come on
 *     top)
 */
public record FramingConfig(
    double priorShare, double minZ, int minCount, double sharedShare, int maxTerms) {

  public FramingConfig {
    if (!(priorShare > 0 && priorShare <= 10)) {
      throw new IllegalArgumentException("priorShare must be within (0, 10]: " + priorShare);
    }
    if (!(minZ >= 0)) {
      throw new IllegalArgumentException("minZ must not be negative: " + minZ);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be positive: " + minCount);
    }
    if (!(sharedShare >= 0 && sharedShare <= 1)) {
      throw new IllegalArgumentException("sharedShare must be within [0, 1]: " + sharedShare);
    }
    if (maxTerms < 0) {
      throw new IllegalArgumentException("maxTerms must not be negative: " + maxTerms);
    }
  }

  public static FramingConfig defaults() {
    return new FramingConfig(0.1, 1.96, 2, 0.5, 15);
  }

  public FramingConfig withMinZ(double value) {
    return new FramingConfig(priorShare, value, minCount, sharedShare, maxTerms);
  }

  public FramingConfig withMaxTerms(int value) {
    return new FramingConfig(priorShare, minZ, minCount, sharedShare, value);
  }
}
