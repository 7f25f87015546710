package org.storylens.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the public article-extraction benchmark, exactly as {@code
 * shared/tools/extraction_score.py} computes it: tokens are runs of word characters, each page's
 * text becomes a multiset of token 4-grams (a text of 1 to 3 tokens is one shorter shingle),
 * true/false positives and false negatives are counted with multiplicity and normalised per page,
 * and the corpus precision and recall are means over the pages where they are defined; F1 is the
 * harmonic mean of those two means, not a mean of per-page F1.
 */
public final class ShingleOverlapScore {
  private static final int SHINGLE_SIZE = 4;

  /**
   * Python's {@code \w} with {@code re.UNICODE}: letters, numbers and the underscore. Combining
   * marks are not word characters there, so they are not here either.
   */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** Per-page counts, each divided by their sum so every page weighs the same. */
  public record PageCounts(double truePositives, double falsePositives, double falseNegatives) {
    public double precision() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      if (truePositives == 0 && falsePositives == 0) {
        return 0;
      }
      return truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      if (truePositives == 0 && falseNegatives == 0) {
        return 0;
      }
      return truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
  }

  /** Corpus-level figures. */
  public record CorpusScore(double f1, double precision, double recall) {}

  private ShingleOverlapScore() {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    if (tokens.size() < SHINGLE_SIZE) {
      shingles.put(String.join("\u0000", tokens), 1);
      return shingles;
    }
    for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
      shingles.merge(String.join("\u0000", tokens.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
    }
    return shingles;
  }

  public static PageCounts page(String truth, String prediction) {
    Map<String, Integer> expected = shingles(truth);
    Map<String, Integer> predicted = shingles(prediction);
    long shared = 0;
    for (Map.Entry<String, Integer> entry : predicted.entrySet()) {
      shared += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
    }
    long predictedTotal = predicted.values().stream().mapToLong(Integer::longValue).sum();
    long expectedTotal = expected.values().stream().mapToLong(Integer::longValue).sum();
    double tp = shared;
    double fp = predictedTotal - shared;
    double fn = expectedTotal - shared;
    double total = tp + fp + fn;
    if (total > 0) {
      return new PageCounts(tp / total, fp / total, fn / total);
    }
    return new PageCounts(tp, fp, fn);
  }

  public static CorpusScore corpus(List<PageCounts> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (PageCounts page : pages) {
      if (page.truePositives() + page.falsePositives() > 0) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.truePositives() + page.falseNegatives() > 0) {
        recallSum += page.recall();
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new CorpusScore(f1, precision, recall);
  }
}
