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
 * <p>Implementations, each configured by a record with documented defaults:
 *
 * <ul>
 *   <li>{@link org.storylens.analyze.RuleBasedSentenceSplitter} ({@link
 *       org.storylens.analyze.SentenceSplitterConfig}): paragraphs and lines are boundaries; news
 *       abbreviations, initials, decimals, quotes, datelines and ellipses are handled by rules in
 *       one linear scan; tokens come from the package-private {@code NewsTokenizer}.
 *   <li>{@link org.storylens.analyze.NewsTimeExpressionTagger} ({@link
 *       org.storylens.analyze.TimeExpressionConfig}): calendar dates through {@link
 *       org.storylens.extract.metadata.DateTextParser}, plus weekdays, deictic days, relative
 *       periods, months, parts of months, seasons, years, year ranges and decades, resolved against
 *       the article's date and the years written nearby.
 *   <li>{@link org.storylens.analyze.PatternQuantityExtractor} ({@link
 *       org.storylens.analyze.QuantityConfig}): numbers, number words, scales, ranges, currencies,
 *       percentages and magnitudes with the lemma of the counted noun, read from the sentence
 *       tokens.
 * </ul>
 *
 * <p>All are stateless apart from their configuration and safe to share between threads. Tests:
 * each implementation's {@code *Test} extends the contract test of its interface ({@code
 * SentenceSplitterContract}, {@code TimeExpressionTaggerContract}, {@code
 * QuantityExtractorContract}); {@code SeedRelativeDatesEval} checks the seed story's relative
 * dates and timeline.
 *
 * <p>Entities and quotes: {@link org.storylens.analyze.PatternEntityRecognizer} finds names by
 * capitalisation, word lists (resources beside the classes) and the OpenNLP part-of-speech model
 * (through the package-private {@code OpenNlpPartOfSpeechTagger}: {@code POSTaggerME}'s tags from a
 * cheaper beam search), keyed by {@link org.storylens.analyze.PhoneticNameKey}, a
 * transliteration-blind normal form computed once per word of an article ({@code ArticleNameKeys}),
 * so keys agree across articles; {@link org.storylens.analyze.AttributionQuoteExtractor} finds direct
 * and reported speech by its attribution. Settings: {@link
 * org.storylens.analyze.EntityRecognitionConfig}, {@link
 * org.storylens.analyze.QuoteExtractionConfig}. Method and limits: {@code
 * docs/analysis-entities.md}.
 */
package org.storylens.analyze;
