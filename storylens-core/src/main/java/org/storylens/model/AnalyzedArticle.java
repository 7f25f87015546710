package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An article after analysis (stage 3): every result is a span into {@code article.text()}.
 *
 * @param article the article analysed
 * @param sentences its sentences in order, with their tokens
 * @param entities named-entity mentions in text order
 * @param times time expressions in text order, normalised against the article's date
 * @param quantities numbers with what they count, in text order
 * @param quotes direct and reported speech, in text order
 */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Quote> quotes)
    implements Serializable {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    int length = article.text().length();
    for (Sentence s : sentences) {
      requireInside(s.span(), length);
    }
    entities.forEach(e -> requireInside(e.span(), length));
    times.forEach(t -> requireInside(t.span(), length));
    quantities.forEach(q -> requireInside(q.span(), length));
    quotes.forEach(q -> requireInside(q.span(), length));
  }

  private static void requireInside(Span span, int length) {
    if (span.end() > length) {
      throw new IllegalArgumentException(span + " lies outside a text of length " + length);
    }
  }

  /** The text a span covers. */
  public String text(Span span) {
    return span.of(article.text());
  }
}
