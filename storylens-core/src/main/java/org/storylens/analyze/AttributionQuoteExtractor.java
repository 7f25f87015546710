package org.storylens.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * Finds speech by its attribution, the way news writes it.
 *
 * <p>Direct speech: text between double quote marks (straight, curly or guillemets); a paragraph
 * that ends inside a quote continues in the next paragraph when that one opens with a quote mark,
 * the newspaper convention for long quotes. The speaker is read from the words after the closing
 * mark ({@code "…," the Kremlin said}; {@code "…," said X}; {@code "…," as highlighted by X}) or
 * before the opening one ({@code X said: "…"}; {@code X told reporters "…"}). A quote without
 * attribution is kept when it is long enough not to be a scare quote, and takes the speaker of the
 * quote just before it (news continues a statement without repeating who made it).
 *
 * <p>Reported speech, one sentence at a time: {@code X said (…) that CLAUSE}, {@code according to
 * X, CLAUSE}, {@code CLAUSE, X said}, {@code CLAUSE, the statement read}, the passive {@code it was
 * stressed that CLAUSE}, and {@code X said on Wednesday CLAUSE}.
 *
 * <p>The speaker key is the key of an entity mention inside the speaker phrase; a pronoun or a
 * description takes the nearest compatible earlier one: "he"/"she" the last person, "it", "the
 * statement" or "the report" the last quote's speaker, "the ministry" the last organization whose
 * name has that word. Otherwise the speaker phrase is kept without a key. Stateless, so
 * thread-safe.
 */
