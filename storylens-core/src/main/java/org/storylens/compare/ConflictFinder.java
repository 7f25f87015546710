package org.storylens.compare;

import java.time.LocalDateTime;
import java.time.LocalTime;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Quantity;
import org.storylens.model.Span;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;
import org.storylens.model.StoryReport.ConflictKind;
import org.storylens.model.TimeExpression;

/**
 * Finds where a story's articles give different values for one thing.
 *
 * <p><b>Numbers.</b> Every number with what it counts ({@link Quantity}) is a mention, described by
 * the words around it in its claim (a few words either side: "killing at least 41 people" and "41
 * people were injured" share a number but not a slot). Mentions of different articles whose units
 * agree (or one of which counts people, or has no unit) and whose surrounding words are similar
 * (cosine of their terms, weighted by rarity among the story's claims) are put in one slot, from
 * the most similar pair down, by average linkage; a slot never holds two different values of one
 * article, since an article that states "magnitude 6.8" and "magnitude 5.4" is speaking of two
 * things (the quake and its aftershock), nor numbers of claims about different years (a past
 * quake's magnitude beside this one's). A slot with two or more values is a conflict.
 *
 * <p><b>Dates.</b> Within one aligned fact, the claims that each name one day and name different
 * days conflict ("took control late on Thursday, March 13" against "seized on Friday").
 *
 * <p><b>Updates.</b> A count of people (or of what has no unit) whose values only grow with the
 * articles' publication times (a toll of 41 in the morning, 112 in the afternoon, 126 at night) is
 * labelled an update, not a contradiction: it says when each article was written, not that one is
 * wrong. Measures (a magnitude, an amount of money, a distance) are never updates.
 *
 * <p>Thread-safe.
 */
final class ConflictFinder {

  /** Characters either side of a number whose words may describe it. */
  private static final int WINDOW = 200;

  /** See {@link #eraAgreement}. */
  private static final double ONE_ERA_UNKNOWN = 0.6;

  /** A verb of change or state right before a number: its subject is what the number counts. */
  private static final Pattern CHANGE_TO =
      Pattern.compile(
          "\\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|reached|reaches|hit|fell"
              + "|dropped|declined|stood|stands|totall?ed|was|were|is|are|now)\\s+(?:(?:to|at|of"
              + "|by|from|about|around|nearly|almost|some|roughly|at least|more than|over)\\s+)*$",
          Pattern.CASE_INSENSITIVE);

  /** How much the words next to a number count after a verb of change (see {@link #CHANGE_TO}). */
  private static final double CHANGE_NEAR = 0.4;

  /** How much the first words of a number's clause count, against the words next to it. */
  private static final double SUBJECT = 0.8;

  /** Content words either side of a number whose words describe it. */
  private static final int PHRASE_WORDS = 8;

  /**
   * The most two values of one slot may differ by, as a factor: reports of one count or measure
   * disagree within an order of magnitude; "3.1 billion crowns" of deposits and "210 million" of
   * losses are two things.
   */
  private static final double MAX_RATIO = 10;

  /** A word of text. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  /** What ends a number's phrase. */
  private static final Pattern BOUNDARY = Pattern.compile("[,;:.!?()]\\s|\\band\\b|\\bbut\\b|\\bwhile\\b");

  /** What ends a number's phrase on its left. */
  private static final Pattern LEFT_BOUNDARY = Pattern.compile("[;:.!?()]\\s|\\band\\b|\\bbut\\b|\\bwhile\\b");

  /** The most numbers one story's slots are built from. */
  private static final int MAX_MENTIONS = 400;

  /** See {@link #similarity}. */
  private static final double UNIT_HEAD_START = 0.25;

  /**
   * Units of duration: "44 days of clashes" and "in one day" are seldom one thing told twice, and
   * a story's durations are mostly different spans.
   */
  private static final Set<String> DURATIONS =
      Set.of("second", "minut", "hour", "dai", "day", "week", "month", "year", "decad", "centuri");

  /** How much the rest of the claim's words count against the words around the number. */
  private static final double CLAIM_WEIGHT = 0.3;

  /** Stems (and paraphrase groups) of units that count people. */
  private static final Set<String> PERSON_UNITS =
      Set.of(
          "peopl", "person", "resid", "civilian", "~victim", "~death", "~injure", "~soldier",
          "~family", "passeng", "worker", "custom", "student", "child", "children", "patient",
          "survivor", "migrant", "refuge", "pilgrim", "minor", "inhabit", "citizen", "tourist");

