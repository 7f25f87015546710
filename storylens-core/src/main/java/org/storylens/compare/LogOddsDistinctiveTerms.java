package org.storylens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words and two-word phrases one group of texts (an outlet's articles) uses much more than a
 * larger collection (the whole library): the log-odds ratio with an informative Dirichlet prior of
 * Monroe, Colaresi and Quinn (2008, "Fightin' Words"), the statistic {@link
 * LogOddsFramingAnalyzer} applies to one story's articles, here over counts that are added up one
 * text at a time and kept.
 *
 * <p>Terms are counted by {@link #count(String)}: lower-cased words of letters outside the stop
 * words, and runs of two of them. Why no part-of-speech tags and entity spans as in a story's
 * framing? The counts cover every article of a library, and tagging all of them again costs more
 * than the answer is worth; a capitalised word is taken for a name and left out instead, unless
 * it opens a sentence and the text also writes it in lower case (names are facts an outlet reports, not wording it chooses), which is what the
 * framing analyser's entity spans do for it.
 *
 * <p>A term is kept from a z-score of {@link Config#minZ()} and when at least {@link
 * Config#minTexts()} of the group's texts use it (one long article repeating a word is not the
 * outlet's habit). Thread-safe: immutable.
 */
public final class LogOddsDistinctiveTerms {

  /**
   * @param priorShare the prior's weight as a share of the collection's size (α₀ = share × n)
   * @param minZ the smallest z-score a kept term has
   * @param minTexts in how many of the group's texts a kept term must occur, at least
   * @param maxTerms the most terms returned
   */
  public record Config(double priorShare, double minZ, int minTexts, int maxTerms) {
    public Config {
      if (!(priorShare > 0) || !(minZ >= 0) || minTexts < 1 || maxTerms < 1) {
        throw new IllegalArgumentException("bad distinctive-term settings: " + priorShare + ", " + minZ + ", " + minTexts + ", " + maxTerms);
      }
    }

    /** The story framing's prior (10% of the collection), z from 1.96, in 2 texts, 25 terms. */
    public static Config defaults() {
      return new Config(0.1, 1.96, 2, 25);
    }
  }

  /**
   * One distinctive term.
   *
   * @param term the word or phrase, lower-cased
   * @param count its uses in the group
   * @param texts how many of the group's texts use it
   * @param rest its uses in the rest of the collection
   * @param z the z-score of its log-odds ratio, group against rest
   */
  public record Term(String term, int count, int texts, int rest, double z) {
    public Term {
      Objects.requireNonNull(term, "term");
    }
  }

  /**
   * Term counts of some texts, added one text at a time. Not thread-safe: guard it as the caller
   * guards its other state.
   */
  public static final class Counts {
    private final Map<String, Integer> uses = new HashMap<>();
    private final Map<String, Integer> texts = new HashMap<>();
    private long size;
    private int textCount;

    /** Adds one text's counts, as {@link #count(String)} gives them. */
    public void add(Map<String, Integer> text) {
      for (Map.Entry<String, Integer> e : text.entrySet()) {
        uses.merge(e.getKey(), e.getValue(), Integer::sum);
        texts.merge(e.getKey(), 1, Integer::sum);
        if (e.getKey().indexOf(' ') < 0) {
          size += e.getValue();
        }
      }
      textCount++;
    }

    /** How many words (not phrases) were counted. */
    public long size() {
      return size;
    }

    /** How many texts were added. */
    public int textCount() {
      return textCount;
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  /** Function words Lucene's short English list leaves in. */
  private static final Set<String> MORE_STOP_WORDS =
      Set.of(
          "he", "she", "his", "her", "him", "its", "we", "our", "us", "you", "your", "i", "me", "my",
          "has", "have", "had", "been", "were", "was", "am", "would", "could", "should", "can",
          "may", "might", "must", "will", "shall", "do", "does", "did", "who", "whom", "which",
          "what", "when", "where", "while", "than", "also", "about", "after", "before", "over",
          "from", "more", "most", "other", "some", "any", "all", "one", "two", "up", "out", "so",
          "just", "only", "very", "said", "says", "say");

  private final Config config;

  public LogOddsDistinctiveTerms(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The terms of one text and how often each occurs: content words (a possessive's "'s" cut)
   * and runs of two; a name (a
   * capitalised word inside a sentence), a number, a stop word or punctuation breaks a run.
   */
  public static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    // a capitalised word opening a sentence is a name unless the text also writes it in lower case
    Set<String> lowerCased = new HashSet<>();
    Matcher scan = WORD.matcher(text);
    while (scan.find()) {
      if (!Character.isUpperCase(scan.group().codePointAt(0))) {
        lowerCased.add(scan.group().replaceFirst("['’]s$", ""));
      }
    }
    Matcher m = WORD.matcher(text);
    String previous = null;
    int end = 0;
    boolean sentenceStart = true;
    while (m.find()) {
      String gap = text.substring(end, m.start());
      if (!gap.isBlank() || gap.indexOf('\n') >= 0) {
        previous = null;
      }
      if (end == 0 || gap.matches("(?s).*(?:[.!?:;]|\\n).*")) {
        sentenceStart = true;
      }
      end = m.end();
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "");
      boolean name =
          Character.isUpperCase(word.codePointAt(0)) && (!sentenceStart || !lowerCased.contains(lower));
      sentenceStart = false;
      if (name || !isContentWord(lower)) {
        previous = null;
        continue;
      }
      counts.merge(lower, 1, Integer::sum);
      if (previous != null) {
        counts.merge(previous + " " + lower, 1, Integer::sum);
      }
      previous = lower;
    }
    return counts;
  }

  /** A lower-cased word that can carry wording: letters, more than one, not a stop word. */
  static boolean isContentWord(String lower) {
    return lower.length() > 1
        && lower.matches("\\p{L}[\\p{L}'’-]*")
        && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
        && !MORE_STOP_WORDS.contains(lower);
  }

  /**
   * The terms {@code group} uses distinctively more than the rest of {@code all} (which holds the
   * group's texts too), strongest first; a phrase hides its words when it ranks above them.
   */
  public List<Term> rank(Counts group, Counts all) {
    long ni = group.size;
    long nj = all.size - ni;
    long total = all.size;
    List<Term> kept = new ArrayList<>();
    if (ni == 0 || nj <= 0) {
      return kept;
    }
    double alpha0 = config.priorShare() * total;
    int minTexts = Math.min(config.minTexts(), group.textCount);
    for (Map.Entry<String, Integer> e : group.uses.entrySet()) {
      int yi = e.getValue();
      int yw = all.uses.getOrDefault(e.getKey(), yi);
      int yj = Math.max(0, yw - yi);
      int texts = group.texts.get(e.getKey());
      if (texts < minTexts || (double) yi / ni <= (double) yj / nj) {
        continue;
      }
      double z = zScore(yi, yj, ni, nj, alpha0 * yw / total, alpha0);
      if (z >= config.minZ()) {
        kept.add(new Term(e.getKey(), yi, texts, yj, z));
      }
    }
    kept.sort(Comparator.comparingDouble((Term t) -> -t.z()).thenComparing(Term::term));
    List<Term> out = new ArrayList<>();
    Set<String> hidden = new HashSet<>();
    for (Term t : kept) {
      if (out.size() == config.maxTerms()) {
        break;
      }
      if (hidden.contains(t.term())) {
        continue;
      }
      out.add(t);
      if (t.term().indexOf(' ') >= 0) {
        hidden.addAll(List.of(t.term().split(" ")));
      }
    }
    return out;
  }

  /**
   * Monroe et al.'s z-score of the log-odds ratio of a term used {@code yi} times in a text of
   * {@code ni} terms and {@code yj} times in the rest ({@code nj}), with prior {@code aw} out of
   * {@code a0}: δ = log((yi+aw)/(ni+a0−yi−aw)) − log((yj+aw)/(nj+a0−yj−aw)), σ² ≈ 1/(yi+aw) +
   * 1/(yj+aw).
   */
  static double zScore(double yi, double yj, double ni, double nj, double aw, double a0) {
    double delta =
        Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
    double variance = 1 / (yi + aw) + 1 / (yj + aw);
    return delta / Math.sqrt(variance);
  }
}
