/**
 * Stage 5, comparison: a {@link org.storylens.model.Story} becomes a {@link
 * org.storylens.model.StoryReport} in {@link org.storylens.compare.StoryComparer}.
 *
 * <p>Today: the story's title, the derivation links clustering found plus the declared credits it
 * missed ({@link org.storylens.compare.DeclaredCreditLinker}), the entity list ({@link
 * org.storylens.compare.EntityListBuilder}, mentions grouped by canonical key) and the dated
 * timeline ({@link org.storylens.compare.TimelineBuilder}, one entry per dated sentence). Facts,
 * conflicts, wording variants, quotes matched across articles, framing and primary sources are the
 * next step; each will be a part of {@code StoryComparer} beside these.
 */
package org.storylens.compare;
