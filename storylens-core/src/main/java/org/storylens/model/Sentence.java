package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article: its span, the paragraph it is in (0-based), and its tokens.
 *
 * @param span the sentence in the article text
 * @param paragraph index of the paragraph ({@link Article#paragraphs()}) that holds it
 * @param heading true for a headline or subhead (a line without sentence punctuation)
 * @param tokens the sentence's tokens, in order, each inside {@code span} (kept as a {@link
 *     SpanList})
 */
public record Sentence(Span span, int paragraph, boolean heading, List<Span> tokens)
    implements Serializable {
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must not be negative");
    }
    // packed: the tokens are most of an analysed article's objects
    SpanList packed = SpanList.copyOf(tokens);
    for (int i = 0; i < packed.size(); i++) {
      if (packed.start(i) < span.start() || packed.end(i) > span.end()) {
        throw new IllegalArgumentException("token " + packed.get(i) + " lies outside sentence " + span);
      }
    }
    tokens = packed;
  }

  /**
   * The index of the sentence holding {@code position} among {@code sentences}, which are in text
   * order and do not overlap (as a splitter gives them), or -1 when none does; a binary search.
   */
  public static int indexAt(List<Sentence> sentences, int position) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Span span = sentences.get(middle).span();
      if (position < span.start()) {
        high = middle - 1;
      } else if (position >= span.end()) {
        low = middle + 1;
      } else {
        return middle;
      }
    }
    return -1;
  }
}
