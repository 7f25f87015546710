package org.storylens.compare;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;

/** What the comparison parts' tests share: one analyzer, one splitter, and articles from text. */
final class CompareFixtures {

  static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();
  static final ClaimSplitter SPLITTER = new ClaimSplitter(PartOfSpeechTagger.english());

  private CompareFixtures() {}

  /** An analysed English article with an id, a stated publication time and a text. */
  static AnalyzedArticle article(String id, LocalDateTime published, String text) {
    return ANALYZER.analyze(
        new Article(
            id, "test/" + id, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(Published.stated(published)), Optional.empty(), Optional.of("en"),
            Optional.empty(), Optional.empty(), text, List.of(), List.of()));
  }

  /** A story's claims and its aligned facts, as the comparer computes them. */
  record Aligned(StoryClaims claims, List<FactAligner.AlignedFact> facts) {}

  static Aligned align(List<AnalyzedArticle> story, ClaimTerms terms) {
    StoryClaims claims = StoryClaims.of(story, SPLITTER, terms);
    return new Aligned(claims, new FactAligner(ComparisonConfig.defaults()).align(claims));
  }
}
