package org.storylens.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The state of a clustering stream: which story each article joined, the active stories'
 * centroids, and the stream's document frequencies. Every implementation passes {@code
 * StoryStoreContract}.
 *
 * <p>Why is applying a step the store's job and not the clusterer's? So that a durable store can
 * rebuild exactly the same state by replaying its steps after a crash, with the same code.
 */
public interface StoryStore extends Closeable {

  /** The story an article joined, if it was ever recorded. */
  Optional<String> storyOf(String articleId);

  /** An active story. */
  Optional<StorySummary> story(String storyId);

  /** The active stories, least recently joined first. */
  Collection<StorySummary> activeStories();

  /** How many recorded articles contain the term. */
  int documentFrequency(String term);

  /** How many recorded articles mention the entity key. */
  int entityFrequency(String key);

  /** How many articles were recorded: the sequence the next step must carry. */
  long articleCount();

  /**
   * Records a step. When this returns, the step is as durable as the store promises (on disk for
   * an on-disk store), so its assignment may be reported.
   *
   * @return the ids of the stories that left the active window because of it
   * @throws IllegalArgumentException when the step's sequence is not {@link #articleCount()} or
   *     its article was already recorded
   */
  List<String> record(ClusterStep step) throws IOException;

  /** Every recorded assignment, article id then story id, in the order they were recorded. */
  void forEachAssignment(BiConsumer<String, String> action);
}
