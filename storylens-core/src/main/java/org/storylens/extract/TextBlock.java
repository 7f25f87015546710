package org.storylens.extract;

import java.util.Objects;

/**
 * One block of an article's main text: a paragraph, a subhead, a list item or a block quote.
 *
 * @param text the block's text, whitespace folded, never blank
 * @param kind what the block is
 */
public record TextBlock(String text, Kind kind) {

  /** What a block is on the page. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE
  }

  public TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a text block must not be blank");
    }
  }

  public static TextBlock paragraph(String text) {
    return new TextBlock(text, Kind.PARAGRAPH);
  }
}
