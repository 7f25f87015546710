package org.storylens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * Turns an article into {@link ArticleFeatures}: Lucene's {@link EnglishAnalyzer} terms (standard
 * tokens, English stop words removed, possessives dropped, Porter stems), title terms boosted, and
 * entity keys from an {@link EntityKeySource}. Thread-safe: Lucene analyzers reuse token streams
 * per thread.
 */
public final class ArticleFeaturizer implements AutoCloseable {

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final EntityKeySource entities;
  private final int titleBoost;

  public ArticleFeaturizer(EntityKeySource entities, int titleBoost) {
    this.entities = Objects.requireNonNull(entities, "entities");
    if (titleBoost < 1) {
      throw new IllegalArgumentException("titleBoost must be at least 1: " + titleBoost);
    }
    this.titleBoost = titleBoost;
  }

  /** With capitalised-name keys and the config's title boost. */
  public static ArticleFeaturizer standard(ClusteringConfig config) {
    return new ArticleFeaturizer(new CapitalizedNameKeys(), config.titleBoost());
  }

  public ArticleFeatures features(Article article) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    article.title().ifPresent(title -> count(title, titleBoost, terms));
    count(article.text(), 1, terms);
    return new ArticleFeatures(
        article.id(),
        terms,
        entities.keys(article),
        article.published().map(Published::date),
        article.outlet().map(ArticleFeaturizer::lower),
        article.basedOn().map(ArticleFeaturizer::lower));
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
