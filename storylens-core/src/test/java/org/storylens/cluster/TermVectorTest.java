package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  /** The dot product as the maps give it: one lookup per term of the first. */
  private static double mapDot(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      Double w = b.get(entry.getKey());
      if (w != null) {
        dot += entry.getValue() * w;
      }
    }
    return dot;
  }

  private static Map<String, Double> randomVector(Random random, int size, int vocabulary) {
    Map<String, Double> vector = new LinkedHashMap<>();
    while (vector.size() < size) {
      vector.put("term" + random.nextInt(vocabulary), random.nextDouble() * 3);
    }
    return vector;
  }

  @Test
  void dotProductEqualsTheOneOverMapsWhateverTheSizes() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Map<String, Double> a = randomVector(random, 1 + random.nextInt(300), 800);
      Map<String, Double> b = randomVector(random, 1 + random.nextInt(60), 800);
      double expected = mapDot(a, b);
      assertThat(TermVector.of(a).dot(TermVector.of(b))).isCloseTo(expected, within(1e-9 * (1 + expected)));
      assertThat(TermVector.of(b).dot(TermVector.of(a))).isCloseTo(expected, within(1e-9 * (1 + expected)));
    }
  }

  @Test
  void vectorsWithoutSharedTermsOrWithoutTermsGiveZero() {
    TermVector storm = TermVector.of(Map.of("storm", 1.0, "flood", 2.0));
    TermVector vote = TermVector.of(Map.of("vote", 1.0, "parliament", 0.5));
    assertThat(storm.dot(vote)).isZero();
    assertThat(storm.dot(TermVector.of(Map.of()))).isZero();
    assertThat(TermVector.of(Map.of()).size()).isZero();
    assertThat(storm.dot(storm)).isEqualTo(5.0);
  }

  @Test
  void termsOfTheSameLettersInAnotherOrderOrCaseAreDifferentKeys() {
    Set<Long> keys = new HashSet<>();
    for (String term : new String[] {"ab", "ba", "Ab", "aB", "a", "b", "", "abc", "acb", "bac"}) {
      keys.add(TermVector.key(term));
    }
    assertThat(keys).hasSize(10);
    // a vocabulary the size of a long stream's, with no two keys the same
    Set<Long> many = new HashSet<>();
    for (int i = 0; i < 500_000; i++) {
      many.add(TermVector.key("w" + i));
    }
    assertThat(many).hasSize(500_000);
  }
}
