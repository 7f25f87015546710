package org.storylens;

import java.util.Objects;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Skipped;

/** What stages 1–3 made of one document: an analysed article, or a skip with its reason. */
public sealed interface AnalysisOutcome {

  /** An article was extracted and analysed. */
  record Analyzed(AnalyzedArticle article) implements AnalysisOutcome {
    public Analyzed {
      Objects.requireNonNull(article, "article");
    }
  }

  /** No article: the reason says why. */
  record NotAnalyzed(Skipped skipped) implements AnalysisOutcome {
    public NotAnalyzed {
      Objects.requireNonNull(skipped, "skipped");
    }
  }
}
