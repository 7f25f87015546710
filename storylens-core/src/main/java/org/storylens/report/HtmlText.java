package org.storylens.report;

import java.util.Locale;

/**
 * Untrusted text made fit for a page. jsoup escapes markup when a string is set as text or as an
 * attribute value; what is left is what escaping cannot fix: characters a browser reads as parse
 * errors (NUL, other control characters, lone surrogates, noncharacters), direction overrides that
 * would reorder the page's own words, line breaks that would break the page's one-line layout, and
 * strings so long they would swamp it.
 */
final class HtmlText {

  /** Longest string shown whole; a 5 MB "headline" is cut rather than written out. */
  static final int MAX_LENGTH = 4000;

  private static final char REPLACEMENT = '\uFFFD';

  private HtmlText() {}

  /** The text on one line: controls replaced, whitespace runs made one space, cut if very long. */
  static String line(String text) {
    return clip(clean(text), MAX_LENGTH);
  }

  /** {@link #line} cut to {@code max} characters, with an ellipsis when cut. */
  static String clip(String text, int max) {
    String cleaned = clean(text);
    if (cleaned.length() <= max) {
      return cleaned;
    }
    int end = max;
    if (Character.isLowSurrogate(cleaned.charAt(end)) && end > 0) {
      end--; // never split a surrogate pair
    }
    return cleaned.substring(0, end).stripTrailing()
        + String.format(Locale.ROOT, "… [%d more characters]", cleaned.length() - end);
  }

  /**
   * Replaces what HTML cannot carry (C0 and C1 controls, lone surrogates, noncharacters) by U+FFFD,
   * and collapses whitespace.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      i += width;
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
        space = out.length() > 0;
        continue;
      }
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
        // explicit direction embeddings, overrides and isolates: an unclosed one would reverse
        // the page's own words after the string; the text's letters keep their own direction
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      boolean loneSurrogate = width == 1 && Character.isSurrogate((char) cp);
      if (Character.isISOControl(cp) || loneSurrogate || isNoncharacter(cp)) {
        out.append(REPLACEMENT);
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
