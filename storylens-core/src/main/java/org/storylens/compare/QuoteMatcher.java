package org.storylens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;
import org.storylens.model.Span;
import org.storylens.model.StoryReport;
import org.storylens.model.StoryReport.Form;
import org.storylens.model.StoryReport.PrimarySource;
import org.storylens.model.StoryReport.Variant;

/**
 * Matches what the story's articles quote across articles: who is quoted, which statements several
 * articles quote, who most articles quote (the primary sources), and where articles render one
 * statement in different words (translations, a quote given whole and in part, a quote and its
 * paraphrase).
 *
 * <ol>
 *   <li><b>Statements.</b> Every quote the analysis stage found (direct or reported, {@link
 *       Quote}) is cut at its sentence ends: a three-sentence quote in one article is three
 *       statements another article may quote one at a time.
 *   <li><b>Speakers.</b> A quote's speaker is the canonical entity key the analysis gave it (so
 *       "the Kremlin", "the Kremlin press service" and "the press service of the Russian
 *       president" are one speaker). Across articles, a person's key joins the one longer person
 *       key that ends in its words ("Valk" in one article, "Teodor Valk" in another); a key that
 *       two different longer keys end in stays alone (relatives share a surname). A place as
 *       speaker ("the prefect of Lirea" keyed to Lirea) is weak: it only names a quote nobody else
 *       names.
 *   <li><b>Matching.</b> Statements are described by {@link ClaimTerms} (stems with paraphrase
 *       groups united, entity keys, dates, numbers), weighted by their rarity among the story's
 *       sentences. Two statements of different articles are as similar as the cosine of their
 *       vectors, or 1 when the words of one are found, in order, in the other (a partial quote).
 *       From the most similar pair down, pairs at or above {@link
 *       QuoteMatchingConfig#linkSimilarity()} (near-identical words, {@link
 *       QuoteMatchingConfig#crossSpeakerSimilarity()}, when the speakers differ) join their groups
 *       when the groups share no article and are on average {@link
 *       QuoteMatchingConfig#groupSimilarity()} similar. A group's speaker is the one most of its
 *       articles name; an article whose quote had no named speaker ("the statement said") takes
 *       it.
 *   <li><b>Quotes</b> are the groups of two or more articles and the direct quotes of a named
 *       speaker (not a place) in one article, whose statements no other article quotes are
 *       reported together as the article wrote them; the text is the most central statement, the
 *       speaker the name the articles use most for them.
 *   <li><b>Primary sources</b> are the speakers quoted by at least {@link
 *       QuoteMatchingConfig#primaryShare()} of the articles (and at least two), widest reach
 *       first.
 *   <li><b>Variants.</b> For a statement two or more articles quote, each other article's
 *       sentence most like it, from {@link QuoteMatchingConfig#renderingSimilarity()} up, is a
 *       rendering of it too (a statement told without attribution, or with an attribution the
 *       analysis did not read). The forms are a variant when they really differ: one paraphrase
 *       group given in different words ("financial" and "material assistance"; the reporting
 *       verbs of {@link QuoteMatchingConfig#reportingGroups()} do not count), one form a part of
 *       another, or a direct quote beside a paraphrase. Strongest kind first, at most {@link
 *       QuoteMatchingConfig#maxVariants()}.
 * </ol>
 *
 * <p>Pure and thread-safe.
 */
final class QuoteMatcher {

