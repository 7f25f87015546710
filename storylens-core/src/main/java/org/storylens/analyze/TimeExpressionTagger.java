package org.storylens.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storylens.model.Sentence;
import org.storylens.model.TimeExpression;

/** Finds time expressions and normalises them. Implementations are thread-safe. */
public interface TimeExpressionTagger {
  /**
   * @param reference the article's publication date, against which relative expressions ("on
   *     Wednesday", "yesterday", "last year", a date without a year) are resolved; when empty only
   *     absolute expressions are returned
   */
  List<TimeExpression> find(String text, List<Sentence> sentences, Optional<LocalDate> reference);
}
