package org.storylens.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ClusteringScore}'s figures for a stream too long to keep every assignment: only the gold
 * × predicted contingency table is kept, with labels numbered as they come, so the memory grows
 * with the number of stories (a few tens of bytes each), not with the articles' ids. Same
 * formulas; the sums run in another order, so figures may differ in the last digits.
 */
public final class StreamingClusteringScore {

  private final Map<String, Integer> goldNumbers = new HashMap<>();
  private final Map<String, Integer> predictedNumbers = new HashMap<>();
  private final List<long[]> goldSizes = new ArrayList<>();
  private final List<long[]> predictedSizes = new ArrayList<>();
  /** (gold number << 32 | predicted number) → articles in both. */
  private final Map<Long, long[]> cells = new HashMap<>();
  private long documents;

  /** Counts one article: its gold story and the story it was put in. */
  public void add(String gold, String predicted) {
    int g = number(goldNumbers, goldSizes, gold);
    int p = number(predictedNumbers, predictedSizes, predicted);
    goldSizes.get(g)[0]++;
    predictedSizes.get(p)[0]++;
    cells.computeIfAbsent(((long) g << 32) | p, k -> new long[1])[0]++;
    documents++;
  }

  private static int number(Map<String, Integer> numbers, List<long[]> sizes, String label) {
    Integer known = numbers.get(label);
    if (known != null) {
      return known;
    }
    int next = sizes.size();
    numbers.put(label, next);
    sizes.add(new long[1]);
    return next;
  }

  public long documents() {
    return documents;
  }

  /** The figures over the articles counted so far. */
  public ClusteringScore.Scores scores() {
    if (documents == 0) {
      throw new IllegalStateException("nothing to score");
    }
    long truePositives = 0;
    double bp = 0;
    double br = 0;
    for (Map.Entry<Long, long[]> cell : cells.entrySet()) {
      long v = cell.getValue()[0];
      int g = (int) (cell.getKey() >>> 32);
      int p = (int) (cell.getKey() & 0xffffffffL);
      truePositives += pairs(v);
      bp += (double) v * v / predictedSizes.get(p)[0];
      br += (double) v * v / goldSizes.get(g)[0];
    }
    long predictedPairs = predictedSizes.stream().mapToLong(size -> pairs(size[0])).sum();
    long goldPairs = goldSizes.stream().mapToLong(size -> pairs(size[0])).sum();
    double precision = predictedPairs == 0 ? 0 : (double) truePositives / predictedPairs;
    double recall = goldPairs == 0 ? 0 : (double) truePositives / goldPairs;
    bp /= documents;
    br /= documents;
    return new ClusteringScore.Scores(
        (int) documents, goldSizes.size(), predictedSizes.size(), precision, recall,
        f1(precision, recall), bp, br, f1(bp, br));
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