  /** The quotes, primary sources and statement variants of a story. */
  record Result(List<StoryReport.Quote> quotes, List<PrimarySource> primarySources, List<Variant> variants) {
    Result {
      quotes = List.copyOf(quotes);
      primarySources = List.copyOf(primarySources);
      variants = List.copyOf(variants);
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final int MIN_PIECE_WORDS = 3;
  private static final int ABOUT_WORDS = 10;

  private final ClaimSplitter splitter;
  private final ClaimTerms terms;
  private final QuoteMatchingConfig config;

  QuoteMatcher(ClaimSplitter splitter, ClaimTerms terms, QuoteMatchingConfig config) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** How a form renders a statement. */
  private enum Rendering {
    DIRECT,
    REPORTED,
    UNATTRIBUTED
  }

  /** One statement: a quote, or one sentence of a quote of several. */
  private record Piece(
      int article,
      Span span,
      String text,
      String words,
      Map<String, Double> vector,
      Rendering rendering,
      Optional<String> speaker,
      Optional<String> weakSpeaker,
      Optional<String> phrase,
      int quote) {}

  /** Speakers of the story: entity keys to speaker identities, with their names. */
  private record Speakers(Map<String, String> identityOfKey, Map<String, EntityType> typeOfKey,
      Map<String, Map<String, Integer>> namesOfIdentity) {

    static Speakers of(List<AnalyzedArticle> articles) {
      Map<String, Map<EntityType, Integer>> types = new LinkedHashMap<>();
      Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
      for (AnalyzedArticle article : articles) {
        for (EntityMention mention : article.entities()) {
          types.computeIfAbsent(mention.key(), k -> new LinkedHashMap<>())
              .merge(mention.type(), 1, Integer::sum);
          names.computeIfAbsent(mention.key(), k -> new LinkedHashMap<>())
              .merge(EntityListBuilder.surfaceForm(mention.name()), 1, Integer::sum);
        }
      }
      Map<String, EntityType> typeOfKey = new HashMap<>();
      types.forEach(
          (key, counts) -> typeOfKey.put(key, EntityListBuilder.mostFrequent(counts, (a, b) -> 0)));
      Map<String, String> identity = new HashMap<>();
      // A surname alone may be typed "other" where nothing marks it as a person's.
      List<String> persons =
          typeOfKey.entrySet().stream()
              .filter(e -> e.getValue() == EntityType.PERSON || e.getValue() == EntityType.OTHER)
              .map(Map.Entry::getKey)
              .sorted(Comparator.comparingInt((String k) -> -k.split(" ").length)
                  .thenComparing(Comparator.naturalOrder()))
              .toList();
      for (String key : persons) {
        Set<String> longer = new TreeSet<>();
        for (String other : persons) {
          if (typeOfKey.get(other) == EntityType.PERSON
              && other.length() > key.length()
              && other.endsWith(" " + key)) {
            longer.add(identity.getOrDefault(other, other));
          }
        }
        identity.put(key, longer.size() == 1 ? longer.iterator().next() : key);
      }
      Map<String, Map<String, Integer>> namesOfIdentity = new HashMap<>();
      names.forEach(
          (key, counts) ->
              counts.forEach(
                  (name, count) ->
                      namesOfIdentity
                          .computeIfAbsent(identity.getOrDefault(key, key), k -> new LinkedHashMap<>())
                          .merge(name, count, Integer::sum)));
      return new Speakers(identity, typeOfKey, namesOfIdentity);
    }

    String identity(String key) {
      return identityOfKey.getOrDefault(key, key);
    }

    boolean weak(String key) {
      return typeOfKey.get(key) == EntityType.PLACE;
    }

    /**
     * The name most mentions of the speaker use (ties: the longer). The analysis stage keys a
     * speaker from a mention, so a name exists; the bare key is only a fallback for quotes keyed
     * otherwise.
     */
    String name(String identity) {
      Map<String, Integer> names = namesOfIdentity.get(identity);
      return names == null || names.isEmpty()
          ? identity
          : EntityListBuilder.mostFrequent(names, Comparator.comparingInt(String::length));
    }
  }

  /** A group of statements of different articles taken as one quoted statement. */
  private static final class Group {
    final List<Integer> pieces = new ArrayList<>();
    final Set<Integer> articles = new TreeSet<>();

    Group(int piece, int article) {
      pieces.add(piece);
      articles.add(article);
    }
  }

  Result match(List<AnalyzedArticle> articles) {
    Speakers speakers = Speakers.of(articles);
    // Every clause is analysed once: its terms weigh the story's words and find renderings.
    List<List<Span>> clauses = new ArrayList<>();
    List<List<Set<String>>> clauseTerms = new ArrayList<>();
    for (AnalyzedArticle article : articles) {
      List<Span> ofArticle = new ArrayList<>();
      for (Sentence sentence : article.sentences()) {
        if (!sentence.heading()) {
          ofArticle.addAll(splitter.clauses(sentence, article.article().text()));
        }
      }
      clauses.add(ofArticle);
      clauseTerms.add(ofArticle.stream().map(c -> terms.terms(article, c)).toList());
    }
    Idf idf = Idf.of(clauseTerms);
    List<List<Map<String, Double>>> clauseVectors =
        clauseTerms.stream().map(ofArticle -> ofArticle.stream().map(idf::vector).toList()).toList();
    List<Piece> pieces = pieces(articles, clauses, speakers, idf);
    if (pieces.isEmpty()) {
      return new Result(List.of(), List.of(), List.of());
    }
    List<Group> groups = group(pieces);
    Map<Group, Optional<String>> speakerOf = new LinkedHashMap<>();
    for (Group g : groups) {
      speakerOf.put(g, groupSpeaker(g, pieces));
    }
    List<StoryReport.Quote> quotes = quotes(articles, groups, pieces, speakerOf, speakers);
    List<PrimarySource> primary = primarySources(articles, groups, pieces, speakerOf, speakers);
    List<Variant> variants =
        variants(articles, clauses, clauseVectors, groups, pieces, speakerOf, speakers);
    return new Result(quotes, primary, variants);
  }

  // ------------------------------------------------------------------ statements

  private List<Piece> pieces(
      List<AnalyzedArticle> articles, List<List<Span>> clauses, Speakers speakers, Idf idf) {
    List<Piece> pieces = new ArrayList<>();
    int quoteCount = 0;
    for (int a = 0; a < articles.size(); a++) {
      AnalyzedArticle article = articles.get(a);
      Set<String> seen = new java.util.HashSet<>();
      for (Quote quote : article.quotes()) {
        int quoteId = quoteCount++;
        Optional<String> key = quote.speakerKey();
        Optional<String> strong =
            key.filter(k -> !speakers.weak(k)).map(speakers::identity);
        Optional<String> weak = key.filter(speakers::weak).map(speakers::identity);
        Optional<String> phrase =
            quote.speaker().map(article::text).map(QuoteMatcher::oneLine).filter(p -> !p.isEmpty());
        Rendering rendering =
            quote.kind() == Quote.Kind.DIRECT ? Rendering.DIRECT : Rendering.REPORTED;
        for (Span span : statements(article, clauses.get(a), quote.span())) {
          String text = oneLine(article.text(span));
          Map<String, Double> vector = idf.vector(terms.terms(article, span));
          // an article that repeats a statement quotes it once
          if (!vector.isEmpty() && seen.add(words(text))) {
            pieces.add(
                new Piece(
                    a, span, text, words(text), vector, rendering, strong, weak, phrase, quoteId));
          }
        }
      }
    }
    return pieces;
  }

  /**
   * A quote cut at the ends of the sentences and clauses ({@link ClaimSplitter}) it runs over;
   * fragments of a few words dropped.
   */
  private static List<Span> statements(AnalyzedArticle article, List<Span> clauses, Span quote) {
    List<Span> parts = new ArrayList<>();
    String text = article.article().text();
    for (Span s : clauses) {
      if (!s.overlaps(quote)) {
        continue;
      }
      Span part = trim(text, new Span(Math.max(s.start(), quote.start()), Math.min(s.end(), quote.end())));
      if (part.length() > 0) {
        parts.add(part);
      }
    }
    if (parts.size() <= 1) {
      return List.of(trim(text, quote));
    }
    List<Span> kept =
        parts.stream().filter(p -> wordCount(p.of(text)) >= MIN_PIECE_WORDS).toList();
    return kept.isEmpty() ? List.of(trim(text, quote)) : kept;
  }

  private static Span trim(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrailingJunk(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isTrailingJunk(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '"' || c == '\u201c' || c == '\u201d'
        || c == '\u00ab' || c == '\u00bb';
  }

  // ------------------------------------------------------------------ matching

  private List<Group> group(List<Piece> pieces) {
    record Pair(int a, int b, double score) {}
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int p = 0; p < pieces.size(); p++) {
      for (String term : pieces.get(p).vector().keySet()) {
        postings.computeIfAbsent(term, t -> new ArrayList<>()).add(p);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int[] seenWith = new int[pieces.size()];
    java.util.Arrays.fill(seenWith, -1);
    for (int p = 0; p < pieces.size(); p++) {
      List<Integer> candidates = new ArrayList<>();
      for (String term : pieces.get(p).vector().keySet()) {
        for (int q : postings.get(term)) {
          if (q > p && seenWith[q] != p && pieces.get(q).article() != pieces.get(p).article()) {
            seenWith[q] = p;
            candidates.add(q);
          }
        }
      }
      for (int q : candidates) {
        double score = similarity(pieces.get(p), pieces.get(q));
        double needed =
            compatible(pieces.get(p), pieces.get(q))
                ? config.linkSimilarity()
                : config.crossSpeakerSimilarity();
        if (score >= needed) {
          pairs.add(new Pair(p, q, score));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble((Pair x) -> -x.score())
            .thenComparingInt(Pair::a)
            .thenComparingInt(Pair::b));
    Group[] groupOf = new Group[pieces.size()];
    List<Group> groups = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      groupOf[p] = new Group(p, pieces.get(p).article());
      groups.add(groupOf[p]);
    }
    for (Pair pair : pairs) {
      Group left = groupOf[pair.a()];
      Group right = groupOf[pair.b()];
      if (left == right || !disjoint(left.articles, right.articles)) {
        continue;
      }
      Set<String> leftSpeakers = speakers(left, pieces);
      Set<String> rightSpeakers = speakers(right, pieces);
      if (!leftSpeakers.isEmpty()
          && !rightSpeakers.isEmpty()
          && disjoint(leftSpeakers, rightSpeakers)
          && pair.score() < config.crossSpeakerSimilarity()) {
        continue; // an unnamed speaker's words must not bridge two named speakers
      }
      double sum = 0;
      for (int x : left.pieces) {
        for (int y : right.pieces) {
          sum += similarity(pieces.get(x), pieces.get(y));
        }
      }
      if (sum / (left.pieces.size() * right.pieces.size()) < config.groupSimilarity()) {
        continue;
      }
      left.pieces.addAll(right.pieces);
      left.articles.addAll(right.articles);
      right.pieces.forEach(p -> groupOf[p] = left);
      groups.remove(right);
    }
    groups.forEach(g -> g.pieces.sort(Comparator.comparingInt(p -> pieces.get(p).article())));
    return groups;
  }

  private static Set<String> speakers(Group group, List<Piece> pieces) {
    Set<String> speakers = new TreeSet<>();
    group.pieces.forEach(p -> pieces.get(p).speaker().ifPresent(speakers::add));
    return speakers;
  }

  private static <T> boolean disjoint(Set<T> a, Set<T> b) {
    return a.stream().noneMatch(b::contains);
  }

  private static boolean compatible(Piece a, Piece b) {
    return a.speaker().isEmpty() || b.speaker().isEmpty() || a.speaker().equals(b.speaker());
  }

  /** The cosine of the weighted terms, or 1 when one statement's words are inside the other's. */
  private static double similarity(Piece a, Piece b) {
    if (contained(a.words(), b.words()) || contained(b.words(), a.words())) {
      return 1;
    }
    return cosine(a.vector(), b.vector());
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        sum += e.getValue() * other;
      }
    }
    return sum;
  }

  /**
   * Whether {@code part} (two words or more) is found, word for word, inside {@code whole}; both
   * as {@link #words} gives them, with a space at either end.
   */
  private static boolean contained(String part, String whole) {
    return part.indexOf(' ', 1) < part.length() - 1 && whole.contains(part);
  }

  private static Optional<String> groupSpeaker(Group group, List<Piece> pieces) {
    Optional<String> strong = majority(group, pieces, Piece::speaker);
    return strong.isPresent() ? strong : majority(group, pieces, Piece::weakSpeaker);
  }

  private static Optional<String> majority(
      Group group, List<Piece> pieces, java.util.function.Function<Piece, Optional<String>> of) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int p : group.pieces) {
      of.apply(pieces.get(p)).ifPresent(s -> counts.merge(s, 1, Integer::sum));
    }
    return counts.isEmpty()
        ? Optional.empty()
        : Optional.of(EntityListBuilder.mostFrequent(counts, (a, b) -> 0));
  }

  // ------------------------------------------------------------------ quotes

  private static List<StoryReport.Quote> quotes(
      List<AnalyzedArticle> articles,
      List<Group> groups,
      List<Piece> pieces,
      Map<Group, Optional<String>> speakerOf,
      Speakers speakers) {
    // A statement only one article quotes is reported with the rest of its quote that no other
    // article quotes either: "Nobody came. We heard helicopters." is one quote, not two.
    List<Group> reported = new ArrayList<>();
    Map<Integer, Group> unmatchedOfQuote = new LinkedHashMap<>();
    for (Group g : groups) {
      Piece first = pieces.get(g.pieces.get(0));
      if (g.articles.size() >= 2) {
        reported.add(g);
      } else if (first.rendering() == Rendering.DIRECT && first.speaker().isPresent()) {
        Group whole = unmatchedOfQuote.get(first.quote());
        if (whole == null) {
          unmatchedOfQuote.put(first.quote(), g);
          reported.add(g);
        } else {
          whole.pieces.addAll(g.pieces);
        }
      }
    }
    reported.sort(byReach(pieces));
    List<StoryReport.Quote> quotes = new ArrayList<>();
    for (Group g : reported) {
      List<String> ids = new ArrayList<>();
      List<Form> forms = new ArrayList<>();
      String text;
      if (g.articles.size() >= 2) {
        for (int p : g.pieces) {
          String id = articles.get(pieces.get(p).article()).article().id();
          ids.add(id);
          forms.add(new Form(id, pieces.get(p).text()));
        }
        text = central(g, pieces).text();
      } else {
        text = wholeText(articles, g, pieces);
        String id = articles.get(pieces.get(g.pieces.get(0)).article()).article().id();
        ids.add(id);
        forms.add(new Form(id, text));
      }
      quotes.add(new StoryReport.Quote(speakerName(g, pieces, speakerOf, speakers), text, ids, forms));
    }
    return quotes;
  }

  /**
   * The words of a quote's statements that only one article quotes, as the article writes them
   * from the first to the last; with "…" between them where a statement other articles quote
   * too lies in between (it is reported as a quote of its own).
   */
  private static String wholeText(List<AnalyzedArticle> articles, Group g, List<Piece> pieces) {
    List<Piece> own = g.pieces.stream().map(pieces::get).sorted(Comparator.comparing(Piece::span)).toList();
    Span whole = new Span(own.get(0).span().start(), own.get(own.size() - 1).span().end());
    boolean interrupted =
        pieces.stream()
            .anyMatch(
                p -> p.quote() == own.get(0).quote() && !own.contains(p) && whole.overlaps(p.span()));
    if (!interrupted) {
      return oneLine(articles.get(own.get(0).article()).text(whole));
    }
    return String.join(" … ", own.stream().map(Piece::text).toList());
  }

  private static Comparator<Group> byReach(List<Piece> pieces) {
    return Comparator.comparingInt((Group g) -> -g.articles.size())
        .thenComparingInt(g -> pieces.get(g.pieces.get(0)).article())
        .thenComparingInt(g -> pieces.get(g.pieces.get(0)).span().start());
  }

  private static String speakerName(
      Group g, List<Piece> pieces, Map<Group, Optional<String>> speakerOf, Speakers speakers) {
    Optional<String> identity = speakerOf.get(g);
    if (identity.isPresent()) {
      return speakers.name(identity.get());
    }
    Map<String, Integer> phrases = new LinkedHashMap<>();
    for (int p : g.pieces) {
      pieces.get(p).phrase().ifPresent(s -> phrases.merge(s, 1, Integer::sum));
    }
    return phrases.isEmpty()
        ? "unattributed"
        : EntityListBuilder.mostFrequent(phrases, Comparator.comparingInt(String::length));
  }

  /** The statement most similar to the group's others (ties: the first). */
  private static Piece central(Group g, List<Piece> pieces) {
    Piece best = pieces.get(g.pieces.get(0));
    double bestSum = -1;
    for (int p : g.pieces) {
      double sum = 0;
      for (int q : g.pieces) {
        if (q != p) {
          sum += similarity(pieces.get(p), pieces.get(q));
        }
      }
      if (sum > bestSum + 1e-9) {
        best = pieces.get(p);
        bestSum = sum;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ primary sources

  private List<PrimarySource> primarySources(
      List<AnalyzedArticle> articles,
      List<Group> groups,
      List<Piece> pieces,
      Map<Group, Optional<String>> speakerOf,
      Speakers speakers) {
    Map<String, Set<Integer>> quotedBy = new LinkedHashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    List<Group> inOrder = new ArrayList<>(groups);
    inOrder.sort(
        Comparator.comparingInt((Group g) -> pieces.get(g.pieces.get(0)).article())
            .thenComparingInt(g -> pieces.get(g.pieces.get(0)).span().start()));
    for (Group g : inOrder) {
      Optional<String> speaker = speakerOf.get(g);
      if (speaker.isEmpty()) {
        continue;
      }
      firstSeen.putIfAbsent(speaker.get(), firstSeen.size());
      quotedBy.computeIfAbsent(speaker.get(), s -> new TreeSet<>()).addAll(g.articles);
    }
    int needed = Math.max(2, (int) Math.ceil(config.primaryShare() * articles.size() - 1e-9));
    List<String> primary =
        quotedBy.entrySet().stream()
            .filter(e -> e.getValue().size() >= needed)
            .map(Map.Entry::getKey)
            .sorted(
                Comparator.comparingInt((String s) -> -quotedBy.get(s).size())
                    .thenComparingInt(firstSeen::get))
            .toList();
    List<PrimarySource> sources = new ArrayList<>();
    for (String speaker : primary) {
      List<String> ids =
          quotedBy.get(speaker).stream().map(a -> articles.get(a).article().id()).toList();
      sources.add(new PrimarySource(speakers.name(speaker), ids));
    }
    return sources;
  }

  // ------------------------------------------------------------------ variants

  /** One article's words for a statement, and how it gives them. */
  private record Rendered(int article, String text, String words, Rendering rendering) {}

  private record Candidate(Variant variant, int strength, int articles, int order) {}

  private List<Variant> variants(
      List<AnalyzedArticle> articles,
      List<List<Span>> clauses,
      List<List<Map<String, Double>>> clauseVectors,
      List<Group> groups,
      List<Piece> pieces,
      Map<Group, Optional<String>> speakerOf,
      Speakers speakers) {
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      if (g.articles.size() < 2) {
        continue;
      }
      List<Rendered> forms = new ArrayList<>();
      for (int p : g.pieces) {
        Piece piece = pieces.get(p);
        forms.add(new Rendered(piece.article(), piece.text(), piece.words(), piece.rendering()));
      }
      forms.addAll(renderings(articles, clauses, clauseVectors, g, pieces));
      forms.sort(Comparator.comparingInt(Rendered::article));
      if (forms.stream().map(Rendered::words).distinct().count() < 2) {
        continue; // the same words everywhere: no variant
      }
      String difference = wordingDifference(forms);
      int strength = 3;
      if (difference.isEmpty()) {
        strength = 2;
        difference = partial(forms) ? "quoted in full and in part" : "";
      }
      if (difference.isEmpty()) {
        strength = 1;
        difference = directAndParaphrased(forms) ? "quoted directly and paraphrased" : "";
      }
      if (difference.isEmpty()) {
        continue;
      }
      String about =
          speakerName(g, pieces, speakerOf, speakers)
              + "'s words \""
              + opening(central(g, pieces).text())
              + "\": "
              + difference;
      List<Form> variantForms =
          forms.stream()
              .map(f -> new Form(articles.get(f.article()).article().id(), f.text()))
              .toList();
      candidates.add(
          new Candidate(
              new Variant(about, variantForms),
              strength,
              forms.size(),
              pieces.get(g.pieces.get(0)).article() * 100_000
                  + pieces.get(g.pieces.get(0)).span().start()));
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.strength())
            .thenComparingInt(c -> -c.articles())
            .thenComparingInt(Candidate::order));
    return candidates.stream().limit(config.maxVariants()).map(Candidate::variant).toList();
  }

  /** Each article outside the group whose sentence is most like the group's statements. */
  private List<Rendered> renderings(
      List<AnalyzedArticle> articles,
      List<List<Span>> clauses,
      List<List<Map<String, Double>>> clauseVectors,
      Group g,
      List<Piece> pieces) {
    Map<String, Double> mean = new HashMap<>();
    for (int p : g.pieces) {
      pieces.get(p).vector().forEach((t, w) -> mean.merge(t, w, Double::sum));
    }
    double norm = Math.sqrt(mean.values().stream().mapToDouble(w -> w * w).sum());
    mean.replaceAll((t, w) -> w / norm);
    List<Rendered> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      if (g.articles.contains(a)) {
        continue;
      }
      AnalyzedArticle article = articles.get(a);
      Span best = null;
      double bestScore = config.renderingSimilarity();
      for (int c = 0; c < clauses.get(a).size(); c++) {
        double score = cosine(mean, clauseVectors.get(a).get(c));
        if (score >= bestScore) {
          best = clauses.get(a).get(c);
          bestScore = score;
        }
      }
      if (best != null) {
        String text = oneLine(article.text(trim(article.article().text(), best)));
        out.add(new Rendered(a, text, words(text), Rendering.UNATTRIBUTED));
      }
    }
    return out;
  }

  /**
   * The paraphrase groups the forms give in different words ("financial / material"), or empty.
   * Only groups that two forms or more name count: a word only one form has is a difference of
   * content or length, not of wording.
   */
  private String wordingDifference(List<Rendered> forms) {
    Map<String, Set<String>> wordsOfGroup = new LinkedHashMap<>();
    Map<String, Set<String>> firstWritten = new LinkedHashMap<>();
    for (Rendered form : forms) {
      for (Map.Entry<String, String> e : terms.paraphraseWords(form.text()).entrySet()) {
        if (config.reportingGroups().contains(e.getKey().substring(1))) {
          continue;
        }
        wordsOfGroup.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue());
        firstWritten.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
            .add(written(form.text(), e.getValue()));
      }
    }
    List<String> differences = new ArrayList<>();
    wordsOfGroup.forEach(
        (group, words) -> {
          if (words.size() >= 2) {
            differences.add(String.join(" / ", firstWritten.get(group)));
          }
        });
    return differences.isEmpty() ? "" : "worded " + String.join("; ", differences);
  }

