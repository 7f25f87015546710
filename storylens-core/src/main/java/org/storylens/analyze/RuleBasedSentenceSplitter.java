package org.storylens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * Splits news text into sentences and tokens with rules tuned to news writing, in one linear scan.
 *
 * <p>Every paragraph (text between blank lines) is a boundary, and so by default is every line
 * break (see {@link SentenceSplitterConfig#lineBreaksEndSentences()}). Inside a line, a sentence
 * ends at '.', '!', '?', '…' or "..." with any closing quotes and brackets after it, followed by
 * space and something that can open a sentence (not a lower-case letter, comma or slash). The
 * period is not an end after a title ("Gov.", "Lt."), an initial ("J. R. Smith"), "No." before a
 * number, or an abbreviation that can end a sentence ("U.S.", "p.m.", "Sept.") unless a word that
 * typically opens a sentence follows ("...in the U.S. The..."). An ellipsis ends a sentence on the
 * same condition, since in quoted statements it usually marks words left out ("between… Putin
 * and… Aliyev"). A line that ends without sentence punctuation is a heading.
 *
 * <p>Quotes: a closing quote stays with the sentence it closes, and a quote of several sentences
 * is split at its own sentence ends, so the attribution ("…punished," the Kremlin said.) stays with
 * the quote's last sentence. A dateline ("MOSCOW, September 21. /TASS/.") becomes a short sentence
 * of its own: "21." is followed by a slash, which opens no sentence.
 *
 * <p>Why not OpenNLP's sentence model? It splits after "Jan." and other month abbreviations and
 * inside quotes, and offers no way to add news abbreviations; these rules are also thread-safe
 * without per-thread model copies. Stateless apart from its configuration: one instance serves
 * every thread.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

  /** Capitalised words that typically open a sentence, so may follow an abbreviation's period. */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
          "their", "our", "my", "this", "that", "these", "those", "there", "then", "but", "and",
          "or", "so", "yet", "in", "on", "at", "by", "for", "from", "to", "with", "after",
          "before", "when", "while", "as", "if", "meanwhile", "however", "also", "some", "many",
          "most", "all", "now", "earlier", "later", "both", "what", "who", "why", "how", "where",
          "officials", "according", "during", "since", "until", "last", "next", "today",
          "yesterday", "tomorrow", "one", "two", "three");

  /** The most tokens of one sentence; see {@link #add}. No news sentence comes near it. */
  static final int MAX_TOKENS = 200;

  private final SentenceSplitterConfig config;
  private final NewsTokenizer tokenizer;

  /** A splitter with {@link SentenceSplitterConfig#defaults()}. */
  public RuleBasedSentenceSplitter() {
    this(SentenceSplitterConfig.defaults());
  }

  public RuleBasedSentenceSplitter(SentenceSplitterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.tokenizer = new NewsTokenizer(config);
  }

  @Override
  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int from = 0;
    // the same paragraphs, with the same indexes, as Article.paragraphs() (text.split("\n\n"))
    while (true) {
      int blank = text.indexOf("\n\n", from);
      int to = blank < 0 ? text.length() : blank;
      splitParagraph(text, from, to, paragraph, sentences);
      if (blank < 0) {
        return List.copyOf(sentences);
      }
      paragraph++;
      from = blank + 2;
    }
  }

  private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> into) {
    if (!config.lineBreaksEndSentences()) {
      splitLine(text, from, to, paragraph, into);
      return;
    }
    int lineStart = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        splitLine(text, lineStart, i, paragraph, into);
        lineStart = i + 1;
      }
    }
    splitLine(text, lineStart, to, paragraph, into);
  }

  private void splitLine(String text, int from, int to, int paragraph, List<Sentence> into) {
    int start = skipSpace(text, from, to);
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (!isTerminator(c)) {
        continue;
      }
      int end = i + 1;
      while (end < to && isTerminator(text.charAt(end))) {
        end++;
      }
      boolean ellipsis = c == '\u2026' || (c == '.' && end - i >= 2 && text.charAt(i + 1) == '.');
      int terminator = i;
      i = end - 1;
      while (end < to && isClosing(text.charAt(end))) {
        end++;
      }
      if (end < to && !isSpace(text.charAt(end))) {
        continue;
      }
      int next = skipSpace(text, end, to);
      if (next >= to || !opensSentence(text.charAt(next))) {
        continue;
      }
      boolean boundary;
      if (ellipsis) {
        boundary = isOpeningQuote(text.charAt(next)) || followedByOpener(text, next, to);
      } else if (c == '.') {
        boundary = periodEnds(text, terminator, next, to);
      } else {
        boundary = true;
      }
      if (boundary) {
        add(text, start, end, paragraph, false, into);
        start = next;
        i = next - 1;
      }
    }
    int end = to;
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      add(text, start, end, paragraph, !endsWithPunctuation(text, start, end), into);
    }
  }

  private void add(
      String text, int start, int end, int paragraph, boolean heading, List<Sentence> into) {
    List<Span> tokens = tokenizer.tokens(text, start, end);
    // A run-on of more than MAX_TOKENS (junk, markup without stops, a list glued into one line)
    // is cut into pieces of at most that many, at the last comma, semicolon or colon of a piece's
    // second half when it has one: every later stage works sentence by sentence, some in time
    // that grows faster than a sentence's length.
    int from = 0;
    while (tokens.size() - from > MAX_TOKENS) {
      int cut = from + MAX_TOKENS;
      for (int t = from + MAX_TOKENS - 1; t > from + MAX_TOKENS / 2; t--) {
        String token = tokens.get(t).of(text);
        if (token.equals(",") || token.equals(";") || token.equals(":")) {
          cut = t + 1;
          break;
        }
      }
      List<Span> piece = tokens.subList(from, cut);
      into.add(
          new Sentence(
              new Span(piece.get(0).start(), piece.get(piece.size() - 1).end()),
              paragraph, heading, List.copyOf(piece)));
      from = cut;
    }
    List<Span> rest = from == 0 ? tokens : tokens.subList(from, tokens.size());
    int restStart = from == 0 ? start : rest.get(0).start();
    into.add(new Sentence(new Span(restStart, end), paragraph, heading, List.copyOf(rest)));
  }

  /** Whether the period at {@code dot} ends a sentence whose successor would start at {@code next}. */
  private boolean periodEnds(String text, int dot, int next, int to) {
    int from = dot;
    while (from > 0
        && dot - from < 12
        && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    while (from < dot && text.charAt(from) == '.') {
      from++;
    }
    String word = text.substring(from, dot);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (config.titles().contains(lower)) {
      return false;
    }
    if (config.numberAbbreviations().contains(lower)) {
      return !Character.isDigit(text.charAt(next));
    }
    if (config.terminalAbbreviations().contains(lower) || word.indexOf('.') > 0) {
      return followedByOpener(text, next, to);
    }
    return true;
  }

  private static boolean followedByOpener(String text, int next, int to) {
    int end = next;
    while (end < to && Character.isLetter(text.charAt(end)) && end - next < 12) {
      end++;
    }
    if (end == next || !Character.isUpperCase(text.charAt(next))) {
      return false;
    }
    return SENTENCE_OPENERS.contains(text.substring(next, end).toLowerCase(Locale.ROOT));
  }

  private static boolean endsWithPunctuation(String text, int start, int end) {
    int last = end - 1;
    while (last > start && isClosing(text.charAt(last))) {
      last--;
    }
    char c = text.charAt(last);
    return isTerminator(c) || c == ':' || c == ';';
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']'
        || c == '\u00bb';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e' || c == '\u2018';
  }

  /** Lower-case letters, commas and the like continue a sentence; anything else may open one. */
  private static boolean opensSentence(char c) {
    return !Character.isLowerCase(c) && ",;:%)]/-\u2013\u2014".indexOf(c) < 0;
  }
}
