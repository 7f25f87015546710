package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A story's entity weights are kept as sums from which the IDF-weighted norm and totals follow at
 * any later stream length: they must equal the sums taken directly with that length's IDF.
 */
class StorySummaryEntityWeightsTest {

  @Test
  void normAndTotalsFollowTheStreamLengthExactly() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 50; round++) {
      Map<String, Integer> entities = new LinkedHashMap<>();
      Map<String, Integer> frequencies = new LinkedHashMap<>();
      int keys = 1 + random.nextInt(40);
      for (int k = 0; k < keys; k++) {
        entities.put("key" + k, 1 + random.nextInt(9));
        frequencies.put("key" + k, random.nextInt(500));
      }
      Map<String, Integer> salient = new LinkedHashMap<>();
      Map<String, Integer> titleKeys = new LinkedHashMap<>();
      entities.forEach(
          (key, count) -> {
            if (random.nextBoolean()) {
              salient.put(key, count);
            }
            if (random.nextInt(4) == 0) {
              titleKeys.put(key, count);
            }
          });
      long then = 500 + random.nextInt(10_000);
      long now = then + random.nextInt(1_000_000);
      StorySummary.EntityWeights weights =
          StorySummary.EntityWeights.of(
              then, entities, salient, titleKeys, key -> StoryScorer.idf(then, frequencies.get(key)));

      double squares = 0;
      for (Map.Entry<String, Integer> e : entities.entrySet()) {
        double w = e.getValue() * StoryScorer.idf(now, frequencies.get(e.getKey()));
        squares += w * w;
      }
      assertThat(weights.norm(now)).isCloseTo(Math.sqrt(squares), within(1e-9 * Math.sqrt(squares)));
      assertThat(weights.salient(now)).isCloseTo(total(salient, frequencies, now), within(1e-9));
      assertThat(weights.titleKeys(now)).isCloseTo(total(titleKeys, frequencies, now), within(1e-9));
      assertThat(weights.norm(then)).isCloseTo(Math.sqrt(weights.squares()), within(1e-12));
    }
  }

  @Test
  void anEmptyStoryWeighsNothing() {
    assertThat(StorySummary.EntityWeights.NONE.norm(1_000)).isZero();
    assertThat(StorySummary.EntityWeights.NONE.salient(1_000)).isZero();
  }

  private static double total(Map<String, Integer> counts, Map<String, Integer> df, long n) {
    double sum = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      sum += e.getValue() * StoryScorer.idf(n, df.get(e.getKey()));
    }
    return sum;
  }
}