  /**
   * Words near a number that do not say what it counts: verbs that give a number to their
   * subject (in "the death toll rose to 112" the number is the toll's), and times of day the time
   * tagger leaves untagged ("before dawn", "by the evening").
   */
  private static final List<String> TRANSPARENT_VERBS =
      List.of(
          "rose", "risen", "rising", "climbed", "reached", "stood", "stands", "totalled", "totaled",
          "jumped", "grew", "increased", "fell", "dropped", "declined", "reaches", "now", "dawn",
          "dusk", "morning", "afternoon", "evening", "night", "overnight", "midnight", "noon",
          "today", "yesterday", "tonight", "earlier", "later");

  private final ClaimTerms terms;
  private final ComparisonConfig config;
  private final Set<String> transparent;
  private final EventKinds kinds = new EventKinds();
  private final TitleConflicts titles = new TitleConflicts();

  ConflictFinder(ClaimTerms terms, ComparisonConfig config) {
    this.terms = Objects.requireNonNull(terms, "terms");
    this.config = Objects.requireNonNull(config, "config");
    Set<String> verbs = new java.util.HashSet<>();
    TRANSPARENT_VERBS.forEach(v -> verbs.addAll(terms.words(v)));
    this.transparent = Set.copyOf(verbs);
  }

  /** The story's conflicts: numbers first, then dates, each most widely involved first. */
  List<Conflict> conflicts(StoryClaims story, List<FactAligner.AlignedFact> facts) {
    List<Conflict> conflicts = new ArrayList<>(numbers(story));
    conflicts.addAll(dates(story, facts));
    conflicts.addAll(kinds.conflicts(story, facts));
    conflicts.addAll(named(story, facts, org.storylens.model.EntityType.PLACE, "the place"));
    conflicts.addAll(named(story, facts, org.storylens.model.EntityType.PERSON, "the person"));
    conflicts.addAll(titles.conflicts(story.articles()));
    return conflicts;
  }

  /** A number in a claim, with the words around it. */
  private record Mention(
      int article,
      Claim claim,
      Quantity quantity,
      String value,
      String unit,
      Map<String, Double> words,
      Set<String> around,
      Set<Integer> era) {}

