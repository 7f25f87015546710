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
