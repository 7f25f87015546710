package org.storylens.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Sentence;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;
import org.storylens.model.StoryReport.ConflictKind;

/**
 * Conflicts of titles and ranks: one person (one entity key) whom one article calls "Colonel" and
 * another "Lieutenant Colonel", or "Deputy Minister" against "Minister". The title is the run of
 * capitalised or title words right before a mention of the person; of it, only the head (the
 * last word that is a title of {@code compare/titles.txt}) and the words that change a rank
 * ("deputy", "lieutenant", "former") are compared, so "Governor" and "Provincial Governor" agree.
 * An article that gives one person two different titles is left out for that person (a promotion
 * told in the article, or two people of one name); so are mentions without a title.
 *
 * <p>Thread-safe: immutable after construction.
 */
final class TitleConflicts {

  private static final String LEXICON = "titles.txt";

  /** The most words before a name read as its title. */
  private static final int MAX_TITLE_WORDS = 5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");

  private final Set<String> heads;
  private final Set<String> ranks;

  TitleConflicts() {
    Set<String> h = new HashSet<>();
    Set<String> r = new HashSet<>();
    load(h, r);
    this.heads = Set.copyOf(h);
    this.ranks = Set.copyOf(r);
  }

  /** A person's title in one article: its signature (rank words and head) and how it is written. */
  private record Title(String signature, String written, String sentence) {}

  List<Conflict> conflicts(List<AnalyzedArticle> articles) {
    // key -> article index -> the titles the article gives the person
    Map<String, Map<Integer, List<Title>>> titles = new LinkedHashMap<>();
    Map<String, String> nameOf = new LinkedHashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      AnalyzedArticle article = articles.get(a);
      String text = article.article().text();
      for (EntityMention mention : article.entities()) {
        if (mention.type() != EntityType.PERSON) {
          continue;
        }
        Title title = titleBefore(article, text, mention);
        if (title != null) {
          titles.computeIfAbsent(mention.key(), k -> new LinkedHashMap<>())
              .computeIfAbsent(a, k -> new ArrayList<>())
              .add(title);
          nameOf.merge(mention.key(), mention.name(), (x, y) -> y.length() > x.length() ? y : x);
        }
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, List<Title>>> person : titles.entrySet()) {
      List<ConflictClaim> claims = new ArrayList<>();
      Set<String> signatures = new HashSet<>();
      for (Map.Entry<Integer, List<Title>> inArticle : person.getValue().entrySet()) {
        Set<String> own = new HashSet<>();
        inArticle.getValue().forEach(t -> own.add(t.signature()));
        if (own.size() != 1) {
          continue;
        }
        Title title = inArticle.getValue().get(0);
        signatures.add(title.signature());
        claims.add(
            new ConflictClaim(
                articles.get(inArticle.getKey()).article().id(), title.written(), title.sentence()));
      }
      if (signatures.size() >= 2 && claims.size() >= 2) {
        conflicts.add(
            new Conflict(
                "the title of " + nameOf.get(person.getKey()), ConflictKind.CONTRADICTION, claims));
      }
    }
    return conflicts;
  }

  /** The title written right before a mention, or null when there is none. */
  private Title titleBefore(AnalyzedArticle article, String text, EntityMention mention) {
    int at = Sentence.indexAt(article.sentences(), mention.span().start());
    if (at < 0 || !article.sentences().get(at).span().contains(mention.span())) {
      return null;
    }
    Sentence sentence = article.sentences().get(at);
    // the words before the mention, nearest first, while they are capitalised or title words
    List<String> words = new ArrayList<>();
    int start = mention.span().start();
    Matcher m = WORD.matcher(text).region(sentence.span().start(), mention.span().start());
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    for (int i = spans.size() - 1; i >= 0 && words.size() < MAX_TITLE_WORDS; i--) {
      int[] w = spans.get(i);
      int next = i == spans.size() - 1 ? mention.span().start() : spans.get(i + 1)[0];
      String between = text.substring(w[1], next);
      if (!between.isBlank()) {
        break; // a comma or other mark ends the title
      }
      String word = text.substring(w[0], w[1]);
      String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
      boolean titleWord = heads.contains(lower) || ranks.contains(lower);
      if (!titleWord && !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      words.add(0, lower);
      start = w[0];
    }
    int head = -1;
    for (int i = words.size() - 1; i >= 0; i--) {
      if (heads.contains(words.get(i))) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    List<String> signature = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      if (ranks.contains(words.get(i))) {
        signature.add(words.get(i));
      }
    }
    signature.add(words.get(head));
    String sentenceText = sentence.span().of(text).replaceAll("\\s+", " ").strip();
    return new Title(
        String.join(" ", signature),
        text.substring(start, mention.span().end()).replaceAll("\\s+", " ").strip(),
        sentenceText);
  }

  private static void load(Set<String> heads, Set<String> ranks) {
    for (String line : DataLines.of(LEXICON)) {
      if (line.startsWith("head:")) {
        heads.add(line.substring(5).strip().toLowerCase(Locale.ROOT));
      } else if (line.startsWith("rank:")) {
        ranks.add(line.substring(5).strip().toLowerCase(Locale.ROOT));
      } else {
        throw new IllegalStateException(
            LEXICON + ": a line is 'head: word' or 'rank: word': " + line);
      }
    }
  }

}
