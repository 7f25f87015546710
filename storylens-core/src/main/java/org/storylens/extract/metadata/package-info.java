/**
 * Article metadata (stage 2): title, outlet, byline, published and updated dates, "based on"
 * credits and the article's address.
 *
 * <p>Input is a {@link org.storylens.extract.metadata.MetadataEvidence}: the clean body, the
 * metadata lines text cleaning set aside, and the {@link org.storylens.extract.metadata.PageSignals}
 * an HTML page declares, read by {@link org.storylens.extract.metadata.PageSignalsReader}. {@link
 * org.storylens.extract.metadata.MetadataExtractor} returns an {@link
 * org.storylens.extract.metadata.ArticleMetadata}.
 *
 * <p>Building blocks, public because other stages need them too: {@link
 * org.storylens.extract.metadata.DateTextParser} (dates in many written forms, locale-independent,
 * giving {@link org.storylens.extract.metadata.DateMention}s), {@link
 * org.storylens.extract.metadata.Dateline} (wire datelines), {@link
 * org.storylens.extract.metadata.MetadataLineRecognizer} (is this line a date, a byline, a credit?)
 * {@link org.storylens.extract.metadata.MetadataVocabulary} (agency names and date labels,
 * bundled as data files) and {@link org.storylens.extract.metadata.PrefilteredMatcher} (a regex
 * search with {@code find}'s matches that tries only where a match can start). Dates the text only implies (a dateline without a year, "on Thursday"
 * beside "Sept. 20") are worked out by a package-private inference and marked inferred.
 */
package org.storylens.extract.metadata;
