package org.storylens.analyze;

import java.util.List;
import org.storylens.model.Sentence;

/** Splits an article's text into sentences with their tokens. Implementations are thread-safe. */
public interface SentenceSplitter {
  /**
   * The sentences of {@code text}, in order, each with its paragraph index (paragraphs are
   * separated by a blank line) and tokens. Headlines and subheads without final punctuation are
   * sentences of their own, marked as headings.
   */
  List<Sentence> split(String text);
}
