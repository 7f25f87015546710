/**
 * The article's main text from an HTML page.
 *
 * <p>Records: {@link org.storylens.extract.html.HtmlContent} (headline, body blocks in reading
 * order, and every removed span for audit). Extension point: {@link
 * org.storylens.extract.html.HtmlContentExtractor}, which takes a parsed jsoup {@code Document} and
 * must leave it unchanged; its contract test is {@code HtmlContentExtractorContract} in the test
 * tree.
 *
 * <p>The implementation, {@link org.storylens.extract.html.DomBoilerplateExtractor} configured by
 * {@link org.storylens.extract.html.DomBoilerplateConfig}, is DOM-based boilerplate removal in four
 * package-private steps, each one linear pass or less and none recursive:
 *
 * <ul>
 *   <li>{@code FurnitureRules} and {@code PageStatistics}: prune furniture by tag, hidden state and
 *       class/id/role names, guarded by how much prose an element holds; measure text, link text
 *       and a Readability-style content score per element;
 *   <li>{@code ContentContainerFinder}: the best-scoring container, its continuing siblings, and
 *       the ancestor that frames a story split into sections;
 *   <li>{@code BlockCollector} and {@code BlockFilter}: blocks in reading order without link lines,
 *       furniture phrases ("Advertisement", "Read more") and headline repeats;
 *   <li>{@code HeadlineFinder}: the headline from the {@code h1} that matches the declared title.
 * </ul>
 *
 * <p>Quality and speed are measured on the public article-extraction benchmark by {@code
 * storylens-bench extraction}, side by side with Readability4J; see {@code docs/benchmarks.md}.
 */
package org.storylens.extract.html;
