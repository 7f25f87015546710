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
 * the paraphrase groups of {@code paraphrases.txt}, aligned across articles); the conflicts
 * ({@link org.storylens.compare.ConflictFinder}: numbers in slots, dates, and kinds of event from
 * {@code event-kinds.txt} via {@link org.storylens.compare.EventKinds}); each article's framing
 * ({@link org.storylens.compare.LogOddsFramingAnalyzer}: log-odds with an informative Dirichlet
 * prior, the loaded terms of {@code loaded-terms.txt} ({@link
 * org.storylens.compare.LoadedTermLexicon}), stance markers, and the names written differently
 * across articles, found by {@link org.storylens.compare.NameChoiceFinder}; configured by {@link
 * org.storylens.compare.FramingConfig}); and the quotes matched across articles, with the primary
 * sources most articles quote and the wording variants of quoted statements ({@link
 * org.storylens.compare.QuoteMatcher}, configured by {@link
 * org.storylens.compare.QuoteMatchingConfig}). Thresholds of facts and conflicts are in {@link
 * org.storylens.compare.ComparisonConfig}.
 */
package org.storylens.compare;
