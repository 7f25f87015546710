package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article with its metadata: the output of extraction (stage 2) and the unit every later
 * stage works on. Field for field the article object of report schema 1 in {@code DESIGN.md}.
 *
 * @param id stable id derived from the source and the clean text
 * @param source the path or URL as the user gave it (see {@link RawDocument#source()})
 * @param title the headline, if one was found
 * @param outlet who published it (page metadata, a dateline, a site name or credit line)
 * @param byline the author or desk credited
 * @param published when it was published; see {@link Published#inferred()}
 * @param updated when the page says it was last updated
 * @param language ISO 639-1 code of the text's language, if it could be told
 * @param basedOn the agency or outlet the article declares it is based on ("Based on materials
 *     from TASS", "(Reuters)")
 * @param url the address the article was published at, when known
 * @param text the clean text, paragraphs separated by one blank line; for a page, the headline is
 *     its first paragraph, as a reader sees it; for a structured (JSONL) article, the text as given
 * @param removed every span removed from the page text, in page order, so a user can audit it
 * @param warnings things a user should know about the extraction (an undecodable byte, a guessed
 *     charset)
 */
public record Article(
    String id,
    String source,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> byline,
    Optional<Published> published,
    Optional<Published> updated,
    Optional<String> language,
    Optional<String> basedOn,
    Optional<String> url,
    String text,
    List<String> removed,
    List<String> warnings)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(basedOn, "basedOn");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }

  /** The paragraphs of {@link #text()}, in order. */
  public List<String> paragraphs() {
    return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
  }
}
