package org.storylens.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.Quantity;
import org.storylens.model.Span;
import org.storylens.model.TimeExpression;

/**
 * What a claim is about, as a set of terms two articles can share when they tell one fact in their
 * own words:
 *
 * <ul>
 *   <li>its words, stemmed (Lucene's {@link EnglishAnalyzer}), without function words (the
 *       Snowball list, negations kept), British
 *       spellings in -ise made -ize, and each word or phrase of a paraphrase group ({@code
 *       paraphrases.txt}: "telephone conversation" = "phone call", "probe" = "investigation")
 *       replaced by the group's name, {@code ~call};
 *   <li>the canonical key of every entity named in it ({@code @key}), so "Janyatag" and
 *       "Canyataq", "Putin" and "Vladimir Putin" are one term;
 *   <li>every date, resolved ({@code #2023-09-20}, whether written "Sept. 20" or "on Wednesday"),
 *       and every number, as written without thousands separators and as the analysis stage read
 *       it ({@code =5000} for "5,000", "5000" or "5 thousand").
 * </ul>
 *
 * <p>Names, dates and numbers are the terms a unique fact is recognised by: {@link
 * #isDetail(String)}. Thread-safe: Lucene's analyzer keeps its components per thread.
 */
final class ClaimTerms implements AutoCloseable {

  private static final String LEXICON = "paraphrases.txt";

  /** -ise, -ised, -ising, -isation: British spellings of the -ize verbs. */
  private static final Pattern BRITISH_IZE =
      Pattern.compile("\\b(\\p{L}{3,}?)is(e|es|ed|ing|ation|ations)\\b");

  /** Words in -ise that are not British -ize spellings. */
  private static final Set<String> NOT_IZE =
      Set.of(
          "advertise", "advise", "chastise", "circumcise", "comprise", "compromise", "concise",
          "demise", "despise", "devise", "disguise", "enterprise", "excise", "exercise", "expertise",
          "franchise", "improvise", "incise", "merchandise", "otherwise", "paradise", "precise",
          "premise", "promise", "reprise", "revise", "supervise", "surmise", "surprise", "televise",
          "treatise", "apprise", "noise", "poise", "raise", "praise", "arise", "cruise", "bruise");

