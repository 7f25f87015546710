package org.storylens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * A small real sentence splitter for tests of the components that take sentences: paragraphs at
 * blank lines, sentences after . ! ? (and a closing quote) followed by space and a capital or an
 * opening quote (not after an initial or Mr./Dr./St.); a paragraph without final punctuation is a
 * heading. Tokens are whitespace words. Not the project's splitter: that is another component, and
 * these tests must not depend on it.
 */
final class FixtureSentenceSplitter implements SentenceSplitter {

  private static final Pattern BOUNDARY =
      Pattern.compile(
          "(?<!\\s\\p{Lu}\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|St)\\.)(?<=[.!?\u2026][\"\u201d\u2019]?)\\s+"
              + "(?=[\"\u201c\\p{Lu}])");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  @Override
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      String body = text.substring(start, end);
      if (!body.isBlank()) {
        boolean heading = !body.strip().matches("(?s).*[.!?\"\u201d\u2026:]$");
        int from = 0;
        Matcher m = BOUNDARY.matcher(body);
        while (true) {
          boolean found = !heading && m.find();
          int to = found ? m.start() : body.length();
          add(out, text, start + from, start + to, paragraph, heading);
          if (!found) {
            break;
          }
          from = m.end();
        }
        paragraph++;
      }
      start = end + 2;
    }
    return out;
  }

  private static void add(
      List<Sentence> out, String text, int start, int end, int paragraph, boolean heading) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    Span span = new Span(start, end);
    List<Span> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      tokens.add(new Span(m.start(), m.end()));
    }
    out.add(new Sentence(span, paragraph, heading, tokens));
  }
}
