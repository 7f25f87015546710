package org.storylens.cluster;

import java.util.Set;
import org.storylens.model.Article;

/**
 * Where the entity keys of an article come from. The seam for the analysis stage: today {@link
 * CapitalizedNameKeys} guesses names from capitalisation; once {@code AnalyzedArticle} carries
 * entity mentions with canonical keys, an implementation returning those keys plugs in here and
 * nothing else in clustering changes.
 */
@FunctionalInterface
public interface EntityKeySource {

  /** The canonical keys of the entities the article names, in first-mention order. */
  Set<String> keys(Article article);
}
