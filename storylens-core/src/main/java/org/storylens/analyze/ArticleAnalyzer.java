package org.storylens.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.EntityMention;
import org.storylens.model.Published;
import org.storylens.model.Sentence;

/**
 * Stage 3: {@link Article} → {@link AnalyzedArticle}, each part given exactly what it needs, in the
 * only order that compiles: sentences first, then what reads sentences, then quotes, which read
 * entities. Thread-safe when its parts are (the standard ones are).
 */
public final class ArticleAnalyzer {

  private final SentenceSplitter sentences;
  private final EntityRecognizer entities;
  private final TimeExpressionTagger times;
  private final QuantityExtractor quantities;
  private final QuoteExtractor quotes;

  public ArticleAnalyzer(
      SentenceSplitter sentences,
      EntityRecognizer entities,
      TimeExpressionTagger times,
      QuantityExtractor quantities,
      QuoteExtractor quotes) {
    this.sentences = Objects.requireNonNull(sentences, "sentences");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.times = Objects.requireNonNull(times, "times");
    this.quantities = Objects.requireNonNull(quantities, "quantities");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /** The standard parts with their default configurations. */
  public static ArticleAnalyzer standard() {
    return standard(PartOfSpeechTagger.english());
  }

  /** The standard parts, tagging with {@code tagger} (shared with other stages that tag). */
  public static ArticleAnalyzer standard(PartOfSpeechTagger tagger) {
    return new ArticleAnalyzer(
        new RuleBasedSentenceSplitter(),
        new PatternEntityRecognizer(EntityRecognitionConfig.defaults(), tagger),
        new NewsTimeExpressionTagger(),
        new PatternQuantityExtractor(),
        new AttributionQuoteExtractor());
  }

  public AnalyzedArticle analyze(Article article) {
    String text = article.text();
    List<Sentence> split = sentences.split(text);
    List<EntityMention> names = entities.find(text, split);
    Optional<LocalDate> reference = article.published().map(Published::date);
    return new AnalyzedArticle(
        article,
        split,
        names,
        times.find(text, split, reference),
        quantities.find(text, split),
        quotes.find(text, split, names));
  }
}
