package org.storylens.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;

/**
 * Online single-pass story clustering (stage 4). Articles arrive in time order; each one is turned
 * into features, a handful of candidate stories come from a {@link CandidateIndex} (never all
 * stories), each is scored by {@link StoryScorer}, and the article joins the best one when its
 * score reaches {@link ClusteringConfig#joinThreshold()} (or, lower, clearly beats every other
 * candidate), or starts a story. The decision is
 * recorded in the {@link StoryStore} before it is returned, so a caller that reports it only
 * after {@link #add} returns never reports an assignment a restart would lose.
 *
 * <p>Not thread-safe: a stream is one sequence of decisions.
 */
public final class StoryClusterer implements Closeable {

  private final ClusteringConfig config;
  private final ArticleFeaturizer featurizer;
  private final StoryStore store;
  private final StoryScorer scorer;
  private final CandidateIndex index = new CandidateIndex();
  private final MinHashNearDuplicateFinder nearDuplicates;

  public StoryClusterer(
      ClusteringConfig config,
      ArticleFeaturizer featurizer,
      StoryStore store,
      MinHashNearDuplicateFinder nearDuplicates) {
    this.config = Objects.requireNonNull(config, "config");
    this.featurizer = Objects.requireNonNull(featurizer, "featurizer");
    this.store = Objects.requireNonNull(store, "store");
    this.nearDuplicates = Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    this.scorer = new StoryScorer(config);
    store.activeStories().forEach(index::put);
  }

  /** With capitalised-name entity keys and the standard near-duplicate finder. */
  public static StoryClusterer standard(ClusteringConfig config, StoryStore store) {
    return new StoryClusterer(
        config, ArticleFeaturizer.standard(config), store, MinHashNearDuplicateFinder.standard());
  }

  /**
   * Assigns an article to a story and records it durably. Empty when the store already holds the
   * article: a resumed stream skips what it had done.
   */
  public Optional<StoryAssignment> add(Article article) throws IOException {
    if (store.storyOf(article.id()).isPresent()) {
      return Optional.empty();
    }
    ArticleFeatures features = featurizer.features(article);
    Map<String, Double> weights = StoryScorer.weights(features, store);

    Optional<StorySummary> best = Optional.empty();
    double bestScore = 0;
    double secondScore = 0;
    for (String candidate :
        index.candidates(strongest(weights, config.queryTerms()), features.entityKeys(),
            config.candidates())) {
      Optional<StorySummary> story = store.story(candidate);
      if (story.isEmpty()) {
        continue;
      }
      double score = scorer.score(features, weights, story.get(), store).total();
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = story;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    boolean clearlyBest =
        bestScore >= config.marginFloor() && bestScore >= config.marginRatio() * secondScore;
    boolean joins = best.isPresent() && (bestScore >= config.joinThreshold() || clearlyBest);
    String storyId = joins ? best.get().storyId() : article.id();

    List<DerivationLink> links = new ArrayList<>();
    if (joins) {
      declaredCredit(features, best.get()).ifPresent(links::add);
    }
    links.addAll(nearDuplicates.add(article.id(), article.text()));

    List<String> evicted = store.record(new ClusterStep(store.articleCount(), storyId, features));
    store.story(storyId).ifPresent(index::put);
    evicted.forEach(index::remove);
    return Optional.of(new StoryAssignment(article.id(), storyId, !joins, bestScore, links));
  }

  /** "Based on TASS" in a story where TASS published earlier: a declared derivation. */
  private static Optional<DerivationLink> declaredCredit(
      ArticleFeatures article, StorySummary story) {
    return article
        .basedOn()
        .flatMap(outlet -> Optional.ofNullable(story.firstArticleByOutlet().get(outlet)))
        .filter(source -> !source.equals(article.articleId()))
        .map(
            source ->
                new DerivationLink(
                    source,
                    article.articleId(),
                    DerivationLink.Kind.ATTRIBUTION,
                    1.0,
                    "declares it is based on " + article.basedOn().get()));
  }

  /** The {@code limit} highest-weighted terms, ties broken by term for a stable query. */
  static Map<String, Double> strongest(Map<String, Double> weights, int limit) {
    Map<String, Double> strongest = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(entry -> strongest.put(entry.getKey(), entry.getValue()));
    return strongest;
  }

  /** Closes the candidate index; the store belongs to the caller. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
