package org.storylens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.EntityMention;
import org.storylens.model.Published;
import org.storylens.model.Quantity;
import org.storylens.model.Sentence;
import org.storylens.model.TimeExpression;

/**
 * Turns an analysed article into {@link ArticleFeatures}: Lucene's {@link EnglishAnalyzer} terms
 * (standard tokens, English stop words removed, possessives dropped, Porter stems) with title terms
 * boosted, and the event anchors the analysis stage found: entity keys and which of them the
 * article is about, the years of the dates it states, and the quantities it counts. Thread-safe:
 * Lucene analyzers reuse token streams per thread.
 */
public final class ArticleFeaturizer implements AutoCloseable {

  /** How many leading sentences make the lead, where a news article names who and where. */
  static final int LEAD_SENTENCES = 2;

  /** A key mentioned this often is what the article is about wherever it first appears. */
  static final int SALIENT_MENTIONS = 3;

  /** What naming an entity in the title adds to its salience, against 1 per mention. */
  static final int TITLE_SALIENCE = 2;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final int titleBoost;

  public ArticleFeaturizer(int titleBoost) {
    if (titleBoost < 1) {
      throw new IllegalArgumentException("titleBoost must be at least 1: " + titleBoost);
    }
    this.titleBoost = titleBoost;
  }

  /** With the config's title boost. */
  public static ArticleFeaturizer standard(ClusteringConfig config) {
    return new ArticleFeaturizer(config.titleBoost());
  }

  public ArticleFeatures features(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Map<String, Integer> terms = new LinkedHashMap<>();
    Map<String, Integer> titleCounts = new LinkedHashMap<>();
    article.title().ifPresent(title -> count(title, 1, titleCounts));
    titleCounts.forEach((term, count) -> terms.put(term, count * titleBoost));
    count(article.text(), 1, terms);

    Set<String> entityKeys = new LinkedHashSet<>();
    int leadEnd = leadEnd(analyzed.sentences());
    String lowerTitle = article.title().map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
    Map<String, Integer> salience = new LinkedHashMap<>();
    Set<String> prominent = new LinkedHashSet<>();
    Set<String> titleKeys = new LinkedHashSet<>();
    for (EntityMention mention : analyzed.entities()) {
      List<String> keys = keysOf(mention.key());
      entityKeys.addAll(keys);
      boolean inTitle = namedIn(lowerTitle, mention.name());
      int weight = 1 + (inTitle ? TITLE_SALIENCE : 0) + (mention.span().start() < leadEnd ? 1 : 0);
      keys.forEach(key -> salience.merge(key, weight, Integer::sum));
      if (inTitle || mention.span().start() < leadEnd) {
        prominent.addAll(keys);
      }
      if (inTitle) {
        titleKeys.addAll(keys);
      }
    }
    List<String> salientKeys = new ArrayList<>();
    salience.forEach(
        (key, strength) -> {
          if (prominent.contains(key) || strength >= SALIENT_MENTIONS) {
            salientKeys.add(key);
          }
        });
    // Most salient first (a stable sort keeps first-mention order among equals).
    salientKeys.sort(Comparator.comparingInt((String key) -> salience.get(key)).reversed());
    Map<String, Integer> salient = new LinkedHashMap<>();
    salientKeys.forEach(key -> salient.put(key, salience.get(key)));

    Set<Integer> years = new LinkedHashSet<>();
    for (TimeExpression time : analyzed.times()) {
      if (!time.relative() && time.precision() != TimeExpression.Precision.DECADE) {
        years.add(time.start().getYear());
      }
    }
    Set<String> quantities = new LinkedHashSet<>();
    for (Quantity quantity : analyzed.quantities()) {
      if (!quantity.unit().isBlank()) {
        quantities.add(quantityKey(quantity));
      }
    }
    return new ArticleFeatures(
        article.id(),
        terms,
        titleCounts.keySet(),
        entityKeys,
        salient,
        titleKeys,
        years,
        quantities,
        article.published().map(Published::date),
        article.outlet().map(ArticleFeaturizer::lower),
        article.basedOn().map(ArticleFeaturizer::lower));
  }

  /**
   * The stemmed terms of a text, each with its count; what the TF-IDF baseline compares, with the
   * same tokens StoryLens uses.
   */
  public Map<String, Integer> terms(String text) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    count(text, 1, terms);
    return terms;
  }

  /**
   * A key and, for a multi-word key, its last word: the analysis stage unites "Vladimir Putin" and
   * "Putin" when both appear in one article, but another article may name only one of them.
   */
  private static List<String> keysOf(String key) {
    int space = key.lastIndexOf(' ');
    return space < 0 ? List.of(key) : List.of(key, key.substring(space + 1));
  }

  /** Where the lead ends: after the first sentences that are not headings. */
  private static int leadEnd(List<Sentence> sentences) {
    int seen = 0;
    for (Sentence sentence : sentences) {
      if (!sentence.heading() && ++seen == LEAD_SENTENCES) {
        return sentence.span().end();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).span().end();
  }

  /** Whether the title names the entity: its last word appears in the title as a word. */
  private static boolean namedIn(String lowerTitle, String name) {
    if (lowerTitle.isEmpty()) {
      return false;
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    String last = lowerName.substring(lowerName.lastIndexOf(' ') + 1);
    int at = lowerTitle.indexOf(last);
    while (at >= 0) {
      int end = at + last.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(lowerTitle.charAt(at - 1));
      boolean endsWord = end == lowerTitle.length() || !Character.isLetterOrDigit(lowerTitle.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
      at = lowerTitle.indexOf(last, at + 1);
    }
    return false;
  }

  private static String quantityKey(Quantity quantity) {
    double value = quantity.value();
    String number =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    return number + " " + quantity.unit().toLowerCase(Locale.ROOT);
  }

  private void count(String text, int weight, Map<String, Integer> terms) {
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.merge(term.toString(), weight, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory failed", e);
    }
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
