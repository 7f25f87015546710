/**
 * Stage 5, comparison: a {@link org.storylens.model.Story} becomes a {@link
 * org.storylens.model.StoryReport} in {@link org.storylens.compare.StoryComparer}.
 *
 * <p>Today: the story's title, the derivation links clustering found plus the declared credits it
 * missed ({@link org.storylens.compare.DeclaredCreditLinker}), the entity list ({@link
 * org.storylens.compare.EntityListBuilder}, mentions grouped by canonical key) and the dated
 * timeline ({@link org.storylens.compare.TimelineBuilder}, one entry per dated sentence) and the
 * facts ({@link org.storylens.compare.FactAligner}: sentences cut into claims by {@link
 * org.storylens.compare.ClaimSplitter}, described by {@link org.storylens.compare.ClaimTerms} with
 * the paraphrase groups of {@code paraphrases.txt}, aligned across articles) and the quotes
 * matched across articles, with the primary sources most articles quote and the wording variants
 * of quoted statements ({@link org.storylens.compare.QuoteMatcher}, configured by {@link
 * org.storylens.compare.QuoteMatchingConfig}). Conflicts, other variants and framing are the next
 * steps; each will be a part of {@code StoryComparer} beside these, configured by {@link
 * org.storylens.compare.ComparisonConfig}.
 */
package org.storylens.compare;
