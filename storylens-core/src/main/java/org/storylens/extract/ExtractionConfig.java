package org.storylens.extract;

/**
 * How extraction decides there is an article.
 *
 * @param minArticleWords a page whose clean text has fewer words is skipped as "no article text"
 *     (a 404 page, a section front, a cookie wall); structured JSONL articles are taken as they are
 */
public record ExtractionConfig(int minArticleWords) {
  public static final int DEFAULT_MIN_ARTICLE_WORDS = 15;

  public ExtractionConfig {
    if (minArticleWords < 0) {
      throw new IllegalArgumentException("minArticleWords must not be negative");
    }
  }

  public static ExtractionConfig defaults() {
    return new ExtractionConfig(DEFAULT_MIN_ARTICLE_WORDS);
  }
}
