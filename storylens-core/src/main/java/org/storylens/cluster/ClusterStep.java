package org.storylens.cluster;

import java.io.Serializable;
import java.util.Objects;

/**
 * One decision of the clusterer, the unit a {@link StoryStore} makes durable: article number
 * {@code sequence} of the stream joins (or starts) story {@code storyId}.
 *
 * @param sequence the article's position in the stream, from 0, without gaps
 * @param storyId the story it joins; a story id not active in the store starts a new story
 * @param features what the store keeps of the article
 */
public record ClusterStep(long sequence, String storyId, ArticleFeatures features)
    implements Serializable {

  public ClusterStep {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(features, "features");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("a story id must not be blank");
    }
  }
}
