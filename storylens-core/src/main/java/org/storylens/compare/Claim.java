package org.storylens.compare;

import java.util.Objects;
import org.storylens.model.Span;

/**
 * One claim of one article: a sentence, or a clause of a sentence that states several things.
 *
 * @param article the article's id
 * @param articleIndex the article's place in the story (its time order)
 * @param sentence the index of the sentence in the article's sentences
 * @param span the claim in the article text
 * @param text the claim's words, as the article has them
 * @param position how far into the article the sentence is, from 0 (first) to 1 (last): news
 *     puts what matters most first
 * @param quoted whether most of the claim is inside a direct quote: someone's own words
 * @param opening whether the claim starts where its sentence starts (the first clause, or the
 *     whole sentence)
 */
record Claim(
    String article,
    int articleIndex,
    int sentence,
    Span span,
    String text,
    double position,
    boolean quoted,
    boolean opening) {
  Claim {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (position < 0 || position > 1) {
      throw new IllegalArgumentException("position must be within [0, 1]: " + position);
    }
  }
}
