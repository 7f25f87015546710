package org.storylens.compare;

import java.util.Objects;
import java.util.Set;

/**
 * The parameters of {@link QuoteMatcher}.
 *
 * @param linkSimilarity two quoted statements of different articles, by one speaker (or where
 *     either speaker is unknown), are candidates for one quote from this cosine of their weighted
 *     terms up. Default 0.45: translations of one sentence share most content words.
 * @param crossSpeakerSimilarity the same, when the analysis gave the two statements different
 *     speakers: only near-identical words are joined (a pronoun resolved to the wrong person, a
 *     role resolved to a place). Default 0.8
 * @param groupSimilarity two groups of statements become one quote only when their statements
 *     are, on average over every cross pair, at least this similar (average linkage). Default 0.35
 * @param renderingSimilarity a sentence of an article that does not quote a statement another two
 *     articles quote is taken as its rendering (for variants only) from this cosine with the
 *     quote's mean vector up. Default 0.6
 * @param primaryShare a speaker is a primary source when at least this share of the story's
 *     articles (and at least two) quote them. Default 0.5
 * @param maxVariants at most this many wording variants of statements per story, the strongest
 *     kinds first. Default 5
 * @param reportingGroups paraphrase groups ({@code paraphrases.txt} group names) whose wording
 *     differences do not make a variant: the reporting verbs ("said", "stressed") belong to the
 *     outlet, not to the statement. Default {@code say}, {@code stress}
 */
public record QuoteMatchingConfig(
    double linkSimilarity,
    double crossSpeakerSimilarity,
    double groupSimilarity,
    double renderingSimilarity,
    double primaryShare,
    int maxVariants,
    Set<String> reportingGroups) {

  public QuoteMatchingConfig {
    requireUnit("linkSimilarity", linkSimilarity);
    requireUnit("crossSpeakerSimilarity", crossSpeakerSimilarity);
    requireUnit("groupSimilarity", groupSimilarity);
    requireUnit("renderingSimilarity", renderingSimilarity);
    requireUnit("primaryShare", primaryShare);
    if (maxVariants < 0) {
      throw new IllegalArgumentException("maxVariants must not be negative: " + maxVariants);
    }
    reportingGroups = Set.copyOf(Objects.requireNonNull(reportingGroups, "reportingGroups"));
  }

  public static QuoteMatchingConfig defaults() {
    return new QuoteMatchingConfig(0.45, 0.8, 0.35, 0.6, 0.5, 5, Set.of("say", "stress"));
  }

  public QuoteMatchingConfig withLinkSimilarity(double value) {
    return new QuoteMatchingConfig(
        value, crossSpeakerSimilarity, groupSimilarity, renderingSimilarity, primaryShare,
        maxVariants, reportingGroups);
  }

  public QuoteMatchingConfig withRenderingSimilarity(double value) {
    return new QuoteMatchingConfig(
        linkSimilarity, crossSpeakerSimilarity, groupSimilarity, value, primaryShare, maxVariants,
        reportingGroups);
  }

  public QuoteMatchingConfig withMaxVariants(int value) {
    return new QuoteMatchingConfig(
        linkSimilarity, crossSpeakerSimilarity, groupSimilarity, renderingSimilarity, primaryShare,
        value, reportingGroups);
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
    }
  }
}
