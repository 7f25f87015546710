/**
 * Extraction (stage 2): from a raw document to an article's clean text and metadata.
 *
 * <p>{@code html} finds the main content of a page, {@code text} cleans text copied from a page,
 * {@code metadata} finds title, outlet, byline, dates and credits. Shared here: {@link
 * org.storylens.extract.TextBlock}, one block of body text, and {@link
 * org.storylens.extract.TextRepair}, the character-level repair (entity remnants, invisible
 * characters) that both the HTML and the text paths apply.
 */
package org.storylens.extract;
