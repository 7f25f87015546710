package org.storylens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.Sentence;
import org.storylens.model.Span;
import org.storylens.model.StoryReport;
import org.storylens.model.StoryReport.FramingKind;
import org.storylens.model.StoryReport.FramingTerm;

/**
 * How each article of a story frames it: the words it chooses where the others choose differently.
 *
 * <ol>
 *   <li><b>Distinctive terms</b>: the log-odds ratio with an informative Dirichlet prior of Monroe,
 *       Colaresi and Quinn (2008, "Fightin' Words") of every word, and every run of two or three
 *       words, of the article against the rest of the story, the prior being the whole story's
 *       counts ({@link FramingConfig#priorShare()}); kept from a z-score of {@link
 *       FramingConfig#minZ()} and {@link FramingConfig#minCount()} uses up, a phrase hiding its
 *       own words. Only descriptive wording counts: nouns, verbs, adjectives and adverbs outside
 *       named entities, without numbers. A name or a number only one article gives is a unique
 *       fact, not framing. Articles are short, so this part speaks only for wording an article
 *       repeats; words used once are left to the lexicon.
 *   <li><b>Loaded terms</b> of {@link LoadedTermLexicon} ({@code loaded-terms.txt}), widened to
 *       the phrase they head ("separatists" → "Armenian separatists", "anti-terrorist" →
 *       "anti-terrorist operation", "cleansed" → "cleansed the region"), unless at least {@link
 *       FramingConfig#sharedShare()} of the other articles use the term too; and stance markers,
 *       where the article distances itself from a term: "what it described as "…"", "calling it
 *       "…"", "so-called …".
 *   <li><b>Name choices</b> ({@link NameChoiceFinder}): the article's name for a thing the other
 *       articles name differently.
 * </ol>
 *
 * <p>Distinctive and loaded terms are ranked strongest first (a loaded term of weight w ranks as
 * a z-score of 2·w·minZ), at most {@link FramingConfig#maxTerms()} of them, then the name
 * choices. Thread-safe: the tagger is, and everything else is immutable or per call.
 */
public final class LogOddsFramingAnalyzer {

