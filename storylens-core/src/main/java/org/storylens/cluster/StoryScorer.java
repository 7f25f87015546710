package org.storylens.cluster;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measures how an article relates to a candidate story ({@link LinkFeature}s) and, with a {@link
 * LinkingModel}, how probable it is that the article reports the story's event. IDF comes from
 * the stream so far.
 *
 * <p>It keeps each measured story's term vectors packed ({@link TermVector}) until the story
 * changes ({@link #forget}): a story is measured against many articles between its changes. Not
 * thread-safe, as the clusterer that owns it.
 */
final class StoryScorer {

  /** The probability and the measurements it came from, indexed by {@link LinkFeature}. */
  record Score(double probability, double[] features) {
    double feature(LinkFeature feature) {
      return features[feature.ordinal()];
    }
  }

  private final ClusteringConfig config;
  private final LinkingModel model;
  private final Map<String, StoryVectors> vectors = new HashMap<>();

  /** A story's centroid and recent members, packed, as of one {@link StorySummary}. */
  private record StoryVectors(StorySummary summary, TermVector terms, List<TermVector> recent) {
    static StoryVectors of(StorySummary story) {
      return new StoryVectors(
          story, TermVector.of(story.terms()),
          story.recentMembers().stream().map(TermVector::of).toList());
    }
  }

  StoryScorer(ClusteringConfig config, LinkingModel model) {
    this.config = Objects.requireNonNull(config, "config");
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * An article ready to be measured against candidates: its TF-IDF weights {@code (1 + ln tf) *
   * idf}, their norm, and the IDF of every term and key looked up so far, so each is computed once
   * per article however many candidates share it.
   */
  static final class Prepared {
    final ArticleFeatures features;
    /** The weights in the order of the article's terms, packed: read by position, never boxed. */
    final PackedMap.Weights weights;
    final TermVector vector;
    final double norm;
    private final StoryStore stream;
    final long documents;
    /** The IDF of each term of {@link #weights}, by its position there. */
    private final double[] idfs;
    /** The IDF of looked-up terms that are not among the article's (title terms may not be). */
    private final Map<String, Double> otherIdf = new HashMap<>();
    private final Map<String, Double> entityIdf = new HashMap<>();

    Prepared(ArticleFeatures features, StoryStore stream) {
      this.features = features;
      this.stream = stream;
      this.documents = stream.articleCount();
      int n = features.terms().size();
      Object[] terms = new Object[n];
      double[] values = new double[n];
      idfs = new double[n];
      double sum = 0;
      int i = 0;
      for (Map.Entry<String, Integer> term : features.terms().entrySet()) {
        double idf = idf(documents, stream.documentFrequency(term.getKey()));
        double w = (1 + Math.log(term.getValue())) * idf;
        terms[i] = term.getKey();
        values[i] = w;
        idfs[i++] = idf;
        sum += w * w;
      }
      norm = Math.sqrt(sum);
      weights = PackedMap.weights(terms, values, n);
      vector = TermVector.of(weights);
    }

    double termIdf(String term) {
      int at = weights.indexOf(term);
      if (at >= 0) {
        return idfs[at];
      }
      Double known = otherIdf.get(term);
      if (known == null) {
        known = idf(documents, stream.documentFrequency(term));
        otherIdf.put(term, known);
      }
      return known;
    }

    double entityIdf(String key) {
      Double known = entityIdf.get(key);
      if (known == null) {
        known = idf(documents, stream.entityFrequency(key));
        entityIdf.put(key, known);
      }
      return known;
    }
  }

  /** The article's TF-IDF weights: {@code (1 + ln tf) * idf}. */
  static Map<String, Double> weights(ArticleFeatures article, StoryStore stream) {
    return new Prepared(article, stream).weights;
  }

  Score score(ArticleFeatures article, StorySummary story, StoryStore stream) {
    return weigh(measure(new Prepared(article, stream), story));
  }

  /** The model's probability for measurements {@link #measure} took (and the caller completed). */
  Score weigh(double[] features) {
    return new Score(model.probability(features), features);
  }

  double[] measure(Prepared prepared, StorySummary story) {
    ArticleFeatures article = prepared.features;
    double[] f = new double[LinkFeature.values().length];
    StoryVectors packed = vectors.get(story.storyId());
    if (packed == null || packed.summary() != story) {
      packed = StoryVectors.of(story);
      vectors.put(story.storyId(), packed);
    }
    double text = cosine(prepared, packed.terms(), story.termsNorm());
    f[LinkFeature.TEXT.ordinal()] = text;
    double member = 0;
    for (TermVector recent : packed.recent()) {
      member = Math.max(member, cosine(prepared, recent, 1));
    }
    f[LinkFeature.MEMBER.ordinal()] = member;
    f[LinkFeature.TITLE.ordinal()] = titleOverlap(prepared, story);
    f[LinkFeature.ENTITY.ordinal()] = entityCosine(prepared, story);

    if (!article.salientKeys().isEmpty() && !story.salient().isEmpty()) {
      f[LinkFeature.HAS_SALIENT.ordinal()] = 1;
      f[LinkFeature.SALIENT_IN_STORY.ordinal()] =
          share(prepared, article.salientKeys(), story.salient().keySet());
      f[LinkFeature.STORY_SALIENT_IN_ARTICLE.ordinal()] =
          weightedShare(
              prepared, story.salient(), story.entityWeights().salient(prepared.documents),
              article.salientKeys());
      double novel = 0;
      double all = 0;
      for (Map.Entry<String, Integer> key : article.salience().entrySet()) {
        double w = key.getValue() * prepared.entityIdf(key.getKey());
        all += w;
        if (!story.entities().containsKey(key.getKey())) {
          novel += w;
        }
      }
      f[LinkFeature.NOVEL_SALIENCE.ordinal()] = novel / all;
      String top = article.salientKeys().iterator().next();
      f[LinkFeature.TOP_IN_STORY.ordinal()] = story.salient().containsKey(top) ? 1 : 0;
      f[LinkFeature.STORY_TOP_IN_ARTICLE.ordinal()] =
          article.salientKeys().contains(storyTop(story)) ? 1 : 0;
    }
    if (!article.titleKeys().isEmpty() && !story.titleKeys().isEmpty()) {
      f[LinkFeature.HAS_TITLE_KEYS.ordinal()] = 1;
      f[LinkFeature.TITLE_KEYS_IN_STORY.ordinal()] =
          share(prepared, article.titleKeys(), story.titleKeys().keySet());
      f[LinkFeature.STORY_TITLE_KEYS_IN_ARTICLE.ordinal()] =
          weightedShare(
              prepared, story.titleKeys(), story.entityWeights().titleKeys(prepared.documents),
              article.entityKeys());
    }
    if (article.date().isPresent() && story.latestDate().isPresent()) {
      long days = Math.abs(ChronoUnit.DAYS.between(story.latestDate().get(), article.date().get()));
      f[LinkFeature.DATED.ordinal()] = 1;
      f[LinkFeature.TIME.ordinal()] = Math.exp(-days / config.timeScaleDays());
    }
    if (!article.years().isEmpty() && !story.years().isEmpty()) {
      f[LinkFeature.HAS_YEARS.ordinal()] = 1;
      long shared = article.years().stream().filter(story.years()::containsKey).count();
      f[LinkFeature.YEARS.ordinal()] = (double) shared / article.years().size();
    }
    if (!article.quantities().isEmpty() && !story.quantities().isEmpty()) {
      f[LinkFeature.HAS_QUANTITIES.ordinal()] = 1;
      long shared = article.quantities().stream().filter(story.quantities()::containsKey).count();
      f[LinkFeature.QUANTITIES.ordinal()] =
          (double) shared / Math.min(article.quantities().size(), story.quantities().size());
    }
    double shortness = Math.exp(-article.terms().size() / 40.0);
    f[LinkFeature.SHORTNESS.ordinal()] = shortness;
    f[LinkFeature.TEXT_IF_SHORT.ordinal()] = text * shortness;
    return f;
  }

  /** Cosine between the article's TF-IDF weights and a stored TF-IDF vector of known length. */
  private static double cosine(Prepared article, TermVector other, double otherNorm) {
    if (article.norm == 0 || otherNorm == 0) {
      return 0;
    }
    return article.vector.dot(other) / (article.norm * otherNorm);
  }

  /** Drops what is kept of a story that changed or left the stream. */
  void forget(String storyId) {
    vectors.remove(storyId);
  }

  /** IDF-weighted share of the article's title terms found in the story's titles. */
  private static double titleOverlap(Prepared article, StorySummary story) {
    double shared = 0;
    double all = 0;
    for (String term : article.features.titleTerms()) {
      double w = article.termIdf(term);
      all += w;
      if (story.titleTerms().containsKey(term)) {
        shared += w;
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  /**
   * Cosine between the article's entity keys (IDF-weighted) and the story's (count times IDF):
   * the story's length follows from its {@link StorySummary.EntityWeights}.
   */
  private static double entityCosine(Prepared article, StorySummary story) {
    Set<String> keys = article.features.entityKeys();
    double storyNorm = story.entityWeights().norm(article.documents);
    if (keys.isEmpty() || story.entities().isEmpty() || storyNorm == 0) {
      return 0;
    }
    double dot = 0;
    double articleNorm = 0;
    for (String key : keys) {
      double w = article.entityIdf(key);
      articleNorm += w * w;
      Integer members = story.entities().get(key);
      if (members != null) {
        dot += w * w * members;
      }
    }
    return dot == 0 ? 0 : Math.min(1, dot / (Math.sqrt(articleNorm) * storyNorm));
  }

  /** IDF-weighted share of the keys found in {@code other}. */
  private static double share(Prepared article, Set<String> keys, Set<String> other) {
    double found = 0;
    double all = 0;
    for (String key : keys) {
      double w = article.entityIdf(key);
      all += w;
      if (other.contains(key)) {
        found += w;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * Share of counted keys found in {@code other}, each weighted by its IDF and count; {@code
   * total} is the weight of all of them (from the story's {@link StorySummary.EntityWeights}).
   */
  private static double weightedShare(
      Prepared article, Map<String, Integer> counts, double total, Set<String> other) {
    if (total == 0) {
      return 0;
    }
    double found = 0;
    if (other.size() <= counts.size()) {
      for (String key : other) {
        Integer count = counts.get(key);
        if (count != null) {
          found += count * article.entityIdf(key);
        }
      }
    } else {
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        if (other.contains(entry.getKey())) {
          found += entry.getValue() * article.entityIdf(entry.getKey());
        }
      }
    }
    return Math.min(1, found / total);
  }

  /** The key most members are about, the first such in the story's order on ties. */
  private static String storyTop(StorySummary story) {
    String top = null;
    int most = 0;
    for (Map.Entry<String, Integer> entry : story.salient().entrySet()) {
      if (entry.getValue() > most) {
        most = entry.getValue();
        top = entry.getKey();
      }
    }
    return top;
  }

  /** Smoothed IDF, positive even for a term every article has, defined for an empty stream. */
  static double idf(long documents, int frequency) {
    return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
  }
}
