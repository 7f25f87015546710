package org.storylens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Span;

/**
 * Splits a sentence into the tokens name patterns are written against: words (hyphenated words stay
 * whole, "Nagorno-Karabakh"), a possessive "'s" on its own, abbreviations that end in a dot ("St.",
 * "Mr.") and initials ("W."), numbers, and single punctuation marks.
 *
 * <p>Why not the sentence's own tokens: the patterns depend on these conventions (possessive split
 * off, hyphens kept, quote marks as tokens), and the splitter's tokenizer is free to choose others.
 */
final class NameTokenizer {

  // Linear: every repetition starts with a mandatory separator, so no two ways to match.
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}]+(?:[-'\u2019][\\p{L}\\p{M}]+)*|\\d+(?:[.,:]\\d+)*|\\S");

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "st", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep",
          "gov", "prof", "jr", "sr", "corp", "inc", "ltd", "co");

  private NameTokenizer() {}

  static List<Span> tokens(String text, Span sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String word = m.group();
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
      if (end < sentence.end()
          && text.charAt(end) == '.'
          && (initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)))) {
        out.add(new Span(start, end + 1));
        m.region(end + 1, sentence.end());
        continue;
      }
      int length = word.length();
      if (length > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
        out.add(new Span(start, end - 2));
        out.add(new Span(end - 2, end));
      } else {
        out.add(new Span(start, end));
      }
    }
    return out;
  }
}
