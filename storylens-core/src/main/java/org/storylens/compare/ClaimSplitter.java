package org.storylens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * Cuts an article's sentences into claims. Most sentences state one thing; a long one often joins
 * two clauses ("Putin and Aliyev agreed to intensify talks on the border, and discussed steps to
 * stabilise the region"), and each must align with the other articles on its own. A sentence is
 * cut at a semicolon, or at a comma before "and", "but", "while" or "whereas", when the words on
 * both sides each have a verb of their own: a list of nouns ("cities, villages, and settlements")
 * has none on its right and stays whole, and neither does a relative clause (", but which was…").
 * Headlines, subheads and sentences of fewer than five words outside quotes (datelines, credits)
 * are not claims.
 *
 * <p>Thread-safe.
 */
final class ClaimSplitter {

  /** Words that join two clauses after a comma. */
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas");

  /** Tags of a word that can carry a clause (Universal Dependencies). */
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

  /** Fewer words than this on either side and the cut would leave a fragment, not a claim. */
  private static final int MIN_CLAUSE_WORDS = 4;

  /**
   * Fewer words than this and a sentence states nothing a reader would call a fact: a dateline
   * ("MOSCOW, September 21. /TASS/."), a credit, a fragment; unless it is someone's own words
   * ("The whole mountain moved.").
   */
  private static final int MIN_CLAIM_WORDS = 5;

  /**
   * Words that open a relative or subordinate clause: after ", but which …" the right side leans
   * on the left one and is no claim of its own.
   */
  private static final Set<String> DEPENDENT_OPENERS =
      Set.of("which", "who", "whom", "whose", "that", "where", "when", "whereby");

  private final PartOfSpeechTagger tagger;

  ClaimSplitter(PartOfSpeechTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** The article's claims in text order; {@code articleIndex} is its place in the story. */
  List<Claim> claims(AnalyzedArticle analyzed, int articleIndex) {
    List<Sentence> sentences = analyzed.sentences();
    String text = analyzed.article().text();
    String id = analyzed.article().id();
    List<Claim> claims = new ArrayList<>();
    int last = Math.max(1, sentences.size() - 1);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.heading()
          || (words(sentence.tokens(), text) < MIN_CLAIM_WORDS
              && !quoted(sentence.span(), analyzed.quotes()))) {
        continue;
      }
      double position = Math.min(1.0, (double) i / last);
      for (Span clause : clauses(sentence, text)) {
        claims.add(
            new Claim(
                id, articleIndex, i, clause, clause.of(text).strip(), position,
                quoted(clause, analyzed.quotes()), clause.start() == sentence.span().start()));
      }
    }
    return claims;
  }

  /** Whether direct quotes cover most of the clause. */
  private static boolean quoted(Span clause, List<Quote> quotes) {
    int inside = 0;
    for (Quote quote : quotes) {
      if (quote.kind() == Quote.Kind.DIRECT) {
        int from = Math.max(clause.start(), quote.span().start());
        int to = Math.min(clause.end(), quote.span().end());
        inside += Math.max(0, to - from);
      }
    }
    return 2 * inside >= clause.end() - clause.start();
  }

  /** The sentence's clauses, as spans; the sentence itself when it is not to be cut. */
  List<Span> clauses(Sentence sentence, String text) {
    List<Span> tokens = sentence.tokens();
    List<String> words = new ArrayList<>(tokens.size());
    for (Span token : tokens) {
      words.add(token.of(text));
    }
    // cut candidates: index of the first token of the joint (";" or "," + joiner) and its length
    List<int[]> joints = new ArrayList<>();
    for (int t = 1; t + 1 < words.size(); t++) {
      String word = words.get(t);
      if (word.equals(";")) {
        joints.add(new int[] {t, 1});
      } else if (word.equals(",")
          && CLAUSE_JOINERS.contains(words.get(t + 1).toLowerCase(Locale.ROOT))) {
        joints.add(new int[] {t, 2});
      }
    }
    if (joints.isEmpty()) {
      return List.of(sentence.span());
    }
    List<String> tags = tagger.tags(words);
    List<Span> clauses = new ArrayList<>();
    int start = 0;
    for (int j = 0; j < joints.size(); j++) {
      int at = joints.get(j)[0];
      int after = at + joints.get(j)[1];
      int rightEnd = j + 1 < joints.size() ? joints.get(j + 1)[0] : words.size();
      boolean dependent =
          after < words.size() && DEPENDENT_OPENERS.contains(words.get(after).toLowerCase(Locale.ROOT));
      if (!dependent && isClause(words, tags, start, at) && isClause(words, tags, after, rightEnd)) {
        clauses.add(new Span(tokens.get(start).start(), tokens.get(at - 1).end()));
        start = after;
      }
    }
    if (clauses.isEmpty()) {
      return List.of(sentence.span());
    }
    clauses.add(new Span(tokens.get(start).start(), sentence.span().end()));
    return clauses;
  }

  private static int words(List<Span> tokens, String text) {
    int count = 0;
    for (Span token : tokens) {
      if (isWord(token.of(text))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isWord(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Tokens [from, to) have enough words, and a verb among them. */
  private static boolean isClause(List<String> words, List<String> tags, int from, int to) {
    int count = 0;
    boolean verb = false;
    for (int t = from; t < to; t++) {
      if (isWord(words.get(t))) {
        count++;
      }
      verb |= VERB_TAGS.contains(tags.get(t));
    }
    return verb && count >= MIN_CLAUSE_WORDS;
  }
}