  /** A number as written: digits with thousands separators and a decimal part. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d+)*");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  private static final Set<String> NEGATIONS = Set.of("no", "nor", "not");

  private final Analyzer analyzer = new EnglishAnalyzer(stopWords());
  private final Pattern phrases;
  private final Map<String, String> phraseWord;
  private final Map<String, String> groupOfStem;

  ClaimTerms() {
    List<List<String>> groups = readLexicon();
    Map<String, String> phraseWord = new HashMap<>();
    Map<String, String> groupOfStem = new HashMap<>();
    for (List<String> group : groups) {
      String name = group.get(0);
      for (String entry : group) {
        if (entry.contains(" ") || entry.contains("-")) {
          phraseWord.put(entry, name);
        } else {
          for (String stem : stems(entry)) {
            groupOfStem.putIfAbsent(stem, "~" + name);
          }
        }
      }
    }
    this.phraseWord = Map.copyOf(phraseWord);
    this.groupOfStem = Map.copyOf(groupOfStem);
    this.phrases =
        Pattern.compile(
            phraseWord.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
  }

  /** The claim's terms, in first-seen order. */
  Set<String> terms(AnalyzedArticle analyzed, Span claim) {
    String text = claim.of(analyzed.article().text()).toLowerCase(Locale.ROOT);
    Set<String> terms = new LinkedHashSet<>();
    for (String stem : stems(normalise(text))) {
      terms.add(groupOfStem.getOrDefault(stem, stem));
    }
    for (EntityMention mention : analyzed.entities()) {
      if (claim.contains(mention.span())) {
        // The analysis stage unites "Lena Ortis" and "Ortis" within one article; another article
        // may use only the short form, so a long key also counts as its last word.
        String key = mention.key();
        terms.add("@" + key);
        int space = key.lastIndexOf(' ');
        if (space > 0) {
          terms.add("@" + key.substring(space + 1));
        }
      }
    }
    for (TimeExpression time : analyzed.times()) {
      if (claim.contains(time.span())) {
        terms.add("#" + dateKey(time));
      }
    }
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      terms.add("=" + number.group().replace(",", ""));
    }
    for (Quantity quantity : analyzed.quantities()) {
      if (claim.contains(quantity.span())) {
        terms.add("=" + number(quantity.value()));
      }
    }
    return terms;
  }

  /** The words of a text as claim terms: stems, paraphrase groups united; no names or numbers. */
  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String stem : stems(normalise(text.toLowerCase(Locale.ROOT)))) {
      if (stem.codePoints().anyMatch(Character::isLetter)) {
        words.add(groupOfStem.getOrDefault(stem, stem));
      }
    }
    return words;
  }

  /**
   * Which words of {@code text} stand for a paraphrase group, and how they are written: the
   * group's term ({@code ~assistance}) to the stems of the words or the phrase that stand for it
   * ("support"), in first-seen order, the first occurrence of each group. Two renderings of one
   * statement that give one group in different words ("financial" and "material") differ in
   * wording, not in content.
   */
  Map<String, String> paraphraseWords(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Map<Integer, String[]> found = new java.util.TreeMap<>();
    Matcher phrase = phrases.matcher(lower);
    StringBuilder rest = new StringBuilder(lower);
    while (phrase.find()) {
      found.put(phrase.start(), new String[] {"~" + phraseWord.get(phrase.group()), phrase.group()});
      for (int i = phrase.start(); i < phrase.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher word = WORD.matcher(rest);
    while (word.find()) {
      for (String stem : stems(word.group())) {
        String group = groupOfStem.get(stem);
        if (group != null) {
          found.put(word.start(), new String[] {group, stem});
        }
      }
    }
    Map<String, String> words = new java.util.LinkedHashMap<>();
    for (String[] entry : found.values()) {
      words.putIfAbsent(entry[0], entry[1]);
    }
    return words;
  }

  /** A name, a date or a number: what makes a claim say something particular. */
  static boolean isDetail(String term) {
    return term.startsWith("@") || term.startsWith("#") || term.startsWith("=");
  }

  private String normalise(String lower) {
    Matcher phrase = phrases.matcher(lower);
    String joined = phrase.replaceAll(m -> Matcher.quoteReplacement(" " + phraseWord.get(m.group()) + " "));
    Matcher british = BRITISH_IZE.matcher(joined);
    return british.replaceAll(
        m -> {
          String word = m.group();
          String base = m.group(1) + "ise";
          return NOT_IZE.contains(base) || NOT_IZE.contains(word)
              ? word
              : Matcher.quoteReplacement(m.group(1) + "iz" + m.group(2));
        });
  }

  private List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("claim", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory failed", e);
    }
    return stems;
  }

  private static String dateKey(TimeExpression time) {
    String iso = time.start().toString();
    return switch (time.precision()) {
      case DAY -> iso;
      case YEAR -> iso.substring(0, 4);
      default -> iso.substring(0, 7);
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /**
   * The Snowball project's English stop words (in Lucene's analysis jar; "were", "from", "would",
   * which Lucene's short default list keeps, say nothing of which fact a sentence states), less
   * the negations: "did not agree" and "agreed" are different claims.
   */
  private static CharArraySet stopWords() {
    try (Reader in =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      CharArraySet words = WordlistLoader.getSnowballWordSet(in);
      CharArraySet kept = new CharArraySet(words.size(), true);
      for (Object word : words) {
        String text = new String((char[]) word);
        if (!NEGATIONS.contains(text)) {
          kept.add(text);
        }
      }
      return CharArraySet.unmodifiableSet(kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop words", e);
    }
  }

  private static List<List<String>> readLexicon() {
    List<List<String>> groups = new ArrayList<>();
    for (String content : DataLines.of(LEXICON)) {
      List<String> group = new ArrayList<>();
      for (String entry : content.split(",")) {
        String word = entry.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          group.add(word);
        }
      }
      if (group.size() < 2 || group.get(0).contains(" ")) {
        throw new IllegalStateException(
            LEXICON + ": a group needs a one-word name and another entry: " + content);
      }
      groups.add(List.copyOf(group));
    }
    return groups;
  }


  @Override
  public void close() {
    analyzer.close();
  }
}