public final class AttributionQuoteExtractor implements QuoteExtractor {

  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "stated",
          "states",
          "reported",
          "reports",
          "noted",
          "notes",
          "stressed",
          "stresses",
          "emphasized",
          "emphasised",
          "emphasizes",
          "underlined",
          "underscored",
          "pointed",
          "wrote",
          "writes",
          "read",
          "reads",
          "announced",
          "announces",
          "declared",
          "explained",
          "highlighted",
          "insisted",
          "claimed",
          "warned",
          "asked",
          "replied",
          "confirmed",
          "affirmed",
          "quoted",
          "cited",
          "mentioned");
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("is", "was", "were", "are", "be", "been", "being");
  private static final Set<String> PHRASE_STOPS =
      Set.of(
          "in",
          "on",
          "at",
          "during",
          "after",
          "following",
          "while",
          "with",
          "to",
          "when",
          "before",
          "from",
          "via",
          "according",
          "that",
          "and",
          "but",
          "adding",
          "as",
          "which",
          "who",
          "because",
          "if",
          "than");
  private static final Set<String> DOCUMENTS =
      Set.of(
          "statement",
          "report",
          "release",
          "readout",
          "communique",
          "announcement",
          "message",
          "text",
          "document",
          "it",
          "they",
          "service",
          "office");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  /** Verbs that put a few words in someone's mouth: what she called "an orderly resolution". */
  private static final Set<String> NAMING_VERBS =
      Set.of("called", "calls", "termed", "terms", "dubbed", "described", "describes");
  /** What may stand between a naming verb and the quote. */
  private static final Set<String> NAMING_FILLERS =
      Set.of("it", "this", "that", "them", "him", "her", "a", "an", "the", "as");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "a", "an", "the", "several", "two", "three", "four", "five", "its", "their", "his", "her",
          "some", "many", "all", "every", "each", "no", "both", "more", "most", "these", "those",
          "there", "it", "he", "she", "they", "we");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "yesterday",
          "today",
          "earlier",
          "later",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "tonight");

  private final QuoteExtractionConfig config;

  public AttributionQuoteExtractor() {
    this(QuoteExtractionConfig.defaults());
  }

  public AttributionQuoteExtractor(QuoteExtractionConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A quote before its speaker key is settled. */
  private record Found(Span span, Quote.Kind kind, Optional<Span> speaker, boolean inherits) {}

  /** Everything one call works on. */
  private record Article(String text, List<Sentence> sentences, List<EntityMention> entities) {}

  @Override
  public List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> entities) {
    Article article = new Article(text, sortedSentences(sentences), sortedMentions(entities));
    List<Found> found = new ArrayList<>(directQuotes(article));
    List<Span> direct = found.stream().map(Found::span).toList();
    for (Sentence sentence : article.sentences()) {
      if (!sentence.heading() && direct.stream().noneMatch(d -> overlapsWide(d, sentence.span()))) {
        reportedSpeech(article, sentence.span(), found);
      }
    }
    found.sort(Comparator.comparing(Found::span));
    return resolveSpeakers(article, found);
  }

  private static boolean overlapsWide(Span quote, Span sentence) {
    // The quote marks sit just outside the quote's span.
    return quote.start() - 1 < sentence.end() && sentence.start() < quote.end() + 1;
  }

  // ---------------------------------------------------------------- direct speech

  private List<Found> directQuotes(Article article) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    int open = -1;
    int paragraphs = 0;
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if (c == '\n') {
        if (open < 0) {
          continue;
        }
        int next = p;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < text.length()
            && isOpeningMark(text.charAt(next))
            && ++paragraphs < config.maxQuoteParagraphs()) {
          p = next; // the quote goes on in the next paragraph; its mark re-opens, not closes
        } else {
          open = -1; // unbalanced: no quote
          paragraphs = 0;
        }
        continue;
      }
      boolean straight = c == '"';
      if (c == '\u201c' || c == '\u00ab' || (straight && open < 0)) {
        open = p;
        paragraphs = 0;
      } else if (open >= 0 && (c == '\u201d' || c == '\u00bb' || straight)) {
        direct(article, open, p, out);
        open = -1;
      }
    }
    return out;
  }

  private static boolean isOpeningMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u00ab';
  }

  private void direct(Article article, int open, int close, List<Found> out) {
    String text = article.text();
    int start = open + 1;
    int end = close;
    while (end > start
        && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= end) {
      return;
    }
    Span quote = new Span(start, end);
    Span after = sentenceAt(article, close);
    int trailingEnd = Math.max(close + 1, Math.min(after.end(), lineEnd(text, close + 1)));
    int nextMark = firstMark(text, close + 1, trailingEnd);
    Optional<Span> speaker = trailingSpeaker(text, close + 1, nextMark);
    boolean passive = false;
    if (speaker.isEmpty()) {
      Span before = sentenceAt(article, open);
      int leadingStart = Math.min(open, Math.max(before.start(), lineStart(text, open)));
      Leading leading = leadingSpeaker(text, leadingStart, open);
      speaker = leading.speaker();
      passive = leading.passive();
    }
    if (speaker.isEmpty() && !passive && words(text, quote) < config.minUnattributedWords()) {
      return; // a scare quote
    }
    out.add(new Found(quote, Quote.Kind.DIRECT, speaker, speaker.isEmpty()));
  }

  private static int firstMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isOpeningMark(text.charAt(i))) {
        return i;
      }
    }
    return to;
  }

  /** After a closing mark: ", the Kremlin said", ", said X", ", as highlighted by X". */
  private Optional<Span> trailingSpeaker(String text, int from, int to) {
    List<Span> t = NameTokenizer.tokens(text, new Span(from, to));
    int i = 0;
    while (i < t.size() && isPunctuation(t.get(i).of(text))) {
      if (!t.get(i).of(text).equals(",")) {
        return Optional.empty(); // "…." then a new sentence: not an attribution
      }
      i++;
    }
    if (i >= t.size()) {
      return Optional.empty();
    }
    String first = lower(text, t.get(i));
    if (first.equals("as")
        && i + 2 < t.size()
        && isSpeechVerb(lower(text, t.get(i + 1)))
        && lower(text, t.get(i + 2)).equals("by")) {
      return phraseForward(text, t, i + 3);
    }
    if (isSpeechVerb(first)) {
      return phraseForward(text, t, i + 1);
    }
    return phraseBeforeVerb(text, t, i);
  }

  /** "the Kremlin said", "in connection with the incident, it added": the phrase before a verb. */
  private Optional<Span> phraseBeforeVerb(String text, List<Span> t, int from) {
    int limit = Math.min(t.size(), from + config.maxSpeakerWords() + 8);
    for (int v = from + 1; v < limit; v++) {
      String word = lower(text, t.get(v));
      if (isSentenceEnd(word) || isQuoteMark(word)) {
        return Optional.empty();
      }
      if (!isSpeechVerb(word) || PASSIVE_AUXILIARIES.contains(lower(text, t.get(v - 1)))) {
        continue;
      }
      int start = v - 1;
      while (start > from && !lower(text, t.get(start - 1)).equals(",")) {
        start--;
      }
      if (v - start > config.maxSpeakerWords() || v == start) {
        return Optional.empty();
      }
      return Optional.of(new Span(t.get(start).start(), t.get(v - 1).end()));
    }
    return Optional.empty();
  }

  /** "said the Kremlin in a press release": the phrase up to a preposition or punctuation. */
  private Optional<Span> phraseForward(String text, List<Span> t, int from) {
    if (from < t.size() && lower(text, t.get(from)).equals("out")) {
      from++; // "pointed out"
    }
    int end = from;
    while (end < t.size() && end - from < config.maxSpeakerWords()) {
      String word = lower(text, t.get(end));
      if (isPunctuation(word) && !word.equals("'s") && !word.equals("\u2019s")) {
        break;
      }
      if (PHRASE_STOPS.contains(word) && end > from) {
        // "press service of the Russian president": "of" stays; "in a statement" ends it.
        break;
      }
      end++;
    }
    if (end == from) {
      return Optional.empty();
    }
    return Optional.of(new Span(t.get(from).start(), t.get(end - 1).end()));
  }

  private record Leading(Optional<Span> speaker, boolean passive) {}

  /**
   * Before an opening mark: "X said:", "X told reporters", "according to X,", "it is stressed
   * that".
   */
  private Leading leadingSpeaker(String text, int from, int to) {
    List<Span> t = NameTokenizer.tokens(text, new Span(from, to));
    int end = t.size();
    while (end > 0
        && Set.of(":", ",", "that", "\u2014", "-").contains(lower(text, t.get(end - 1)))) {
      end--;
    }
    for (int a = 0; a + 1 < end; a++) {
      if (lower(text, t.get(a)).equals("according") && lower(text, t.get(a + 1)).equals("to")) {
        return new Leading(phraseForward(text, t.subList(0, end), a + 2), false);
      }
    }
    for (int v = end - 1; v >= Math.max(0, end - 3); v--) {
      if (!isSpeechVerb(lower(text, t.get(v)))) {
        continue;
      }
      if (v > 0 && PASSIVE_AUXILIARIES.contains(lower(text, t.get(v - 1)))) {
        return new Leading(Optional.empty(), true);
      }
      return new Leading(phraseBackward(text, t, v), false);
    }
    return new Leading(naming(text, t, end), false);
  }

  /**
   * A few of someone's words named as theirs: {@code X called it "…"}, {@code what X called an
   * "…"}, {@code X described it as "…"}. The namer must be "he" or "she" or a phrase
   * ending in a name ("a group called \"Friends of the River\"" names, nobody speaks).
   */
  private Optional<Span> naming(String text, List<Span> t, int end) {
    for (int v = end - 1; v >= Math.max(0, end - 4); v--) {
      if (!NAMING_VERBS.contains(lower(text, t.get(v)))) {
        continue;
      }
      for (int k = v + 1; k < end; k++) {
        if (!NAMING_FILLERS.contains(lower(text, t.get(k)))) {
          return Optional.empty();
        }
      }
      Optional<Span> phrase = phraseBackward(text, t, v);
      if (phrase.isEmpty()) {
        return Optional.empty();
      }
      List<Span> words = NameTokenizer.tokens(text, phrase.get());
      if (!words.isEmpty() && lower(text, words.get(0)).equals("what")) {
        words = words.subList(1, words.size());
      }
      if (words.isEmpty()) {
        return Optional.empty();
      }
      boolean pronoun = words.size() == 1 && PERSON_PRONOUNS.contains(lower(text, words.get(0)));
      // "Commissioner Ada Vorlund called it": the phrase ends in a name
      String last = words.get(words.size() - 1).of(text);
      boolean named =
          Character.isUpperCase(last.codePointAt(0))
              && !DETERMINERS.contains(last.toLowerCase(Locale.ROOT));
      if (pronoun || named) {
        return Optional.of(new Span(words.get(0).start(), words.get(words.size() - 1).end()));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The subject before a verb: back to a comma, a clause word or the sentence start. */
  private Optional<Span> phraseBackward(String text, List<Span> t, int verb) {
    int start = verb;
    while (start > 0 && verb - start < config.maxSpeakerWords()) {
      String word = lower(text, t.get(start - 1));
      if (isPunctuation(word)
          && !word.equals("'s")
          && !word.equals("\u2019s")
          && !word.equals("-")) {
        break;
      }
      if (Set.of("that", "and", "but", "which", "who", "while", "as", "when").contains(word)) {
        break;
      }
      start--;
    }
    int end = verb;
    // "Pashinyan publicly declared": the adverb is not the speaker.
    while (end > start
        && lower(text, t.get(end - 1)).endsWith("ly")
        && Character.isLowerCase(t.get(end - 1).of(text).codePointAt(0))) {
      end--;
    }
    if (start == end) {
      return Optional.empty();
    }
    return Optional.of(new Span(t.get(start).start(), t.get(end - 1).end()));
  }

  // ---------------------------------------------------------------- reported speech

  private void reportedSpeech(Article article, Span sentence, List<Found> out) {
    String text = article.text();
    List<Span> t = NameTokenizer.tokens(text, sentence);
    int last = t.size();
    while (last > 0 && isPunctuation(lower(text, t.get(last - 1)))) {
      last--;
    }
    if (last < 4) {
      return;
    }
    // "CLAUSE, the statement read[, adding …]": an attribution after the last comma that has one.
    int clauseEnd = last;
    for (int c = last - 2; c >= 3; c--) {
      if (!lower(text, t.get(c)).equals(",")) {
        continue;
      }
      Optional<Span> speaker = sentenceFinalAttribution(text, t, c, last);
      if (speaker.isPresent()) {
        int from = afterDateline(text, t, c);
        out.add(
            new Found(
                new Span(t.get(from).start(), t.get(c - 1).end()),
                Quote.Kind.REPORTED,
                speaker,
                false));
        clauseEnd = c;
        break;
      }
    }
    // "according to X, CLAUSE" and "CLAUSE, according to X"
    for (int a = 0; a + 2 < clauseEnd; a++) {
      if (!lower(text, t.get(a)).equals("according") || !lower(text, t.get(a + 1)).equals("to")) {
        continue;
      }
      Optional<Span> speaker = phraseForward(text, t.subList(0, clauseEnd), a + 2);
      if (speaker.isEmpty()) {
        return;
      }
      int afterSpeaker = a + 2;
      while (afterSpeaker < clauseEnd && t.get(afterSpeaker).end() <= speaker.get().end()) {
        afterSpeaker++;
      }
      Span clause =
          a == 0
              ? spanOf(t, skipComma(text, t, afterSpeaker), clauseEnd)
              : spanOf(t, 0, a > 0 && lower(text, t.get(a - 1)).equals(",") ? a - 1 : a);
      if (clause != null) {
        out.add(new Found(clause, Quote.Kind.REPORTED, speaker, false));
      }
      return;
    }
    // "X said (…) that CLAUSE", "it was stressed that CLAUSE", "X said on Wednesday CLAUSE"
    for (int v = 0; v < clauseEnd - 2; v++) {
      String verb = lower(text, t.get(v));
      if (!isSpeechVerb(verb)) {
        continue;
      }
      boolean passive = v > 0 && PASSIVE_AUXILIARIES.contains(lower(text, t.get(v - 1)));
      int that = -1;
      for (int k = v + 1; k < Math.min(clauseEnd, v + 13); k++) {
        String word = lower(text, t.get(k));
        if (word.equals("that")) {
          that = k;
          break;
        }
        if ((isPunctuation(word)
                && !word.equals(",")
                && !word.equals("'s")
                && !word.equals("\u2019s"))
            || isSpeechVerb(word)) {
          break;
        }
      }
      Optional<Span> speaker;
      int clauseStart;
      if (that >= 0) {
        clauseStart = that + 1;
        speaker = passive ? documentSpeaker(text, t, v) : phraseBackward(text, t, v);
        if (!passive && speaker.isEmpty()) {
          continue;
        }
      } else if (!passive && Set.of("said", "says", "reported").contains(verb)) {
        clauseStart = v + 1;
        if (clauseStart + 1 < clauseEnd
            && lower(text, t.get(clauseStart)).equals("on")
            && TIME_WORDS.contains(lower(text, t.get(clauseStart + 1)))) {
          clauseStart += 2;
        } else if (clauseStart < clauseEnd
            && TIME_WORDS.contains(lower(text, t.get(clauseStart)))) {
          clauseStart++;
        }
        if (clauseStart >= clauseEnd
            || clauseEnd - clauseStart < 5
            || !CLAUSE_OPENERS.contains(lower(text, t.get(clauseStart)))) {
          continue;
        }
        speaker = phraseBackward(text, t, v);
        if (speaker.isEmpty()) {
          continue;
        }
      } else {
        continue;
      }
      Span clause = spanOf(t, clauseStart, clauseEnd);
      if (clause != null) {
        out.add(new Found(clause, Quote.Kind.REPORTED, speaker, speaker.isEmpty()));
      }
      return;
    }
  }

  /**
   * ", the statement read", ", said the ministry on Thursday", ", it added, adding that …": an
   * attribution that closes its sentence (nothing after it but a short prepositional tail or a
   * comma), so a verb in the middle of a long sentence is not taken for one.
   */
  private Optional<Span> sentenceFinalAttribution(String text, List<Span> t, int comma, int last) {
    int i = comma + 1;
    if (i >= last) {
      return Optional.empty();
    }
    String first = lower(text, t.get(i));
    Optional<Span> speaker;
    int tail;
    if (isSpeechVerb(first)) {
      speaker = phraseForward(text, t.subList(0, last), i + 1);
      if (speaker.isEmpty()) {
        return speaker;
      }
      tail = i + 1;
      while (tail < last && t.get(tail).end() <= speaker.get().end()) {
        tail++;
      }
    } else {
      if (Set.of("and", "but", "which", "who", "while", "as", "when", "that", "so", "or", "with")
          .contains(first)) {
        return Optional.empty();
      }
      int verb = -1;
      for (int v = i + 1; v < Math.min(last, i + config.maxSpeakerWords() + 1); v++) {
        String word = lower(text, t.get(v));
        if (isPunctuation(word) && !word.equals("'s") && !word.equals("\u2019s")) {
          return Optional.empty();
        }
        if (isSpeechVerb(word)) {
          verb = PASSIVE_AUXILIARIES.contains(lower(text, t.get(v - 1))) ? -2 : v;
          break;
        }
      }
      if (verb < 0) {
        return Optional.empty();
      }
      speaker = Optional.of(new Span(t.get(i).start(), t.get(verb - 1).end()));
      tail = verb + 1;
      if (tail < last && lower(text, t.get(tail)).equals("out")) {
        tail++;
      }
    }
    if (tail >= last
        || t.get(tail).of(text).equals(",")
        || (PHRASE_STOPS.contains(lower(text, t.get(tail))) && last - tail <= 6)) {
      return speaker;
    }
    return Optional.empty();
  }

  /** "In the statement, it was noted that …": the document named in the same sentence. */
  private Optional<Span> documentSpeaker(String text, List<Span> t, int verb) {
    for (int k = 0; k + 2 < verb; k++) {
      if (lower(text, t.get(k)).equals("in")
          && lower(text, t.get(k + 1)).equals("the")
          && DOCUMENTS.contains(lower(text, t.get(k + 2)))) {
        return Optional.of(new Span(t.get(k + 1).start(), t.get(k + 2).end()));
      }
    }
    return Optional.empty();
  }

  /** "MOSCOW (Sputnik) — Aliyev apologised …": the clause starts after a dateline's dash. */
  private static int afterDateline(String text, List<Span> t, int limit) {
    for (int i = 0; i < Math.min(limit - 1, 12); i++) {
      String token = t.get(i).of(text);
      if (token.equals("\u2014") || token.equals("\u2013")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int skipComma(String text, List<Span> t, int i) {
    return i < t.size() && t.get(i).of(text).equals(",") ? i + 1 : i;
  }

  private static Span spanOf(List<Span> t, int from, int to) {
    if (from >= to || from >= t.size()) {
      return null;
    }
    return new Span(t.get(from).start(), t.get(Math.min(to, t.size()) - 1).end());
  }

  // ---------------------------------------------------------------- speakers

  private List<Quote> resolveSpeakers(Article article, List<Found> found) {
    List<Quote> out = new ArrayList<>();
    Optional<String> lastKey = Optional.empty();
    Optional<String> lastDirectKey = Optional.empty();
    Optional<Span> lastSpeaker = Optional.empty();
    int lastEnd = -1;
    Span previous = null;
    for (Found f : found) {
      if (f.span().equals(previous)) {
        continue;
      }
      previous = f.span();
      Optional<Span> speaker = f.speaker();
      Optional<String> key;
      if (speaker.isPresent()) {
        key = speakerKey(article, speaker.get(), lastKey, lastDirectKey);
      } else if (f.inherits()
          && lastEnd >= 0
          && paragraphsBetween(article.text(), lastEnd, f.span().start()) <= 1) {
        speaker = lastSpeaker;
        key = lastKey;
      } else {
        key = Optional.empty();
      }
      out.add(new Quote(f.span(), f.kind(), speaker, key));
      if (speaker.isPresent()) {
        lastSpeaker = speaker;
        lastEnd = f.span().end();
        if (key.isPresent()) {
          lastKey = key;
          if (f.kind() == Quote.Kind.DIRECT) {
            lastDirectKey = key;
          }
        }
      }
    }
    return out;
  }

  private Optional<String> speakerKey(
      Article article, Span speaker, Optional<String> lastKey, Optional<String> lastDirectKey) {
    for (EntityMention m : article.entities()) {
      if (speaker.contains(m.span()) && m.type() != EntityType.PLACE) {
        return Optional.of(m.key());
      }
    }
    for (EntityMention m : article.entities()) {
      if (speaker.contains(m.span())) {
        return Optional.of(m.key());
      }
    }
    String text = article.text();
    List<Span> t = NameTokenizer.tokens(text, speaker);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String head = lower(text, t.get(t.size() - 1));
    if (PERSON_PRONOUNS.contains(head)) {
      return nearestBefore(article, speaker.start(), EntityType.PERSON, null);
    }
    if (DOCUMENTS.contains(head)) {
      // "the statement" is the statement quoted last (verbatim quotes come from documents);
      // "it" is whoever spoke last.
      if (!head.equals("it") && !head.equals("they") && lastDirectKey.isPresent()) {
        return lastDirectKey;
      }
      return lastKey.isPresent()
          ? lastKey
          : head.equals("it")
              ? nearestBefore(article, speaker.start(), EntityType.ORGANIZATION, null)
              : Optional.empty();
    }
    // "the ministry": the last organization named with that word.
    return nearestBefore(article, speaker.start(), EntityType.ORGANIZATION, head);
  }

  private static Optional<String> nearestBefore(
      Article article, int position, EntityType type, String word) {
    Optional<String> found = Optional.empty();
    for (EntityMention m : article.entities()) {
      if (m.span().end() > position) {
        break;
      }
      if (m.type() == type
          && (word == null
              || m.name().toLowerCase(Locale.ROOT).contains(word)
              || m.span().of(article.text()).toLowerCase(Locale.ROOT).contains(word))) {
        found = Optional.of(m.key());
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- text helpers

  private static Span sentenceAt(Article article, int position) {
    for (Sentence s : article.sentences()) {
      if (s.span().start() <= position && position < s.span().end()) {
        return s.span();
      }
    }
    String text = article.text();
    return new Span(lineStart(text, position), lineEnd(text, position));
  }

  private static int lineStart(String text, int position) {
    int newline = text.lastIndexOf('\n', Math.max(0, position - 1));
    return newline < 0 ? 0 : newline + 1;
  }

  private static int lineEnd(String text, int position) {
    int newline = text.indexOf('\n', position);
    return newline < 0 ? text.length() : newline;
  }

  private static int paragraphsBetween(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        count++;
      }
    }
    return count;
  }

  private static int words(String text, Span span) {
    int count = 0;
    boolean inWord = false;
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      // "anti-terrorist" is one word
      boolean letter = Character.isLetterOrDigit(c) || (inWord && (c == '-' || c == '\''));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  private static List<Sentence> sortedSentences(List<Sentence> sentences) {
    List<Sentence> sorted = new ArrayList<>(sentences);
    sorted.sort(Comparator.comparing(Sentence::span));
    return sorted;
  }

  private static List<EntityMention> sortedMentions(List<EntityMention> entities) {
    List<EntityMention> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparing(EntityMention::span));
    return sorted;
  }

  private static String lower(String text, Span token) {
    return token.of(text).toLowerCase(Locale.ROOT);
  }

  private static boolean isSpeechVerb(String word) {
    return SPEECH_VERBS.contains(word);
  }

  private static boolean isPunctuation(String token) {
    return !token.isEmpty() && !Character.isLetterOrDigit(token.codePointAt(0));
  }

  private static boolean isSentenceEnd(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";");
  }

  private static boolean isQuoteMark(String token) {
    return token.equals("\"") || token.equals("\u201c") || token.equals("\u201d");
  }
}
