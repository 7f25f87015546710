package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.model.Article;

class AssignmentLogStoryStoreTest extends StoryStoreContract {

  @TempDir Path root;
  private int opened;

  @Override
  StoryStore newStore(StoryWindow window) throws IOException {
    return AssignmentLogStoryStore.open(root.resolve("store" + opened++), window, 400);
  }

  @Test
  void reopeningReplaysTheLogIntoTheSameState() throws IOException {
    Path dir = root.resolve("replay");
    StoryWindow window = new StoryWindow(2, 14);
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400)) {
      store.record(new ClusterStep(0, "old", features("a", "quake", "tolsk")));
      store.record(new ClusterStep(1, "new", features("b", "flood")));
      store.record(new ClusterStep(2, "new", features("c", "flood", "kesh")));
    }
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400)) {
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(store.storyOf("a")).contains("old");
      assertThat(store.story("old")).isEmpty();
      assertThat(store.story("new").orElseThrow().size()).isEqualTo(2);
      assertThat(store.documentFrequency("flood")).isEqualTo(2);
    }
  }

  @Test
  void aTornLastLineIsCutAndTheStreamGoesOn() throws IOException {
    Path dir = root.resolve("torn");
    StoryWindow window = new StoryWindow(100, 14);
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400)) {
      store.record(new ClusterStep(0, "s1", features("a", "quake")));
    }
    Files.writeString(
        dir.resolve(AssignmentLogStoryStore.LOG_FILE),
        "{\"sequence\":1,\"story\":\"s1\",\"arti",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400)) {
      assertThat(store.articleCount()).isEqualTo(1);
      store.record(new ClusterStep(1, "s1", features("b", "quake")));
    }
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400)) {
      assertThat(store.storyOf("b")).contains("s1");
    }
  }

  /**
   * Reopened from a snapshot (written every three steps here), the store holds exactly the state a
   * full replay of its log gives, including a tail of steps after the snapshot and a torn line.
   */
  @Test
  void aSnapshotAndTheLogsTailGiveTheStateAFullReplayGives() throws IOException {
    Path dir = root.resolve("snapshots");
    StoryWindow window = new StoryWindow(4, 14);
    StoryStore crashed = AssignmentLogStoryStore.open(dir, window, 400, 3);
    for (int i = 0; i < 20; i++) {
      crashed.record(
          new ClusterStep(i, "s" + (i / 3), features("a" + i, "quake", "term" + (i % 5))));
    }
    // Not closed, as after kill -9: the snapshot covers step 17, steps 18 and 19 are log only.
    Files.writeString(
        dir.resolve(AssignmentLogStoryStore.LOG_FILE), "{\"seq", StandardOpenOption.APPEND);
    assertThat(dir.resolve(StateSnapshot.FILE)).exists();

    Path copy = root.resolve("full-replay");
    Files.createDirectories(copy);
    Files.copy(dir.resolve(AssignmentLogStoryStore.LOG_FILE), copy.resolve(AssignmentLogStoryStore.LOG_FILE));
    try (StoryStore fromSnapshot = AssignmentLogStoryStore.open(dir, window, 400, 3);
        StoryStore replayed = AssignmentLogStoryStore.open(copy, window, 400, 1_000)) {
      assertSameState(fromSnapshot, replayed);
      fromSnapshot.record(new ClusterStep(20, "s6", features("a20", "quake")));
      replayed.record(new ClusterStep(20, "s6", features("a20", "quake")));
      assertSameState(fromSnapshot, replayed);
    } finally {
      crashed.close();
    }
  }

  @Test
  void anUnreadableSnapshotOrOneForAnotherWindowMeansAFullReplay() throws IOException {
    Path dir = root.resolve("bad-snapshot");
    StoryWindow window = new StoryWindow(4, 14);
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400, 2)) {
      for (int i = 0; i < 9; i++) {
        store.record(new ClusterStep(i, "s" + (i / 2), features("a" + i, "flood")));
      }
    }
    try (StoryStore other = AssignmentLogStoryStore.open(dir, new StoryWindow(50, 14), 400, 2)) {
      assertThat(other.activeStories()).hasSize(5);
      assertThat(other.articleCount()).isEqualTo(9);
    }
    Files.writeString(dir.resolve(StateSnapshot.FILE), "not a snapshot");
    try (StoryStore store = AssignmentLogStoryStore.open(dir, window, 400, 2)) {
      assertThat(store.articleCount()).isEqualTo(9);
      assertThat(store.storyOf("a0")).contains("s0");
      assertThat(store.documentFrequency("flood")).isEqualTo(9);
    }
  }

  private static void assertSameState(StoryStore actual, StoryStore expected) {
    assertThat(actual.articleCount()).isEqualTo(expected.articleCount());
    assertThat(new ArrayList<>(actual.activeStories()))
        .isEqualTo(new ArrayList<>(expected.activeStories()));
    Map<String, String> actualAssignments = new LinkedHashMap<>();
    actual.forEachAssignment(actualAssignments::put);
    Map<String, String> expectedAssignments = new LinkedHashMap<>();
    expected.forEachAssignment(expectedAssignments::put);
    assertThat(actualAssignments).containsExactlyEntriesOf(expectedAssignments);
    for (String term : List.of("quake", "term0", "term4", "flood")) {
      assertThat(actual.documentFrequency(term)).isEqualTo(expected.documentFrequency(term));
    }
  }

  /**
   * A stream stopped mid-way without closing anything (what {@code kill -9} leaves: the forced log,
   * perhaps a torn line), reopened and fed the whole input again, reports each article once and
   * ends with exactly the assignments of a run that was never interrupted.
   */
  @Test
  void aCrashedStreamResumesAsIfUninterrupted() throws IOException {
    ClusteringConfig config = ClusteringConfig.defaults();
    List<Article> stream = TestArticles.twoEarthquakes();

    Map<String, String> uninterrupted = new LinkedHashMap<>();
    try (StoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      for (Article article : stream) {
        clusterer.add(TestArticles.analyze(article)).ifPresent(a -> uninterrupted.put(a.articleId(), a.storyId()));
      }
    }

    Path dir = root.resolve("crash");
    List<String> reported = new ArrayList<>();
    Map<String, String> resumed = new LinkedHashMap<>();
    StoryStore crashed = AssignmentLogStoryStore.open(dir, config);
    StoryClusterer crashedClusterer = StoryClusterer.standard(config, crashed);
    for (Article article : stream.subList(0, 4)) {
      crashedClusterer.add(TestArticles.analyze(article)).ifPresent(a -> {
        reported.add(a.articleId());
        resumed.put(a.articleId(), a.storyId());
      });
    }
    Files.writeString(
        dir.resolve(AssignmentLogStoryStore.LOG_FILE), "{\"seq", StandardOpenOption.APPEND);

    try (StoryStore store = AssignmentLogStoryStore.open(dir, config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      for (Article article : stream) {
        clusterer.add(TestArticles.analyze(article)).ifPresent(a -> {
          reported.add(a.articleId());
          resumed.put(a.articleId(), a.storyId());
        });
      }
    } finally {
      crashedClusterer.close();
      crashed.close();
    }

    assertThat(reported).doesNotHaveDuplicates().hasSize(stream.size());
    assertThat(resumed).isEqualTo(uninterrupted);
  }
}
