package org.storylens.extract;

import java.util.Objects;
import org.storylens.model.Article;
import org.storylens.model.Skipped;

/** What extraction made of one document: an article, or a skip with its reason. */
public sealed interface ExtractionOutcome {

  /** An article was extracted. */
  record Extracted(Article article) implements ExtractionOutcome {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }
  }

  /** No article: the reason says why. */
  record NotExtracted(Skipped skipped) implements ExtractionOutcome {
    public NotExtracted {
      Objects.requireNonNull(skipped, "skipped");
    }
  }
}
