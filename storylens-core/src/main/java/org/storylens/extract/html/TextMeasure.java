package org.storylens.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small text measures shared by the passes; all of them are loops, never recursion. */
final class TextMeasure {
  private TextMeasure() {}

  /** Characters that are not whitespace: the "visible length" every threshold is written in. */
  static int visibleLength(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isWhitespace(c)) {
        count++;
      }
    }
    return count;
  }

  static int commas(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
        count++;
      }
    }
    return count;
  }

  /** Words as runs of non-whitespace. */
  static int words(CharSequence text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean whitespace = isWhitespace(text.charAt(i));
      if (!whitespace && !inWord) {
        count++;
      }
      inWord = !whitespace;
    }
    return count;
  }

  static boolean isWhitespace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || Character.isWhitespace(c);
  }

  /** Appends {@code text} to {@code out}, folding every whitespace run into one space. */
  static void appendFolded(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  /**
   * The folded text of {@code root}, cut at {@code maxLength} characters, skipping the subtrees
   * {@code skip} accepts. Stops walking once the limit is reached, so a huge removed subtree costs
   * no more than its first {@code maxLength} characters.
   */
  static String boundedText(
      Element root, int maxLength, java.util.function.Predicate<Element> skip) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              appendFolded(out, text.getWholeText());
              if (out.length() > maxLength) {
                return FilterResult.STOP;
              }
            } else if (node instanceof Element element) {
              if (element != root && skip.test(element)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (isBreaking(element) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element
                && isBreaking(element)
                && out.length() > 0
                && out.charAt(out.length() - 1) != ' ') {
              out.append(' ');
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    String text = out.toString().trim();
    if (text.length() > maxLength) {
      return text.substring(0, maxLength).trim() + "\u2026";
    }
    return text;
  }

  /** Block-level elements and line breaks separate words even without whitespace around them. */
  static boolean isBreaking(Element element) {
    return BlockTags.isBlock(element.normalName()) || "br".equals(element.normalName());
  }
}