  /**
   * The word of {@code text} that {@code stem} came from, as written; a phrase as it is; the stem
   * when no word starts with it.
   */
  private static String written(String text, String stem) {
    if (stem.contains(" ")) {
      return stem;
    }
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (word.group().toLowerCase(Locale.ROOT).startsWith(stem)) {
        return word.group();
      }
    }
    return stem;
  }

  /** Whether one form is, word for word, a shorter part of another. */
  private static boolean partial(List<Rendered> forms) {
    for (Rendered a : forms) {
      for (Rendered b : forms) {
        if (a != b && !a.words().equals(b.words()) && contained(a.words(), b.words())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some article quotes the statement directly and another gives it in its own words. */
  private static boolean directAndParaphrased(List<Rendered> forms) {
    for (Rendered direct : forms) {
      if (direct.rendering() != Rendering.DIRECT) {
        continue;
      }
      for (Rendered other : forms) {
        if (other.rendering() != Rendering.DIRECT
            && !contained(direct.words(), other.words())
            && !contained(other.words(), direct.words())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String opening(String text) {
    String[] words = text.split(" ");
    return words.length <= ABOUT_WORDS
        ? text
        : String.join(" ", java.util.Arrays.copyOf(words, ABOUT_WORDS)) + "…";
  }

  // ------------------------------------------------------------------ helpers

  /** Inverse clause frequency of the story's terms. */
  private record Idf(Map<String, Integer> df, int sentences) {

    static Idf of(List<List<Set<String>>> clauseTerms) {
      Map<String, Integer> df = new HashMap<>();
      int n = 0;
      for (List<Set<String>> ofArticle : clauseTerms) {
        for (Set<String> clause : ofArticle) {
          n++;
          clause.forEach(t -> df.merge(t, 1, Integer::sum));
        }
      }
      return new Idf(df, Math.max(n, 1));
    }

    /** The terms weighted by rarity, unit length. */
    Map<String, Double> vector(Set<String> termSet) {
      Map<String, Double> vector = new LinkedHashMap<>();
      double norm = 0;
      for (String term : termSet) {
        double weight = Math.log(1.0 + (double) sentences / Math.max(1, df.getOrDefault(term, 1)));
        vector.put(term, weight);
        norm += weight * weight;
      }
      double length = Math.sqrt(norm);
      if (length > 0) {
        vector.replaceAll((t, w) -> w / length);
      }
      return vector;
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Lower-case words, one space apart and a space at either end: what verbatim comparison
   * compares (" orderly resolution " is inside " this is an orderly resolution not a rescue ").
   */
  private static String words(String text) {
    StringBuilder out = new StringBuilder(" ");
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (word.find()) {
      out.append(word.group()).append(' ');
    }
    return out.toString();
  }

  private static int wordCount(String text) {
    int count = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      count++;
    }
    return count;
  }

}
