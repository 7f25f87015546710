package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link StoryStore} must do; each implementation's test extends this. */
abstract class StoryStoreContract {

  /** A new, empty store with the given window and 400 centroid terms. */
  abstract StoryStore newStore(StoryWindow window) throws IOException;

  static ArticleFeatures features(String id, String... terms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String term : terms) {
      counts.merge(term, 1, Integer::sum);
    }
    return ArticleFeatures.of(
        id, counts, Set.of(terms[0]), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void recordsAssignmentsCentroidsAndFrequencies() throws IOException {
    try (StoryStore store = newStore(new StoryWindow(100, 14))) {
      store.record(new ClusterStep(0, "s1", features("a", "quake", "tolsk", "tolsk")));
      store.record(new ClusterStep(1, "s1", features("b", "quake", "verin")));
      store.record(new ClusterStep(2, "s2", features("c", "flood")));

      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(store.storyOf("a")).contains("s1");
      assertThat(store.storyOf("b")).contains("s1");
      assertThat(store.storyOf("c")).contains("s2");
      assertThat(store.storyOf("zzz")).isEmpty();
      assertThat(store.documentFrequency("quake")).isEqualTo(2);
      assertThat(store.documentFrequency("tolsk")).isEqualTo(1);
      assertThat(store.entityFrequency("quake")).isEqualTo(2);
      StorySummary s1 = store.story("s1").orElseThrow();
      assertThat(s1.size()).isEqualTo(2);
      // The centroid sums the members' unit TF-IDF vectors: "quake" is in both, "tolsk" in one.
      assertThat(s1.terms()).containsOnlyKeys("quake", "tolsk", "verin");
      assertThat(s1.terms().get("quake")).isGreaterThan(s1.terms().get("tolsk"));
      double norm = Math.sqrt(s1.terms().values().stream().mapToDouble(w -> w * w).sum());
      assertThat(s1.termsNorm()).isCloseTo(norm, within(1e-9));
      assertThat(s1.recentMembers()).hasSize(2);
      for (Map<String, Double> member : s1.recentMembers()) {
        assertThat(member.values().stream().mapToDouble(w -> w * w).sum()).isCloseTo(1, within(1e-9));
      }
      assertThat(store.activeStories()).extracting(StorySummary::storyId).containsExactly("s1", "s2");
      Map<String, String> assignments = new LinkedHashMap<>();
      store.forEachAssignment(assignments::put);
      assertThat(assignments).containsExactly(
          Map.entry("a", "s1"), Map.entry("b", "s1"), Map.entry("c", "s2"));
    }
  }

  @Test
  void refusesStepsOutOfOrderAndArticlesTwice() throws IOException {
    try (StoryStore store = newStore(new StoryWindow(100, 14))) {
      store.record(new ClusterStep(0, "s1", features("a", "quake")));
      assertThatThrownBy(() -> store.record(new ClusterStep(5, "s1", features("b", "quake"))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.record(new ClusterStep(1, "s1", features("a", "quake"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already recorded");
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void storiesLeaveTheWindowAfterArticlesWithoutNews() throws IOException {
    try (StoryStore store = newStore(new StoryWindow(2, 14))) {
      store.record(new ClusterStep(0, "old", features("a", "quake")));
      store.record(new ClusterStep(1, "new", features("b", "flood")));
      assertThat(store.record(new ClusterStep(2, "new", features("c", "flood"))))
          .containsExactly("old");
      assertThat(store.story("old")).isEmpty();
      assertThat(store.storyOf("a")).contains("old");
      assertThat(store.activeStories()).extracting(StorySummary::storyId).containsExactly("new");
    }
  }

  @Test
  void datedStoriesLeaveTheWindowAfterDaysWithoutNews() throws IOException {
    try (StoryStore store = newStore(new StoryWindow(100, 14))) {
      store.record(new ClusterStep(0, "feb", dated("a", LocalDate.of(2023, 2, 6))));
      store.record(new ClusterStep(1, "feb2", dated("b", LocalDate.of(2023, 2, 10))));
      assertThat(store.record(new ClusterStep(2, "mar", dated("c", LocalDate.of(2023, 2, 21)))))
          .containsExactly("feb");
      assertThat(store.story("feb2")).isPresent();
    }
  }

  /**
   * Articles whose stories left the window long ago still answer: a resumed stream must know it
   * saw them, and the export lists every assignment once, in recording order.
   */
  @Test
  void articlesOfStoriesLongGoneStillAnswerInRecordingOrder() throws IOException {
    try (StoryStore store = newStore(new StoryWindow(3, 14))) {
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < 200; i++) {
        // Stories of one to three members, interleaved, so they retire out of recording order.
        String story = "story" + (i % 7 == 0 ? i : i / 3);
        store.record(new ClusterStep(i, story, features("article" + i, "term" + (i % 11))));
        expected.put("article" + i, story);
      }
      assertThat(store.activeStories().size()).isLessThanOrEqualTo(4);
      expected.forEach((article, story) -> assertThat(store.storyOf(article)).contains(story));
      assertThat(store.storyOf("article200")).isEmpty();
      Map<String, String> exported = new LinkedHashMap<>();
      store.forEachAssignment(exported::put);
      assertThat(exported).containsExactlyEntriesOf(expected);
      assertThatThrownBy(() -> store.record(new ClusterStep(200, "again", features("article5", "x"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already recorded");
    }
  }

  private static ArticleFeatures dated(String id, LocalDate date) {
    return ArticleFeatures.of(
        id, Map.of("quake", 1), Set.of(), Optional.of(date), Optional.empty(), Optional.empty());
  }
}
