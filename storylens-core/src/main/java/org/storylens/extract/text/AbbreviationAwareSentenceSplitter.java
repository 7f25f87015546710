package org.storylens.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences for cleaning decisions (captions, repeated sentences). A
 * sentence ends at '.', '!', '?' or '…' (with any closing quotes or brackets) followed by space
 * and a capital, a digit or an opening quote, unless the word before the period is a known
 * abbreviation ("St.", "Dec.", "Gen.") or an initial ("J."). Linear scan, no regular expression.
 * The analysis stage has its own, offset-keeping splitter; this one only has to be good enough to
 * recognise a caption or a repeated sentence.
 */
final class AbbreviationAwareSentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt",
          "cmdr", "adm", "maj", "gov", "sen", "rep", "pres", "jr", "sr", "inc", "corp", "co", "ltd",
          "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "al", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
          "wed", "thu", "thurs", "fri", "sat", "sun", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m",
          "p.m", "ave", "blvd", "rd", "univ", "assn", "bros", "vol", "pp", "ed", "eds", "rev",
          "hon", "messrs", "gr", "г", "ул", "им", "др", "т.е", "т.д");

  private AbbreviationAwareSentenceSplitter() {}

  /** The sentences of {@code text}, stripped, in order; never empty strings. */
  static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      int end = i + 1;
      while (end < length && isClosing(text.charAt(end))) {
        end++;
      }
      if (end >= length || !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= length || !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      add(sentences, text.substring(start, end));
      start = next;
      i = next - 1;
    }
    add(sentences, text.substring(Math.min(start, length)));
    return sentences;
  }

  private static void add(List<String> sentences, String sentence) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      sentences.add(stripped);
    }
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00bb'
        || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c'
        || c == '\u00ab' || c == '(' || c == '\u201e' || c == '\u2018' || c == '\'';
  }

  /** True when the word ending at the period {@code dot} is an abbreviation or an initial. */
  static boolean isAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')
        && dot - from < 12) {
      from--;
    }
    String word = text.substring(from, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