  private List<Conflict> numbers(StoryClaims story) {
    List<Mention> mentions = new ArrayList<>(mentions(story));
    if (mentions.size() > MAX_MENTIONS) {
      // Slots are merged in time cubic in the mentions; a very wide story keeps the numbers of
      // its articles' leads and earlier paragraphs, where the figures that matter are given.
      mentions.sort(Comparator.comparingDouble((Mention m) -> m.claim().position()));
      mentions.subList(MAX_MENTIONS, mentions.size()).clear();
    }
    int n = mentions.size();
    double[][] similar = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        Mention x = mentions.get(a);
        Mention y = mentions.get(b);
        if (x.article() != y.article() && compatible(x.unit(), y.unit())) {
          similar[a][b] = similar[b][a] = similarity(x, y) * eraAgreement(x.era(), y.era());
        }
      }
    }
    List<List<Integer>> slots = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      slots.add(new ArrayList<>(List.of(m)));
    }
    // First the numbers several articles agree on: they settle what a slot is about before a
    // differing number is placed beside them. Then slots merge best pair first, by average
    // similarity, so a differing number joins the slot it is most like as a whole, not the first
    // single mention it resembles.
    mergeSlots(slots, similar, mentions, true);
    mergeSlots(slots, similar, mentions, false);
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Integer> slot : slots) {
      // one mention per article: its first
      Map<Integer, Mention> byArticle = new LinkedHashMap<>();
      slot.stream().sorted().forEach(m -> byArticle.putIfAbsent(mentions.get(m).article(), mentions.get(m)));
      Set<Double> values = new LinkedHashSet<>();
      byArticle.values().forEach(m -> values.add(m.quantity().value()));
      if (byArticle.size() < 2 || values.size() < 2) {
        continue;
      }
      List<Mention> ordered = new ArrayList<>(byArticle.values());
      ordered.sort(Comparator.comparing((Mention m) -> published(story, m.article())));
      boolean counts =
          ordered.stream().allMatch(m -> m.unit().isEmpty() || PERSON_UNITS.contains(m.unit()));
      ConflictKind kind =
          counts && rises(story, ordered) ? ConflictKind.UPDATE : ConflictKind.CONTRADICTION;
      List<ConflictClaim> claims = new ArrayList<>();
      for (Mention m : ordered) {
        claims.add(new ConflictClaim(story.articles().get(m.article()).article().id(), m.value(), m.claim().text()));
      }
      conflicts.add(new Conflict(about(ordered), kind, claims));
    }
    conflicts.sort(Comparator.comparingInt((Conflict c) -> -c.claims().size()));
    return conflicts;
  }

  /**
   * Average-linkage merging of slots, best pair first, while the best average similarity reaches
   * the threshold; with {@code agreeing}, only slots whose mentions all have one value.
   */
  private void mergeSlots(
      List<List<Integer>> slots, double[][] similar, List<Mention> mentions, boolean agreeing) {
    while (true) {
      double best = config.slotSimilarity();
      int bestLeft = -1;
      int bestRight = -1;
      for (int i = 0; i < slots.size(); i++) {
        for (int j = i + 1; j < slots.size(); j++) {
          List<Integer> left = slots.get(i);
          List<Integer> right = slots.get(j);
          if (agreeing && value(left, mentions) != value(right, mentions)) {
            continue;
          }
          double sum = 0;
          boolean linked = true;
          for (int x : left) {
            for (int y : right) {
              linked &= similar[x][y] > 0 || mentions.get(x).article() != mentions.get(y).article();
              sum += similar[x][y];
            }
          }
          double average = sum / ((double) left.size() * right.size());
          if (average >= best && linked && !clash(left, right, mentions)) {
            best = average;
            bestLeft = i;
            bestRight = j;
          }
        }
      }
      if (bestLeft < 0) {
        return;
      }
      slots.get(bestLeft).addAll(slots.remove(bestRight));
    }
  }

  /** The value of a slot whose mentions agree; NaN when they do not. */
  private static double value(List<Integer> slot, List<Mention> mentions) {
    double value = mentions.get(slot.get(0)).quantity().value();
    for (int m : slot) {
      if (mentions.get(m).quantity().value() != value) {
        return Double.NaN;
      }
    }
    return value;
  }

  private List<Mention> mentions(StoryClaims story) {
    List<Mention> mentions = new ArrayList<>();
    for (Claim claim : story.claims()) {
      AnalyzedArticle analyzed = story.articles().get(claim.articleIndex());
      String text = analyzed.article().text();
      List<Quantity> inside = new ArrayList<>();
      for (Quantity quantity : analyzed.quantities()) {
        // a number that is part of a date ("February 2024") is the date's, not a count
        boolean dated =
            analyzed.times().stream().anyMatch(t -> t.span().overlaps(quantity.span()));
        if (claim.span().contains(quantity.span()) && !dated) {
          inside.add(quantity);
        }
      }
      for (Quantity quantity : inside) {
        // "at least 41" and "at least 41 people" are one number: keep the one that says what
        boolean covered =
            inside.stream()
                .anyMatch(
                    other ->
                        other != quantity
                            && other.span().contains(quantity.span())
                            && !other.span().equals(quantity.span()));
        if (covered) {
          continue;
        }
        // the words either side, up to the next number (whose words they are)
        int from = Math.max(claim.span().start(), quantity.span().start() - WINDOW);
        int to = Math.min(claim.span().end(), quantity.span().end() + WINDOW);
        for (Quantity other : inside) {
          if (other.span().end() <= quantity.span().start()) {
            from = Math.max(from, other.span().end());
          } else if (other.span().start() >= quantity.span().end()) {
            to = Math.min(to, other.span().start());
          }
        }
        // and within the number's own phrase: "assets of 4.2 billion crowns and deposits of 3.1
        // billion" gives "deposits" to the second number only
        String before = text.substring(from, quantity.span().start());
        String after = text.substring(quantity.span().end(), to);
        int phraseStart = from + lastBoundary(before);
        int phraseEnd = quantity.span().end() + firstBoundary(after);
        String around =
            text.substring(phraseStart, quantity.span().start())
                + " "
                + text.substring(quantity.span().end(), phraseEnd);
        Map<String, Double> words = new HashMap<>();
        // what the number counts, as its own unit says ("500 injured"), weighs most
        for (String term : terms.words(quantity.unit())) {
          words.merge(term, weightOf(story, term), Math::max);
        }
        // the nearer a content word, the more it says what the number counts ("killing at least
        // 41 people"); and so do the first words of its clause, its subject ("the death toll
        // from the quake that devastated the province ... rose to 112"). Names and times are
        // left out: they say where and when, and two outlets' different sources ("the national
        // institute", "the international centre") are what a conflict sets side by side.
        List<List<String>> left = descriptors(analyzed, phraseStart, quantity.span().start());
        int content = (int) left.stream().filter(t -> !t.isEmpty()).count();
        // "X rose to N", "X stood at N": the number is the subject's, whatever lies between
        boolean subjects =
            CHANGE_TO
                .matcher(text.substring(phraseStart, quantity.span().start()))
                .find();
        for (int w = left.size() - 1, d = 1; w >= 0; w--) {
          List<String> found = left.get(w);
          if (found.isEmpty()) {
            continue;
          }
          int fromStart = content - d + 1;
          double close = d <= PHRASE_WORDS ? near(d) : 0;
          double weight =
              subjects
                  ? Math.max(close * CHANGE_NEAR, near(fromStart))
                  : Math.max(close, SUBJECT * near(fromStart));
          for (String term : found) {
            words.merge(term, weightOf(story, term) * weight, Math::max);
          }
          d++;
        }
        List<List<String>> right = descriptors(analyzed, quantity.span().end(), phraseEnd);
        for (int w = 0, d = 1; w < right.size() && d <= PHRASE_WORDS; w++) {
          List<String> found = right.get(w);
          for (String term : found) {
            words.merge(term, weightOf(story, term) * near(d), Math::max);
          }
          d += found.isEmpty() ? 0 : 1;
        }
        words.values().removeIf(w -> w <= 0);
        // the rest of the claim counts too, less
        for (String term : terms.words(claim.text())) {
          double weight = weightOf(story, term) * CLAIM_WEIGHT;
          if (weight > 0) {
            words.putIfAbsent(term, weight);
          }
        }
        double norm = 0;
        for (double w : words.values()) {
          norm += w * w;
        }
        if (norm == 0) {
          continue;
        }
        double length = Math.sqrt(norm);
        words.replaceAll((t, w) -> w / length);
        String unit = unitKey(quantity.unit());
        String written = quantity.span().of(text).strip();
        boolean yearLike =
            written.matches("\\d{4}") && quantity.value() >= 1800 && quantity.value() <= 2100;
        if (DURATIONS.contains(unit) || yearLike) {
          continue;
        }
        mentions.add(
            new Mention(
                claim.articleIndex(), claim, quantity, quantity.span().of(text).strip(), unit, words,
                new LinkedHashSet<>(terms.words(around)), era(analyzed, claim)));
      }
    }
    return mentions;
  }

  /**
   * The terms of each word between two offsets of an article's text, in order; a word inside a
   * name or a time expression has none.
   */
  private List<List<String>> descriptors(AnalyzedArticle analyzed, int start, int end) {
    String text = analyzed.article().text();
    // the names and times within the phrase, found once rather than for every word
    Span phrase = new Span(start, end);
    List<Span> named = new ArrayList<>();
    analyzed.entities().stream().map(e -> e.span()).filter(phrase::overlaps).forEach(named::add);
    analyzed.times().stream().map(t -> t.span()).filter(phrase::overlaps).forEach(named::add);
    List<List<String>> out = new ArrayList<>();
    Matcher word = WORD.matcher(text).region(start, end);
    while (word.find()) {
      Span span = new Span(word.start(), word.end());
      boolean inName = named.stream().anyMatch(n -> n.overlaps(span));
      out.add(
          inName
              ? List.of()
              : terms.words(word.group()).stream().filter(t -> !transparent.contains(t)).toList());
    }
    return out;
  }

  /**
   * How much a word says of a number wherever it stands: the square root of its inverse frequency
   * among the story's claims. Damped, since the word that names what is counted ("killed",
   * "toll") is often common in a story about it, and where a word stands says more.
   */
  private static double weightOf(StoryClaims story, String term) {
    return Math.sqrt(story.vectors().idf(term));
  }

  /** How much a content word {@code distance} words from a number says about it. */
  private static double near(int distance) {
    return 1.0 / (1.0 + (distance - 1) / 3.0);
  }

  /** Where a phrase ends after a number: a comma, semicolon, full stop or "and". */
  private static int firstBoundary(String after) {
    Matcher m = BOUNDARY.matcher(after);
    return m.find() ? m.start() : after.length();
  }

  /**
   * Where the number's phrase starts: after the last boundary before it, a comma excepted
   * ("deposits, which it put at 3.8 billion").
   */
  private static int lastBoundary(String before) {
    Matcher m = LEFT_BOUNDARY.matcher(before);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    return end;
  }

  private String unitKey(String unit) {
    List<String> words = terms.words(unit.toLowerCase(Locale.ROOT));
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /**
   * The years a claim speaks of other than its article's own: "the last major earthquake, a
   * magnitude 6.5 tremor in 1976" is about 1976, and its numbers are not this year's.
   */
  private static Set<Integer> era(AnalyzedArticle analyzed, Claim claim) {
    Optional<Integer> year = analyzed.article().published().map(p -> p.date().getYear());
    Set<Integer> years = new LinkedHashSet<>();
    for (TimeExpression time : analyzed.times()) {
      if (claim.span().contains(time.span())) {
        int y = time.start().getYear();
        if (year.isEmpty() || y != year.get()) {
          years.add(y);
        }
      }
    }
    return years;
  }

  /**
   * Whether two numbers speak of one time: numbers of claims about different years are not
   * compared (a past quake's magnitude beside this one's); a claim that names another year beside
   * one that names none is less likely about the same thing, since either may be background.
   */
  private static double eraAgreement(Set<Integer> a, Set<Integer> b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return ONE_ERA_UNKNOWN;
    }
    return 0;
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b)
        || a.isEmpty()
        || b.isEmpty()
        || (PERSON_UNITS.contains(a) && PERSON_UNITS.contains(b));
  }

  /**
   * Whether merging two slots would put two values of one article in one slot, or values too far
   * apart to be reports of one thing.
   */
  private static boolean clash(List<Integer> left, List<Integer> right, List<Mention> mentions) {
    for (int x : left) {
      for (int y : right) {
        Mention a = mentions.get(x);
        Mention b = mentions.get(y);
        if (a.article() == b.article() && a.quantity().value() != b.quantity().value()) {
          return true;
        }
        double low = Math.min(Math.abs(a.quantity().value()), Math.abs(b.quantity().value()));
        double high = Math.max(Math.abs(a.quantity().value()), Math.abs(b.quantity().value()));
        if (high > low * MAX_RATIO) {
          return true;
        }
      }
    }
    return false;
  }

  /** Values that never fall and rise at least once, from articles published at different times. */
  private static boolean rises(StoryClaims story, List<Mention> ordered) {
    boolean rose = false;
    for (int i = 1; i < ordered.size(); i++) {
      Mention earlier = ordered.get(i - 1);
      Mention later = ordered.get(i);
      Optional<LocalDateTime> t0 = publishedTime(story, earlier.article());
      Optional<LocalDateTime> t1 = publishedTime(story, later.article());
      if (t0.isEmpty() || t1.isEmpty()) {
        return false;
      }
      double v0 = earlier.quantity().value();
      double v1 = later.quantity().value();
      if (v1 < v0) {
        return false;
      }
      if (v1 > v0) {
        if (!t1.get().isAfter(t0.get())) {
          return false;
        }
        rose = true;
      }
    }
    return rose;
  }

  private static LocalDateTime published(StoryClaims story, int article) {
    return publishedTime(story, article).orElse(LocalDateTime.MAX);
  }

  private static Optional<LocalDateTime> publishedTime(StoryClaims story, int article) {
    return story.articles().get(article).article().published()
        .map(p -> p.date().atTime(p.time().orElse(LocalTime.MIDNIGHT)));
  }

  /** What the values are of: the unit, and the word next to them that weighs most in all. */
  private static String about(List<Mention> mentions) {
    Map<String, Double> shared = new HashMap<>();
    for (Mention m : mentions) {
      m.words().forEach(
          (term, weight) -> {
            if (m.around().contains(term)) {
              shared.merge(term, weight, Double::sum);
            }
          });
    }
    String word =
        shared.entrySet().stream()
            .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getKey().startsWith("~") ? e.getKey().substring(1) : e.getKey())
            .orElse("");
    String unit = mentions.stream().map(m -> m.quantity().unit()).filter(u -> !u.isBlank()).findFirst().orElse("");
    if (unit.isEmpty()) {
      return "the number (" + word + ")";
    }
    return word.isEmpty() || word.equals(unit) ? unit : unit + " (" + word + ")";
  }

  /**
   * How likely two numbers count the same thing: the similarity of the words around them, and, when
   * both name the same specific unit ("magnitude", "crown", "percent"), a head start: a story
   * rarely has two magnitudes of one quake, while "people" may be killed, injured or evacuated.
   */
  private static double similarity(Mention x, Mention y) {
    double words = cosine(x.words(), y.words());
    boolean specific =
        x.unit().equals(y.unit()) && !x.unit().isEmpty() && !PERSON_UNITS.contains(x.unit());
    return specific ? UNIT_HEAD_START + (1 - UNIT_HEAD_START) * words : words;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }

  /**
   * Claims of one fact that each name one place (or person) of their own, and name different
   * ones: "the blast hit Kramatorsk" against "the blast hit Sloviansk"; "X was named chief
   * executive" against "Y was named chief executive". Names every claim of the fact gives are left
   * aside (the region or the protagonist the story is about), and so are claims naming none or
   * several.
   */
  private static List<Conflict> named(
      StoryClaims story,
      List<FactAligner.AlignedFact> facts,
      org.storylens.model.EntityType type,
      String about) {
    List<Conflict> conflicts = new ArrayList<>();
    for (FactAligner.AlignedFact fact : facts) {
      if (fact.claims().size() < 2) {
        continue;
      }
      List<Map<String, String>> named = new ArrayList<>();
      Map<String, Integer> claimsNaming = new HashMap<>();
      for (Claim claim : fact.claims()) {
        AnalyzedArticle analyzed = story.articles().get(claim.articleIndex());
        Map<String, String> places = new LinkedHashMap<>();
        for (var mention : analyzed.entities()) {
          if (mention.type() == type
              && claim.span().contains(mention.span())) {
            places.putIfAbsent(mention.key(), mention.span().of(analyzed.article().text()).strip());
          }
        }
        named.add(places);
        places.keySet().forEach(k -> claimsNaming.merge(k, 1, Integer::sum));
      }
      List<ConflictClaim> claims = new ArrayList<>();
      Set<String> distinct = new LinkedHashSet<>();
      for (int c = 0; c < fact.claims().size(); c++) {
        Map<String, String> own = new LinkedHashMap<>(named.get(c));
        own.keySet().removeIf(k -> claimsNaming.get(k) == fact.claims().size());
        if (own.size() != 1) {
          continue;
        }
        Map.Entry<String, String> place = own.entrySet().iterator().next();
        distinct.add(place.getKey());
        Claim claim = fact.claims().get(c);
        claims.add(
            new ConflictClaim(
                story.articles().get(claim.articleIndex()).article().id(),
                place.getValue(),
                claim.text()));
      }
      if (distinct.size() >= 2 && claims.size() == fact.claims().size()) {
        conflicts.add(new Conflict(about, ConflictKind.CONTRADICTION, claims));
      }
    }
    return conflicts;
  }

  /** Claims of one fact that each name one day, and name different days. */
  private static List<Conflict> dates(StoryClaims story, List<FactAligner.AlignedFact> facts) {
    List<Conflict> conflicts = new ArrayList<>();
    for (FactAligner.AlignedFact fact : facts) {
      if (fact.claims().size() < 2) {
        continue;
      }
      List<ConflictClaim> claims = new ArrayList<>();
      Set<String> days = new LinkedHashSet<>();
      for (Claim claim : fact.claims()) {
        AnalyzedArticle analyzed = story.articles().get(claim.articleIndex());
        List<TimeExpression> named = new ArrayList<>();
        for (TimeExpression time : analyzed.times()) {
          if (claim.span().contains(time.span())
              && time.precision() == TimeExpression.Precision.DAY) {
            named.add(time);
          }
        }
        if (named.size() != 1) {
          continue;
        }
        TimeExpression day = named.get(0);
        days.add(day.start().toString());
        Span span = day.span();
        claims.add(
            new ConflictClaim(
                analyzed.article().id(),
                span.of(analyzed.article().text()).strip() + " (" + day.start() + ")",
                claim.text()));
      }
      if (days.size() >= 2 && claims.size() >= 2) {
        conflicts.add(new Conflict("the date", ConflictKind.CONTRADICTION, claims));
      }
    }
    return conflicts;
  }
}
