package org.storylens.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.OutletNames;

/**
 * Online single-pass story clustering (stage 4). Articles arrive in time order; each analysed
 * article is turned into features, a handful of candidate stories come from a {@link
 * CandidateIndex} (never all stories), each is measured by {@link StoryScorer} and weighed by the
 * {@link LinkingModel}, and the article joins the most probable story when the probability reaches
 * the model's threshold, or starts a story. The decision is recorded in the {@link StoryStore}
 * before it is returned, so a caller that reports it only after {@link #add} returns never reports
 * an assignment a restart would lose.
 *
 * <p>Not thread-safe: a stream is one sequence of decisions.
 */
public final class StoryClusterer implements Closeable {

  /** A candidate story and how the article measures against it. */
  record Candidate(StorySummary story, StoryScorer.Score score) {}

  private final ClusteringConfig config;
  private final ArticleFeaturizer featurizer;
  private final StoryStore store;
  private final StoryScorer scorer;
  private final CandidateIndex index;
  private final MinHashNearDuplicateFinder nearDuplicates;

  /** With the candidate index's files in a scratch folder of the system's temporary folder. */
  public StoryClusterer(
      ClusteringConfig config,
      ArticleFeaturizer featurizer,
      StoryStore store,
      MinHashNearDuplicateFinder nearDuplicates) {
    this(config, featurizer, store, nearDuplicates, Optional.empty());
  }

