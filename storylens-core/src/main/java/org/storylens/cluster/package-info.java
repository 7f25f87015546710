/**
 * Stage 4, story clustering: a time-ordered stream of analysed articles becomes story
 * assignments, online and in one pass (see {@code docs/clustering.md}).
 *
 * <p>The flow, in {@link org.storylens.cluster.StoryClusterer}: an {@link
 * org.storylens.cluster.ArticleFeaturizer} turns an {@link org.storylens.model.AnalyzedArticle}
 * into {@link org.storylens.cluster.ArticleFeatures} (Lucene English terms, title boosted; the
 * analysis stage's entity keys and which of them the article is about; years; quantities); a
 * Lucene index of the active stories gives a few candidates; {@code StoryScorer} takes the {@link
 * org.storylens.cluster.LinkFeature} measurements of the article against each; a {@link
 * org.storylens.cluster.LinkingModel} (logistic regression learnt by {@link
 * org.storylens.cluster.LinkingModelTrainer}) turns them into a probability, and the article joins
 * the most probable story above the model's threshold or starts one. Stories leave the active
 * window ({@link org.storylens.cluster.StoryWindow}) after a number of articles or days without
 * news, so memory follows the window, not the corpus: assignments older than the window are
 * packed (about 50 bytes an article, so that every recorded article still answers), and
 * document frequencies keep at most a capped number of keys, the rarest forgotten first.
 *
 * <p>Records: {@link org.storylens.cluster.ClusteringConfig}, {@link
 * org.storylens.cluster.ArticleFeatures}, {@link org.storylens.cluster.StorySummary}, {@link
 * org.storylens.cluster.ClusterStep}, {@link org.storylens.cluster.StoryAssignment}; derivation
 * links are {@link org.storylens.model.DerivationLink}s.
 *
 * <p>Extension points: {@link org.storylens.cluster.StoryStore} holds the state ({@link
 * org.storylens.cluster.InMemoryStoryStore}, and {@link
 * org.storylens.cluster.AssignmentLogStoryStore} on disk, which survives {@code kill -9} and
 * restarts from a snapshot plus the log's tail); a
 * {@link org.storylens.cluster.LinkingModel} can be learnt for another kind of stream. {@link
 * org.storylens.cluster.MinHashNearDuplicateFinder} finds near-duplicates as derivation links.
 */
package org.storylens.cluster;
