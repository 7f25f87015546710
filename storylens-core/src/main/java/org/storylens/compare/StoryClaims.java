package org.storylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;

/**
 * A story's articles cut into claims, with each claim's terms and the story's claim vectors: what
 * aligning facts and finding conflicts both read, computed once per story.
 *
 * @param articles the story's articles, in its order
 * @param claims every claim with at least one term, article by article
 * @param termSets each claim's terms, in the same order
 * @param vectors the claims' weighted vectors
 */
record StoryClaims(
    List<AnalyzedArticle> articles,
    List<Claim> claims,
    List<Set<String>> termSets,
    ClaimVectors vectors) {

  StoryClaims {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    termSets = List.copyOf(termSets);
  }

  static StoryClaims of(List<AnalyzedArticle> articles, ClaimSplitter splitter, ClaimTerms terms) {
    List<Claim> claims = new ArrayList<>();
    List<Set<String>> termSets = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      AnalyzedArticle analyzed = articles.get(a);
      for (Claim claim : splitter.claims(analyzed, a)) {
        Set<String> claimTerms = terms.terms(analyzed, claim.span());
        if (!claimTerms.isEmpty()) {
          claims.add(claim);
          termSets.add(claimTerms);
        }
      }
    }
    return new StoryClaims(articles, claims, termSets, ClaimVectors.of(termSets));
  }
}
