package org.storylens.extract.html;

import java.util.Set;
import org.storylens.extract.TextBlock;

/**
 * Which tags start a new text block and what kind of block they make. Unknown and custom tags count
 * as inline: most custom elements on news pages wrap inline widgets, and a false block boundary
 * would split a sentence.
 */
final class BlockTags {
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "aside",
          "nav",
          "html",
          "caption");

  /**
   * Blocks that are text themselves: their score goes to the container that holds them, not to
   * themselves, so a single long paragraph never wins as the "article".
   */
  private static final Set<String> LEAF_BLOCKS =
      Set.of("p", "pre", "blockquote", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "h1");

  private BlockTags() {}

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  static boolean isLeafBlock(String tag) {
    return LEAF_BLOCKS.contains(tag);
  }

  static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** The kind of block {@code tag} opens inside a block of kind {@code enclosing}. */
  static TextBlock.Kind kindOf(String tag, TextBlock.Kind enclosing) {
    if (isHeading(tag)) {
      return TextBlock.Kind.HEADING;
    }
    switch (tag) {
      case "li":
      case "dd":
      case "dt":
        return TextBlock.Kind.LIST_ITEM;
      case "blockquote":
        return TextBlock.Kind.QUOTE;
      default:
        // a paragraph inside a list item or a quote is still part of that item or quote
        return enclosing == TextBlock.Kind.LIST_ITEM || enclosing == TextBlock.Kind.QUOTE
            ? enclosing
            : TextBlock.Kind.PARAGRAPH;
    }
  }
}
