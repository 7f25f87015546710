/**
 * Stage 4, story clustering: a time-ordered stream of articles becomes story assignments, online
 * and in one pass.
 *
 * <p>The flow, in {@link org.storylens.cluster.StoryClusterer}: an {@link
 * org.storylens.cluster.ArticleFeaturizer} turns an article into {@link
 * org.storylens.cluster.ArticleFeatures} (Lucene English terms, title boosted, and entity keys); a
 * Lucene index of the active stories gives a few candidates; {@code StoryScorer} scores each on
 * TF-IDF cosine against the story centroid, entity-key overlap and time proximity, with IDF from
 * the stream so far; the article joins the best story above the threshold or starts one. Stories
 * leave the active window ({@link org.storylens.cluster.StoryWindow}) after a number of articles
 * or days without news, so memory follows the window, not the corpus.
 *
 * <p>Records: {@link org.storylens.cluster.ClusteringConfig}, {@link
 * org.storylens.cluster.ArticleFeatures}, {@link org.storylens.cluster.StorySummary}, {@link
 * org.storylens.cluster.ClusterStep}, {@link org.storylens.cluster.StoryAssignment}; derivation
 * links are {@link org.storylens.model.DerivationLink}s.
 *
 * <p>Extension points: {@link org.storylens.cluster.StoryStore} holds the state ({@link
 * org.storylens.cluster.InMemoryStoryStore}, and {@link
 * org.storylens.cluster.AssignmentLogStoryStore} on disk, which survives {@code kill -9}); {@link
 * org.storylens.cluster.EntityKeySource} supplies entity keys ({@link
 * org.storylens.cluster.CapitalizedNameKeys} until the analysis stage's canonical keys plug in).
 * {@link org.storylens.cluster.MinHashNearDuplicateFinder} finds near-duplicates as derivation
 * links.
 */
package org.storylens.cluster;
