package org.storylens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storylens.model.Span;

/**
 * Cuts a sentence into word, number and punctuation tokens, as spans of the article text.
 *
 * <p>Numbers keep their separators ("5,000", "6.8", "12:00", "2020-2022"); hyphenated words stay
 * whole ("Azerbaijani-Armenian", "6.8-magnitude"); the possessive "'s" and "n't" are tokens of
 * their own, as in the Penn Treebank; an abbreviation or initial keeps its period ("Sept.",
 * "U.S.", "J."); an ellipsis ("...") is one token. A linear scan: why not the OpenNLP tokenizer
 * model? It splits "5,000" and "2020-2022" inconsistently, needs a per-thread instance, and the
 * later stages only need these few rules.
 */
final class NewsTokenizer {

  private final SentenceSplitterConfig config;

  NewsTokenizer(SentenceSplitterConfig config) {
    this.config = config;
  }

  /** The tokens of {@code text} between {@code start} and {@code end}, in order. */
  List<Span> tokens(String text, int start, int end) {
    List<Span> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int next;
      if (isApostrophe(c) && i + 1 < end && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && !letterAt(text, i + 2, end) && i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
        next = i + 2;
      } else if (isNegation(text, i, end)) {
        next = i + 3;
      } else if (Character.isLetterOrDigit(c)) {
        next = word(text, i, end);
      } else if (c == '.' || c == '-') {
        next = i + 1;
        while (next < end && text.charAt(next) == c) {
          next++;
        }
      } else {
        next = i + Character.charCount(text.codePointAt(i));
      }
      tokens.add(new Span(i, Math.min(next, end)));
      i = next;
    }
    return tokens;
  }

  private int word(String text, int start, int end) {
    int j = start;
    int segmentStart = start;
    while (true) {
      while (j < end && isWordChar(text, j)) {
        if (isNegation(text, j, end) && j > start) {
          return j;
        }
        j++;
      }
      if (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1))) {
        break;
      }
      char joiner = text.charAt(j);
      char before = text.charAt(j - 1);
      char after = text.charAt(j + 1);
      boolean joins;
      if (joiner == '-' || joiner == '\u2010' || joiner == '\u2011') {
        joins = true;
      } else if (joiner == '\u2013') {
        joins = Character.isDigit(before) && Character.isDigit(after);
      } else if (joiner == ',' || joiner == ':' || joiner == '/') {
        joins = Character.isDigit(before) && Character.isDigit(after);
      } else if (joiner == '.') {
        // "6.8" and dotted acronyms ("U.S", "p.m"), but not "victims.World" glued by a bad page
        joins =
            (Character.isDigit(before) && Character.isDigit(after))
                || (Character.isLetter(before) && Character.isLetter(after) && j - segmentStart == 1);
      } else if (isApostrophe(joiner)) {
        boolean possessive = (after == 's' || after == 'S') && !letterAt(text, j + 2, end);
        joins = !possessive;
      } else {
        joins = false;
      }
      if (!joins) {
        break;
      }
      j++;
      segmentStart = j;
    }
    if (j < end && text.charAt(j) == '.' && !(j + 1 < end && text.charAt(j + 1) == '.')
        && keepsPeriod(text.substring(start, j))) {
      j++;
    }
    return j;
  }

  private boolean keepsPeriod(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') > 0 && Character.isLetter(word.charAt(word.length() - 1))) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return config.titles().contains(lower)
        || config.terminalAbbreviations().contains(lower)
        || config.numberAbbreviations().contains(lower) && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isWordChar(String text, int at) {
    char c = text.charAt(at);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** "n't" at {@code at}, ending a word ("don't", "isn't"). */
  private static boolean isNegation(String text, int at, int end) {
    return at + 2 < end
        && at > 0
        && Character.isLetter(text.charAt(at - 1))
        && (text.charAt(at) == 'n' || text.charAt(at) == 'N')
        && isApostrophe(text.charAt(at + 1))
        && (text.charAt(at + 2) == 't' || text.charAt(at + 2) == 'T')
        && !letterAt(text, at + 3, end);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean letterAt(String text, int at, int end) {
    return at < end && Character.isLetter(text.charAt(at));
  }
}
