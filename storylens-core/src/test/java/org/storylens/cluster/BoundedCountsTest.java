package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCountsTest {

  @Test
  void countsExactlyWhileTheKeysFit() {
    BoundedCounts counts = new BoundedCounts(10);
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j <= i; j++) {
        counts.increment("key" + i);
      }
    }
    for (int i = 0; i < 10; i++) {
      assertThat(counts.get("key" + i)).isEqualTo(i + 1);
    }
    assertThat(counts.get("unseen")).isZero();
  }

  @Test
  void forgetsTheRarestKeysAndKeepsTheFrequentOnesExact() {
    BoundedCounts counts = new BoundedCounts(100);
    for (int round = 0; round < 50; round++) {
      counts.increment("frequent");
    }
    for (int i = 0; i < 10_000; i++) {
      counts.increment("rare" + i);
      if (i % 100 == 0) {
        counts.increment("common");
        counts.increment("common");
      }
    }
    assertThat(counts.size()).isLessThanOrEqualTo(100);
    assertThat(counts.get("frequent")).isEqualTo(50);
    assertThat(counts.get("common")).isEqualTo(200);
    assertThat(counts.get("rare9999")).isLessThanOrEqualTo(1);
  }
}
