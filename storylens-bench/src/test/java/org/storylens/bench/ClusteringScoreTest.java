package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoreTest {

  @Test
  void matchesTheFiguresOfClusteringScorePy() {
    // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}: the Python scorer gives
    // pairwise P 0.5 R 0.5 F1 0.5, B-cubed P 0.7333 R 0.7333
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");

    ClusteringScore.Scores s = ClusteringScore.score(gold, predicted);

    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.pairwiseF1()).isCloseTo(0.5, within(1e-12));
    assertThat(s.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void singletonsEverywhereHaveNoPairwisePrecision() {
    ClusteringScore.Scores s =
        ClusteringScore.score(Map.of("a", "x", "b", "x"), Map.of("a", "1", "b", "2"));
    assertThat(s.pairwiseF1()).isZero();
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isEqualTo(0.5);
  }
}
