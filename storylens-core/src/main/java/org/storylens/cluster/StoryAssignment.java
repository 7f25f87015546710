package org.storylens.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.storylens.model.DerivationLink;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param startedStory true when no candidate story scored above the threshold
 * @param score the best candidate's combined score (0 when there was none)
 * @param derivations links from earlier articles in the window this article derives from
 */
public record StoryAssignment(
    String articleId,
    String storyId,
    boolean startedStory,
    double score,
    List<DerivationLink> derivations)
    implements Serializable {

  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    derivations = List.copyOf(derivations);
  }
}
