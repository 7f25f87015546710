package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamingClusteringScoreTest {

  @Test
  void givesTheFiguresOfTheWholeTableScore() {
    Random random = new Random(42);
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    StreamingClusteringScore streaming = new StreamingClusteringScore();
    for (int i = 0; i < 2_000; i++) {
      String goldStory = "g" + random.nextInt(150);
      String predictedStory = random.nextInt(4) == 0 ? "p" + random.nextInt(400) : "p" + goldStory;
      gold.put("a" + i, goldStory);
      predicted.put("a" + i, predictedStory);
      streaming.add(goldStory, predictedStory);
    }
    ClusteringScore.Scores expected = ClusteringScore.score(gold, predicted);
    ClusteringScore.Scores actual = streaming.scores();
    assertThat(actual.documents()).isEqualTo(expected.documents());
    assertThat(actual.goldClusters()).isEqualTo(expected.goldClusters());
    assertThat(actual.predictedClusters()).isEqualTo(expected.predictedClusters());
    assertThat(actual.pairwiseF1()).isCloseTo(expected.pairwiseF1(), within(1e-12));
    assertThat(actual.pairwisePrecision()).isCloseTo(expected.pairwisePrecision(), within(1e-12));
    assertThat(actual.bcubedF1()).isCloseTo(expected.bcubedF1(), within(1e-12));
    assertThat(actual.bcubedRecall()).isCloseTo(expected.bcubedRecall(), within(1e-12));
  }
}
