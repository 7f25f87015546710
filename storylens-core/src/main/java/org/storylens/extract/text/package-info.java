/**
 * Cleaning of text copied from a news page (stage 2, text side).
 *
 * <p>{@link org.storylens.extract.text.PageTextCleaner} turns raw page text into a {@link
 * org.storylens.extract.text.CleanedText}: the title, the body blocks (every real sentence once,
 * every subhead), every removed span for audit, and the removed lines that carry metadata. Its
 * behaviour is set by {@link org.storylens.extract.text.PageTextCleaningConfig}, a value with
 * documented defaults; the page user-interface vocabulary it leans on is data, {@link
 * org.storylens.extract.text.FurnitureVocabulary}, bundled as {@code furniture.txt} and replaceable
 * through the config.
 *
 * <p>Package-private helpers: a sentence splitter that knows abbreviations (for caption and repeat
 * decisions only) and script counts over ICU {@code UScript} (for interface strings in another
 * script than the article).
 */
package org.storylens.extract.text;