  /**
   * @param scratch the folder in which the candidate index keeps its files, in a folder of its
   *     own deleted on close ({@link ScratchIndexFolder}); empty for the system's temporary folder
   */
  public StoryClusterer(
      ClusteringConfig config,
      ArticleFeaturizer featurizer,
      StoryStore store,
      MinHashNearDuplicateFinder nearDuplicates,
      Optional<java.nio.file.Path> scratch) {
    this.config = Objects.requireNonNull(config, "config");
    this.featurizer = Objects.requireNonNull(featurizer, "featurizer");
    this.store = Objects.requireNonNull(store, "store");
    this.nearDuplicates = Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    this.scorer = new StoryScorer(config, config.linking());
    this.index = scratch.map(CandidateIndex::new).orElseGet(CandidateIndex::new);
    try {
      store.activeStories().forEach(index::put);
    } catch (RuntimeException e) {
      try {
        index.close(); // its scratch folder goes with it
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** With the config's title boost and the standard near-duplicate finder. */
  public static StoryClusterer standard(ClusteringConfig config, StoryStore store) {
    return standard(config, store, Optional.empty());
  }

  /** As {@link #standard(ClusteringConfig, StoryStore)}, the candidate index's files in {@code scratch}. */
  public static StoryClusterer standard(ClusteringConfig config, StoryStore store, Optional<java.nio.file.Path> scratch) {
    return new StoryClusterer(
        config, ArticleFeaturizer.standard(config), store, MinHashNearDuplicateFinder.standard(), scratch);
  }

  /**
   * Assigns an article to a story and records it durably. Empty when the store already holds the
   * article: a resumed stream skips what it had done.
   */
  public Optional<StoryAssignment> add(AnalyzedArticle analyzed) throws IOException {
    if (store.storyOf(analyzed.article().id()).isPresent()) {
      return Optional.empty();
    }
    return add(prepare(analyzed));
  }

  /**
   * An article made ready for {@link #add(PreparedArticle)}: what depends on the article alone,
   * its features and its text's fingerprint. Safe on any thread, so a service prepares articles
   * in parallel and keeps only {@code add} in one sequence.
   */
  public PreparedArticle prepare(AnalyzedArticle analyzed) {
    return new PreparedArticle(
        analyzed, featurizer.features(analyzed), nearDuplicates.fingerprint(analyzed.article().text()));
  }

  /**
   * An article with its features and its text's MinHash fingerprint (empty for a text shorter
   * than one shingle), as {@link #prepare} makes it.
   */
  public record PreparedArticle(
      AnalyzedArticle analyzed,
      ArticleFeatures features,
      Optional<MinHashNearDuplicateFinder.Fingerprint> fingerprint) {
    public PreparedArticle {
      Objects.requireNonNull(analyzed, "analyzed");
      Objects.requireNonNull(features, "features");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /**
   * The recent articles whose text this prepared one nearly duplicates (the links {@link
   * #add(PreparedArticle)} would give it), without adding it: for a caller that stores an
   * outlet's article once.
   */
  public List<DerivationLink> nearDuplicates(PreparedArticle prepared) {
    String id = prepared.analyzed().article().id();
    return prepared.fingerprint().map(f -> nearDuplicates.nearDuplicatesOf(id, f)).orElse(List.of());
  }

  /** As {@link #add(AnalyzedArticle)}, for an article {@link #prepare}d already. */
  public Optional<StoryAssignment> add(PreparedArticle prepared) throws IOException {
    Article article = prepared.analyzed().article();
    if (store.storyOf(article.id()).isPresent()) {
      return Optional.empty();
    }
    ArticleFeatures features = prepared.features();
    Optional<Candidate> best =
        candidates(features).stream()
            .max(Comparator.comparingDouble(candidate -> candidate.score().probability()));
    double probability = best.map(c -> c.score().probability()).orElse(0.0);
    boolean joins = best.isPresent() && probability >= config.linking().threshold();
    String storyId = joins ? best.get().story().storyId() : article.id();

    List<DerivationLink> links = new ArrayList<>();
    if (joins) {
      declaredCredit(features, best.get().story()).ifPresent(links::add);
    }
    prepared.fingerprint().ifPresent(f -> links.addAll(nearDuplicates.add(article.id(), f)));

    record(features, storyId);
    return Optional.of(new StoryAssignment(article.id(), storyId, !joins, probability, links));
  }

  /**
   * The candidate stories the index proposes for an article, each measured and weighed. The
   * measurements are taken first and weighed once all are in, because {@link
   * LinkFeature#TEXT_LEAD} compares each candidate with the others.
   */
  List<Candidate> candidates(ArticleFeatures features) {
    StoryScorer.Prepared prepared = new StoryScorer.Prepared(features, store);
    Map<String, Double> query = strongest(prepared.weights, config.queryTerms());
    List<StorySummary> stories = new ArrayList<>();
    List<double[]> measured = new ArrayList<>();
    for (String id : index.candidates(query, features.salientKeys(), config.candidates())) {
      Optional<StorySummary> story = store.story(id);
      if (story.isPresent()
          && withinWindow(story.get(), features)
          && sharesAnything(story.get(), query.keySet(), features)) {
        stories.add(story.get());
        measured.add(scorer.measure(prepared, story.get()));
      }
    }
    int text = LinkFeature.TEXT.ordinal();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      double bestOther = 0;
      for (int j = 0; j < measured.size(); j++) {
        if (j != i) {
          bestOther = Math.max(bestOther, measured.get(j)[text]);
        }
      }
      double[] f = measured.get(i);
      f[LinkFeature.TEXT_LEAD.ordinal()] = f[text] - bestOther;
      candidates.add(new Candidate(stories.get(i), scorer.weigh(f)));
    }
    return candidates;
  }

  /**
   * Whether a dated article is within {@link ClusteringConfig#windowDays()} of the story's latest
   * member. The store evicts a story only once the stream's dates have moved past it, which is
   * after the article that moves them has been compared; this keeps that article from joining a
   * story of a year ago. Undated articles or stories are always within.
   */
  private boolean withinWindow(StorySummary story, ArticleFeatures article) {
    if (story.latestDate().isEmpty() || article.date().isEmpty()) {
      return true;
    }
    long days =
        Math.abs(
            java.time.temporal.ChronoUnit.DAYS.between(
                story.latestDate().get(), article.date().get()));
    return days <= config.windowDays();
  }

  /**
   * Whether the story holds one of the article's query terms or entity keys: the stories changed
   * since the index last refreshed come back unconditionally, and one sharing nothing cannot win.
   */
  private static boolean sharesAnything(
      StorySummary story, java.util.Set<String> queryTerms, ArticleFeatures article) {
    for (String term : queryTerms) {
      if (story.terms().containsKey(term)) {
        return true;
      }
    }
    for (String key : article.entityKeys()) {
      if (story.entities().containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** Records that an article joined (or started) a story, and keeps the index in step. */
  void record(ArticleFeatures features, String storyId) throws IOException {
    List<String> evicted = store.record(new ClusterStep(store.articleCount(), storyId, features));
    scorer.forget(storyId);
    store.story(storyId).ifPresent(index::put);
    evicted.forEach(index::remove);
    evicted.forEach(scorer::forget);
    index.startRefreshIfDue(); // opened while the next article is made ready
  }
  /**
   * "Based on TASS" in a story where TASS published earlier: a declared derivation. Names match by
   * {@link OutletNames}, so "Northwire" finds the story's "Northwire News Agency" article.
   */
  private static Optional<DerivationLink> declaredCredit(
      ArticleFeatures article, StorySummary story) {
    if (article.basedOn().isEmpty()) {
      return Optional.empty();
    }
    String credit = article.basedOn().get();
    if (article.outlet().filter(own -> OutletNames.same(own, credit)).isPresent()) {
      return Optional.empty(); // an outlet crediting itself derives from nobody
    }
    return story.firstArticleByOutlet().entrySet().stream()
        .filter(outlet -> OutletNames.same(outlet.getKey(), credit))
        .map(Map.Entry::getValue)
        .filter(source -> !source.equals(article.articleId()))
        .findFirst()
        .map(
            source ->
                new DerivationLink(
                    source,
                    article.articleId(),
                    DerivationLink.Kind.ATTRIBUTION,
                    1.0,
                    "declares it is based on " + credit));
  }

  /**
   * The {@code limit} highest-weighted terms, strongest first, ties broken by term for a stable
   * query (its order is the order the candidate index adds up its scores in).
   */
  static Map<String, Double> strongest(Map<String, Double> weights, int limit) {
    PackedMap.Weights packed = PackedMap.weights(weights);
    int n = packed.size();
    Object[] keys = packed.keyArray(n);
    double[] values = packed.weightArray(n);
    PackedMap.sortStrongestFirst(keys, values, n);
    return PackedMap.weights(keys, values, Math.min(limit, n));
  }

  /** Closes the candidate index; the store belongs to the caller. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
