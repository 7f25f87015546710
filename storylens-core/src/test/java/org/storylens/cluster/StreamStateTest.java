package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamStateTest {

  /**
   * One story that never goes quiet, and a stream of new words: the map of assignments stays at
   * the window's article count and the frequencies at their cap, however long the stream.
   */
  @Test
  void whatItHoldsInMapsIsBoundedByTheWindowNotByTheStream() {
    StreamState state = new StreamState(new StoryWindow(50, 14), 400, 1_000, 1_000);
    for (int i = 0; i < 20_000; i++) {
      String story = i % 2 == 0 ? "endless" : "story" + i;
      state.apply(
          new ClusterStep(
              i, story, StoryStoreContract.features("article" + i, "news", "word" + i)));
      assertThat(state.activeAssignments()).isLessThanOrEqualTo(50);
      assertThat(state.keptTerms()).isLessThanOrEqualTo(1_000);
    }
    assertThat(state.storyOf("article0")).contains("endless");
    assertThat(state.storyOf("article19999")).contains("story19999");
    assertThat(state.documentFrequency("news")).isEqualTo(20_000);
  }
}