  /**
   * Framing and name variants of one story.
   *
   * @param framing one entry per article, in the story's order, even when it has no terms
   * @param nameVariants the names written differently across the articles
   */
  public record FramingAnalysis(
      List<StoryReport.Framing> framing, List<StoryReport.Variant> nameVariants) {
    public FramingAnalysis {
      framing = List.copyOf(framing);
      nameVariants = List.copyOf(nameVariants);
    }
  }

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "VERB", "ADJ", "ADV");

  /** "what it described as "…"", "what he called "…"", "calling it "…"". */
  private static final Pattern STANCE_QUOTE =
      Pattern.compile(
          "(?i)\\b(?:(?:what|which)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
              + "(?:described|describes|called|calls|termed|terms|dubbed|dubs|labell?ed|branded"
              + "|characteri[sz]ed)(?:\\s+as)?"
              + "|(?:calling|describing|labell?ing|branding|dubbing|terming)"
              + "(?:\\s+[\\p{L}'’-]+){0,4}?(?:\\s+as)?)"
              + "\\s+(?:an?\\s+|the\\s+)?[\"“‘][^\"“”]{1,80}?[\"”’](?!\\p{L})");

  /** "so-called" and the words it puts in doubt, quoted or not. */
  private static final Pattern SO_CALLED =
      Pattern.compile(
          "(?i)\\bso-called\\s+(?:[\"“‘][^\"“”’]{1,60}[\"”’]|[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})");

  private static final double STANCE_WEIGHT = 0.8;

  private final PartOfSpeechTagger tagger;
  private final LoadedTermLexicon lexicon;
  private final NameChoiceFinder names;
  private final FramingConfig config;

  LogOddsFramingAnalyzer(
      PartOfSpeechTagger tagger,
      LoadedTermLexicon lexicon,
      NameChoiceFinder names,
      FramingConfig config) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.names = Objects.requireNonNull(names, "names");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The standard lexicon, tagging with {@code tagger}. */
  public static LogOddsFramingAnalyzer standard(PartOfSpeechTagger tagger, FramingConfig config) {
    return new LogOddsFramingAnalyzer(
        tagger, LoadedTermLexicon.standard(), new NameChoiceFinder(), config);
  }

  public FramingAnalysis analyze(List<AnalyzedArticle> articles) {
    List<Tagged> tagged = articles.stream().map(this::tag).toList();
    List<List<Candidate>> distinctive = distinctive(tagged);
    List<List<Candidate>> loaded = loaded(tagged);
    NameChoiceFinder.NameChoices choices = names.find(articles);
    List<StoryReport.Framing> framing = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Candidate> terms = new ArrayList<>(loaded.get(a));
      for (Candidate d : distinctive.get(a)) {
        if (terms.stream().noneMatch(t -> overlaps(t, d))) {
          terms.add(d);
        }
      }
      terms.sort(Comparator.comparingDouble((Candidate c) -> -c.rank).thenComparingInt(c -> c.at));
      List<FramingTerm> out = new ArrayList<>();
      for (Candidate c : terms.subList(0, Math.min(terms.size(), config.maxTerms()))) {
        out.add(new FramingTerm(c.text, c.sentence, c.kind, c.score));
      }
      for (FramingTerm name : choices.choices().get(a)) {
        if (out.stream().noneMatch(t -> t.term().equalsIgnoreCase(name.term()))) {
          out.add(name);
        }
      }
      framing.add(new StoryReport.Framing(articles.get(a).article().id(), out));
    }
    return new FramingAnalysis(framing, choices.variants());
  }

  // ---- distinctive terms: log-odds ratio with an informative Dirichlet prior ----

  private List<List<Candidate>> distinctive(List<Tagged> articles) {
    List<List<Candidate>> result = new ArrayList<>();
    articles.forEach(a -> result.add(new ArrayList<>()));
    if (articles.size() < 2) {
      return result;
    }
    List<Map<String, Integer>> counts = new ArrayList<>();
    List<Map<String, Candidate>> first = new ArrayList<>();
    Map<String, Integer> story = new HashMap<>();
    long total = 0;
    List<Long> sizes = new ArrayList<>();
    for (Tagged article : articles) {
      Map<String, Integer> count = new HashMap<>();
      Map<String, Candidate> seen = new LinkedHashMap<>();
      long size = 0;
      for (TaggedSentence s : article.sentences) {
        int n = s.lower.size();
        for (int i = 0; i < n; i++) {
          if (!s.content[i]) {
            continue;
          }
          size++;
          for (int len = 1; len <= 3 && i + len <= n && s.content[i + len - 1]; len++) {
            String term = String.join(" ", s.lower.subList(i, i + len));
            count.merge(term, 1, Integer::sum);
            story.merge(term, 1, Integer::sum);
            if (!seen.containsKey(term)) {
              seen.put(term, article.candidate(s, s.tokens.get(i).start(), s.tokens.get(i + len - 1).end()));
            }
          }
        }
      }
      counts.add(count);
      first.add(seen);
      sizes.add(size);
      total += size;
    }
    double alpha0 = config.priorShare() * total;
    for (int a = 0; a < articles.size(); a++) {
      long ni = sizes.get(a);
      long nj = total - ni;
      List<Candidate> kept = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.get(a).entrySet()) {
        int yi = e.getValue();
        int yw = story.get(e.getKey());
        int yj = yw - yi;
        if (yi < config.minCount() || nj == 0 || (double) yi / ni <= (double) yj / nj) {
          continue;
        }
        double z = zScore(yi, yj, ni, nj, alpha0 * yw / total, alpha0);
        if (z >= config.minZ()) {
          Candidate c = first.get(a).get(e.getKey());
          kept.add(c.scored(FramingKind.DISTINCTIVE, z, z));
        }
      }
      // a phrase hides its own words and shorter phrases
      List<Candidate> phrasesFirst = new ArrayList<>(kept);
      phrasesFirst.sort(Comparator.comparingInt((Candidate c) -> -c.text.length()));
      List<Candidate> out = new ArrayList<>();
      for (Candidate c : phrasesFirst) {
        String words = " " + c.text.toLowerCase(Locale.ROOT) + " ";
        if (out.stream()
            .noneMatch(o -> (" " + o.text.toLowerCase(Locale.ROOT) + " ").contains(words))) {
          out.add(c);
        }
      }
      result.set(a, out);
    }
    return result;
  }

  /** Monroe et al.'s z-score, as {@link LogOddsDistinctiveTerms#zScore} computes it for both. */
  static double zScore(double yi, double yj, double ni, double nj, double aw, double a0) {
    return LogOddsDistinctiveTerms.zScore(yi, yj, ni, nj, aw, a0);
  }

  // ---- loaded terms and stance markers ----

  private List<List<Candidate>> loaded(List<Tagged> articles) {
    List<List<Candidate>> found = new ArrayList<>();
    List<Set<String>> entriesUsed = new ArrayList<>();
    for (Tagged article : articles) {
      List<Candidate> candidates = new ArrayList<>();
      Set<String> used = new HashSet<>();
      for (TaggedSentence s : article.sentences) {
        for (LoadedTermLexicon.Match m : lexicon.find(s.lower)) {
          used.add(m.entry().text());
          int[] widened = widen(s, m.start(), m.end());
          Candidate c =
              article.candidate(
                  s, s.tokens.get(widened[0]).start(), s.tokens.get(widened[1] - 1).end());
          c.entry = m.entry().text();
          double w = m.entry().weight();
          candidates.add(c.scored(FramingKind.LOADED, w, 2 * w * config.minZ()));
        }
        String text = article.article.text(s.sentence.span());
        for (Pattern stance : List.of(STANCE_QUOTE, SO_CALLED)) {
          Matcher matcher = stance.matcher(text);
          while (matcher.find()) {
            int start = s.sentence.span().start() + matcher.start();
            int end = s.sentence.span().start() + matcher.end();
            Candidate c = article.candidate(s, start, end);
            candidates.add(
                c.scored(FramingKind.LOADED, STANCE_WEIGHT, 2 * STANCE_WEIGHT * config.minZ()));
          }
        }
      }
      found.add(candidates);
      entriesUsed.add(used);
    }
    List<List<Candidate>> result = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      int others = articles.size() - 1;
      List<Candidate> kept = new ArrayList<>();
      // longest first: a stance marker or a widened phrase hides the terms inside it
      List<Candidate> ordered = new ArrayList<>(found.get(a));
      ordered.sort(Comparator.comparingInt((Candidate c) -> -(c.end - c.start)));
      for (Candidate c : ordered) {
        if (c.entry != null && others > 0) {
          int sharing = 0;
          for (int o = 0; o < articles.size(); o++) {
            sharing += o != a && entriesUsed.get(o).contains(c.entry) ? 1 : 0;
          }
          if (sharing >= config.sharedShare() * others) {
            continue;
          }
        }
        // one report per wording: a term again in a later sentence is not repeated, but a shorter
        // term in another sentence ("fend for themselves" after "left to fend for themselves") is
        // another choice of words and stays
        boolean hidden =
            kept.stream().anyMatch(k -> overlaps(k, c) || k.text.equalsIgnoreCase(c.text));
        if (!hidden) {
          kept.add(c);
        }
      }
      result.add(kept);
    }
    return result;
  }

  /**
   * A loaded word widened to the phrase it heads: up to two modifiers before it (adjectives,
   * demonyms, "31-year"), and after it the nouns it modifies ("anti-terrorist operation") or, for
   * a verb, its object when it is a determiner and a noun ("cleansed the region").
   */
  private static int[] widen(TaggedSentence s, int start, int end) {
    int from = start;
    while (from > 0 && start - from < 2 && isModifier(s, from - 1)) {
      from--;
    }
    int to = end;
    String lastTag = s.tags.get(end - 1);
    if (lastTag.equals("ADJ") || lastTag.equals("NOUN")) {
      while (to < s.lower.size() && to - end < 2 && isPlainNoun(s, to)) {
        to++;
      }
    } else if (lastTag.equals("VERB")) {
      int k = end;
      if (k < s.lower.size() && s.tags.get(k).equals("DET")) {
        k++;
      }
      if (k < s.lower.size() && isPlainNoun(s, k)) {
        to = k + 1;
      }
    }
    return new int[] {from, to};
  }

  private static boolean isModifier(TaggedSentence s, int i) {
    String tag = s.tags.get(i);
    String word = s.lower.get(i);
    if (tag.equals("ADJ")) {
      return true;
    }
    // a demonym the tagger reads as a proper noun ("Armenian separatists")
    if (tag.equals("PROPN") && !s.inEntity[i] && word.matches("\\p{L}+(?:an|ian|ese|ish|i)")) {
      return true;
    }
    // "31-year occupation", "decades-long"
    return word.matches("\\d+-\\p{L}+|\\p{L}+-(?:long|old)");
  }

  private static boolean isPlainNoun(TaggedSentence s, int i) {
    return s.tags.get(i).equals("NOUN") && !s.inEntity[i] && s.lower.get(i).matches("\\p{L}[\\p{L}-]*");
  }

  private static boolean overlaps(Candidate a, Candidate b) {
    return a.start < b.end && b.start < a.end;
  }

  // ---- tagging ----

  private Tagged tag(AnalyzedArticle article) {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<Span> tokens = sentence.tokens();
      List<String> words = tokens.stream().map(article::text).toList();
      List<String> tags = tagger.tags(words);
      List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      boolean[] inEntity = new boolean[tokens.size()];
      boolean[] content = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        Span token = tokens.get(i);
        for (EntityMention mention : article.entities()) {
          if (mention.span().start() < token.end() && token.start() < mention.span().end()) {
            inEntity[i] = true;
            break;
          }
        }
        String word = lower.get(i);
        content[i] =
            CONTENT_TAGS.contains(tags.get(i))
                && !inEntity[i]
                && word.length() > 1
                && word.matches("\\p{L}[\\p{L}'’-]*")
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
      }
      sentences.add(new TaggedSentence(sentence, tokens, lower, tags, inEntity, content));
    }
    return new Tagged(article, sentences);
  }

  /** A text on one line. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private record Tagged(AnalyzedArticle article, List<TaggedSentence> sentences) {
    Candidate candidate(TaggedSentence s, int start, int end) {
      Candidate c = new Candidate();
      c.start = start;
      c.end = end;
      c.at = start;
      c.text = oneLine(article.article().text().substring(start, end));
      c.sentence = oneLine(article.text(s.sentence.span()));
      return c;
    }
  }

  private record TaggedSentence(
      Sentence sentence,
      List<Span> tokens,
      List<String> lower,
      List<String> tags,
      boolean[] inEntity,
      boolean[] content) {}

  /** A term found in one article, before ranking. */
  private static final class Candidate {
    int start;
    int end;
    int at;
    String text;
    String sentence;
    String entry;
    FramingKind kind;
    double score;
    double rank;

    Candidate scored(FramingKind kind, double score, double rank) {
      this.kind = kind;
      this.score = score;
      this.rank = rank;
      return this;
    }
  }
}
