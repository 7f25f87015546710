/**
 * Stage 3, analysis: {@link org.storylens.model.Article} → {@link
 * org.storylens.model.AnalyzedArticle}. Each article is analysed once; every result is a span into
 * its text.
 *
 * <p>Extension points, each a small interface that takes exactly what it needs: {@link
 * org.storylens.analyze.SentenceSplitter} (sentences and tokens), {@link
 * org.storylens.analyze.EntityRecognizer} (names with canonical keys), {@link
 * org.storylens.analyze.TimeExpressionTagger} (dates normalised against the article's date), {@link
 * org.storylens.analyze.QuantityExtractor} (numbers with what they count) and {@link
 * org.storylens.analyze.QuoteExtractor} (speech with its speaker).
 *
 * <p>Entities and quotes: {@link org.storylens.analyze.PatternEntityRecognizer} finds names by
 * capitalisation, word lists (resources beside the classes) and the OpenNLP part-of-speech model,
 * keyed by {@link org.storylens.analyze.PhoneticNameKey}, a transliteration-blind normal form, so
 * keys agree across articles; {@link org.storylens.analyze.AttributionQuoteExtractor} finds direct
 * and reported speech by its attribution. Settings: {@link
 * org.storylens.analyze.EntityRecognitionConfig}, {@link
 * org.storylens.analyze.QuoteExtractionConfig}. Method and limits: {@code
 * docs/analysis-entities.md}.
 */
package org.storylens.analyze;
