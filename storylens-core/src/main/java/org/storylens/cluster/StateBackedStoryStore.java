package org.storylens.cluster;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The reads every {@link StoryStore} answers from its {@link StreamState}; a store adds only how a
 * step is recorded (in memory, or forced to a log first) and what closing releases.
 */
abstract class StateBackedStoryStore implements StoryStore {

  protected final StreamState state;

  StateBackedStoryStore(StreamState state) {
    this.state = Objects.requireNonNull(state, "state");
  }

  @Override
  public final Optional<String> storyOf(String articleId) {
    return state.storyOf(articleId);
  }

  @Override
  public final Optional<StorySummary> story(String storyId) {
    return state.story(storyId);
  }

  @Override
  public final Collection<StorySummary> activeStories() {
    return state.activeStories();
  }

  @Override
  public final int documentFrequency(String term) {
    return state.documentFrequency(term);
  }

  @Override
  public final int entityFrequency(String key) {
    return state.entityFrequency(key);
  }

  @Override
  public final long articleCount() {
    return state.articleCount();
  }

  @Override
  public final void forEachAssignment(BiConsumer<String, String> action) {
    state.forEachAssignment(action);
  }
}
