package org.storylens.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** A {@link StoryStore} in memory only: for tests, benchmarks and runs that need no restart. */
public final class InMemoryStoryStore implements StoryStore {

  private final StreamState state;

  public InMemoryStoryStore(StoryWindow window, int centroidTerms) {
    this.state = new StreamState(window, centroidTerms);
  }

  public static InMemoryStoryStore of(ClusteringConfig config) {
    return new InMemoryStoryStore(StoryWindow.of(config), config.centroidTerms());
  }

  @Override
  public Optional<String> storyOf(String articleId) {
    return state.storyOf(articleId);
  }

  @Override
  public Optional<StorySummary> story(String storyId) {
    return state.story(storyId);
  }

  @Override
  public Collection<StorySummary> activeStories() {
    return state.activeStories();
  }

  @Override
  public int documentFrequency(String term) {
    return state.documentFrequency(term);
  }

  @Override
  public int entityFrequency(String key) {
    return state.entityFrequency(key);
  }

  @Override
  public long articleCount() {
    return state.articleCount();
  }

  @Override
  public List<String> record(ClusterStep step) {
    return state.apply(step);
  }

  @Override
  public void forEachAssignment(BiConsumer<String, String> action) {
    state.forEachAssignment(action);
  }

  @Override
  public void close() {}
}
