package org.storylens.analyze;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of {@link RuleBasedSentenceSplitter}.
 *
 * @param titles abbreviations that precede a name or number and so never end a sentence ("Gov.",
 *     "Lt.", "Dr.", "St."), lower case, without the final period
 * @param terminalAbbreviations abbreviations that can also end a sentence ("U.S.", "p.m.", "Inc.",
 *     "Sept."): the period ends the sentence only when a word that typically opens one follows
 *     ("The", "He", "But"), lower case, without the final period
 * @param numberAbbreviations abbreviations that are only abbreviations before a number ("No. 5",
 *     "Vol. 2"): "said no." still ends a sentence
 * @param lineBreaksEndSentences true when a single line break inside a paragraph ends a sentence,
 *     as in page text where captions and buttons sit on lines of their own; false for hard-wrapped
 *     text
 */
public record SentenceSplitterConfig(
    Set<String> titles,
    Set<String> terminalAbbreviations,
    Set<String> numberAbbreviations,
    boolean lineBreaksEndSentences) {

  public SentenceSplitterConfig {
    titles = lowerCase(titles);
    terminalAbbreviations = lowerCase(terminalAbbreviations);
    numberAbbreviations = lowerCase(numberAbbreviations);
  }

  /** English news abbreviations; line breaks end sentences (the cleaner keeps one block a line). */
  public static SentenceSplitterConfig defaults() {
    return new SentenceSplitterConfig(
        Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt", "cpl",
            "pvt", "capt", "cmdr", "adm", "maj", "brig", "gov", "sen", "rep", "reps", "pres",
            "supt", "insp", "hon", "rev", "messrs", "mme", "mlle", "vs", "v", "e.g", "i.e", "cf",
            "approx", "dept", "est", "ave", "blvd", "rd", "hwy", "ste", "gr", "ca", "sr"),
        Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.k",
            "u.n", "e.u", "u.s.a", "a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "bros",
            "al", "assn", "univ"),
        Set.of("no", "nos", "vol", "fig", "art", "p", "pp", "para"),
        true);
  }

  public SentenceSplitterConfig withTitles(Set<String> titles) {
    return new SentenceSplitterConfig(
        titles, terminalAbbreviations, numberAbbreviations, lineBreaksEndSentences);
  }

  public SentenceSplitterConfig withTerminalAbbreviations(Set<String> terminalAbbreviations) {
    return new SentenceSplitterConfig(
        titles, terminalAbbreviations, numberAbbreviations, lineBreaksEndSentences);
  }

  public SentenceSplitterConfig withLineBreaksEndSentences(boolean lineBreaksEndSentences) {
    return new SentenceSplitterConfig(
        titles, terminalAbbreviations, numberAbbreviations, lineBreaksEndSentences);
  }

  private static Set<String> lowerCase(Set<String> words) {
    Objects.requireNonNull(words, "abbreviations");
    Set<String> lower = new LinkedHashSet<>();
    for (String word : words) {
      lower.add(word.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }
}
