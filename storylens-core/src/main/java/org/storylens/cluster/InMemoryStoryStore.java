package org.storylens.cluster;

import java.util.List;

/** A {@link StoryStore} in memory only: for tests, benchmarks and runs that need no restart. */
public final class InMemoryStoryStore extends StateBackedStoryStore {

  public InMemoryStoryStore(StoryWindow window, int centroidTerms) {
    super(new StreamState(window, centroidTerms));
  }

  public static InMemoryStoryStore of(ClusteringConfig config) {
    return new InMemoryStoryStore(StoryWindow.of(config), config.centroidTerms());
  }

  @Override
  public List<String> record(ClusterStep step) {
    return state.apply(step);
  }

  @Override
  public void close() {}
}
