package org.storylens.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Story clustering metrics, a Java port of {@code shared/tools/clustering_score.py} (same
 * formulas, same order of summation): pairwise P/R/F1 over unordered document pairs (Miranda et
 * al. 2018, "standard") and item-averaged B-cubed P/R/F1 (Bagga and Baldwin 1998), both from the
 * gold × predicted contingency table.
 */
public final class ClusteringScore {

  /** The figures for one clustering. */
  public record Scores(
      int documents,
      int goldClusters,
      int predictedClusters,
      double pairwisePrecision,
      double pairwiseRecall,
      double pairwiseF1,
      double bcubedPrecision,
      double bcubedRecall,
      double bcubedF1) {}

  private ClusteringScore() {}

  /**
   * Scores a predicted clustering against gold labels over the gold ids.
   *
   * @throws IllegalArgumentException when a gold id has no prediction, or there is nothing to
   *     score
   */
  public static Scores score(Map<String, String> gold, Map<String, String> predicted) {
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("nothing to score");
    }
    Map<List<String>, Long> contingency = new HashMap<>();
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String predictedLabel = predicted.get(entry.getKey());
      if (predictedLabel == null) {
        throw new IllegalArgumentException("gold id " + entry.getKey() + " has no prediction");
      }
      contingency.merge(List.of(entry.getValue(), predictedLabel), 1L, Long::sum);
      goldSizes.merge(entry.getValue(), 1L, Long::sum);
      predictedSizes.merge(predictedLabel, 1L, Long::sum);
    }
    long n = gold.size();
    long truePositives = contingency.values().stream().mapToLong(ClusteringScore::pairs).sum();
    long predictedPairs = predictedSizes.values().stream().mapToLong(ClusteringScore::pairs).sum();
    long goldPairs = goldSizes.values().stream().mapToLong(ClusteringScore::pairs).sum();
    double p = predictedPairs == 0 ? 0 : (double) truePositives / predictedPairs;
    double r = goldPairs == 0 ? 0 : (double) truePositives / goldPairs;

    double bp = 0;
    double br = 0;
    for (Map.Entry<List<String>, Long> cell : contingency.entrySet()) {
      double v = cell.getValue();
      bp += v * v / predictedSizes.get(cell.getKey().get(1));
      br += v * v / goldSizes.get(cell.getKey().get(0));
    }
    bp /= n;
    br /= n;
    return new Scores(
        (int) n, goldSizes.size(), predictedSizes.size(), p, r, f1(p, r), bp, br, f1(bp, br));
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean of each figure over several runs (e.g. stream orders). */
  public static Scores mean(List<Scores> runs) {
    Objects.requireNonNull(runs, "runs");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    double k = runs.size();
    return new Scores(
        runs.get(0).documents(),
        runs.get(0).goldClusters(),
        (int) Math.round(runs.stream().mapToInt(Scores::predictedClusters).sum() / k),
        runs.stream().mapToDouble(Scores::pairwisePrecision).sum() / k,
        runs.stream().mapToDouble(Scores::pairwiseRecall).sum() / k,
        runs.stream().mapToDouble(Scores::pairwiseF1).sum() / k,
        runs.stream().mapToDouble(Scores::bcubedPrecision).sum() / k,
        runs.stream().mapToDouble(Scores::bcubedRecall).sum() / k,
        runs.stream().mapToDouble(Scores::bcubedF1).sum() / k);
  }
}
