package org.storylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.OutletNames;

/**
 * Declared credits as attribution links, with the whole story in view: an article "based on
 * reporting by Northwire" derives from the story's earliest earlier article by Northwire.
 *
 * <p>Why here as well as in clustering? Clustering links a credit as an article arrives, by the
 * outlet's name as written; a credit often names the outlet shorter than its own pages do
 * ("Northwire" against "Northwire News Agency"); both match names by {@link OutletNames}, and only
 * links clustering did not already make (its story had not yet seen the source when the article
 * arrived, in a stream out of time order) are added.
 */
public final class DeclaredCreditLinker {

  /** The attribution links {@code found} lacks, in story order. */
  public List<DerivationLink> missing(List<AnalyzedArticle> story, List<DerivationLink> found) {
    List<DerivationLink> added = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      Article article = story.get(i).article();
      if (article.basedOn().isEmpty() || attributed(article.id(), found)) {
        continue;
      }
      String credit = article.basedOn().get();
      if (article.outlet().filter(own -> sameOutlet(own, credit)).isPresent()) {
        continue; // an outlet crediting itself derives from nobody
      }
      source(story.subList(0, i), credit)
          .map(
              from ->
                  new DerivationLink(
                      from.id(),
                      article.id(),
                      DerivationLink.Kind.ATTRIBUTION,
                      1.0,
                      "declares it is based on " + credit))
          .ifPresent(added::add);
    }
    return added;
  }

  private static boolean attributed(String articleId, List<DerivationLink> links) {
    return links.stream()
        .anyMatch(l -> l.to().equals(articleId) && l.kind() == DerivationLink.Kind.ATTRIBUTION);
  }

  /** The earliest of the earlier articles published by the credited outlet. */
  private static Optional<Article> source(List<AnalyzedArticle> earlier, String credit) {
    return earlier.stream()
        .map(AnalyzedArticle::article)
        .filter(a -> a.outlet().filter(outlet -> sameOutlet(outlet, credit)).isPresent())
        .findFirst();
  }

  static boolean sameOutlet(String a, String b) {
    return OutletNames.same(a, b);
  }
}
