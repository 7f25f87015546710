/**
 * Stage 2, extraction: {@link org.storylens.model.RawDocument} → {@link
 * org.storylens.model.Article} through {@link org.storylens.extract.ArticleExtractor}.
 *
 * <ul>
 *   <li>{@link org.storylens.extract.DetectingTextDecoder}: bytes to text (byte-order mark, declared
 *       and meta charsets, UTF-8 validity, ICU detection), or "binary".
 *   <li>{@code html}: DOM-based boilerplate removal on jsoup.
 *   <li>{@code text}: line and span cleaning of text copied from a page.
 *   <li>{@code metadata}: title, outlet, byline, dates, syndication credits.
 *   <li>{@link org.storylens.extract.LanguageIdentifier}: the language, by OpenNLP.
 * </ul>
 *
 * <p>Shared here: {@link org.storylens.extract.TextBlock}, one block of body text, and {@link
 * org.storylens.extract.TextRepair}, the character-level repair (entity remnants, invisible
 * characters) that both the HTML and the text paths apply.
 *
 * <p>Extension points: {@link org.storylens.extract.html.HtmlContentExtractor} and {@link
 * org.storylens.extract.LanguageIdentifier}.
 */
package org.storylens.extract;
