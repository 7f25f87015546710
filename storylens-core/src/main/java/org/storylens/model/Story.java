package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as clustering (stage 4) found it: the articles that report it and the
 * derivation links between them. The input of comparison, which turns it into a {@link
 * StoryReport}.
 *
 * @param id the story's id (the id of the article that started it)
 * @param articles its members in time order (the order they were clustered in), at least one
 * @param derivations links whose later article ({@link DerivationLink#to()}) is a member, in the
 *     order they were found; the earlier article may lie in another story
 */
public record Story(String id, List<AnalyzedArticle> articles, List<DerivationLink> derivations)
    implements Serializable {

  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    derivations = List.copyOf(derivations);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article: " + id);
    }
  }
}
