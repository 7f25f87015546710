package org.storylens.cluster;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measures how an article relates to a candidate story ({@link LinkFeature}s) and, with a {@link
 * LinkingModel}, how probable it is that the article reports the story's event. IDF comes from
 * the stream so far.
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

  StoryScorer(ClusteringConfig config, LinkingModel model) {
    this.config = Objects.requireNonNull(config, "config");
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The article's TF-IDF weights: {@code (1 + ln tf) * idf}. */
  static Map<String, Double> weights(ArticleFeatures article, StoryStore stream) {
    Map<String, Double> weights = new LinkedHashMap<>();
    long documents = stream.articleCount();
    article
        .terms()
        .forEach(
            (term, count) ->
                weights.put(
                    term,
                    (1 + Math.log(count)) * idf(documents, stream.documentFrequency(term))));
    return weights;
  }

  Score score(
      ArticleFeatures article, Map<String, Double> articleWeights, StorySummary story,
      StoryStore stream) {
    double[] features = measure(article, articleWeights, story, stream);
    return new Score(model.probability(features), features);
  }

  /** The model's probability for measurements {@link #measure} took (and the caller completed). */
  Score weigh(double[] features) {
    return new Score(model.probability(features), features);
  }

  double[] measure(
      ArticleFeatures article, Map<String, Double> articleWeights, StorySummary story,
      StoryStore stream) {
    long documents = stream.articleCount();
    double[] f = new double[LinkFeature.values().length];
    double articleNorm = norm(articleWeights);
    double text = cosine(articleWeights, articleNorm, story.terms(), documents, stream);
    f[LinkFeature.TEXT.ordinal()] = text;
    double member = 0;
    for (Map<String, Double> recent : story.recentMembers()) {
      member = Math.max(member, cosine(articleWeights, articleNorm, recent, documents, stream));
    }
    f[LinkFeature.MEMBER.ordinal()] = member;
    f[LinkFeature.TITLE.ordinal()] = titleOverlap(article.titleTerms(), story, documents, stream);
    f[LinkFeature.ENTITY.ordinal()] = entityCosine(article, story, documents, stream);

    if (!article.salientKeys().isEmpty() && !story.salient().isEmpty()) {
      f[LinkFeature.HAS_SALIENT.ordinal()] = 1;
      f[LinkFeature.SALIENT_IN_STORY.ordinal()] =
          salientInStory(article.salientKeys(), story, documents, stream);
      f[LinkFeature.STORY_SALIENT_IN_ARTICLE.ordinal()] =
          storySalientInArticle(story, article.salientKeys(), documents, stream);
      String top = article.salientKeys().iterator().next();
      f[LinkFeature.TOP_IN_STORY.ordinal()] = story.salient().containsKey(top) ? 1 : 0;
      f[LinkFeature.STORY_TOP_IN_ARTICLE.ordinal()] =
          article.salientKeys().contains(storyTop(story)) ? 1 : 0;
    }
    if (!article.titleKeys().isEmpty() && !story.titleKeys().isEmpty()) {
      f[LinkFeature.HAS_TITLE_KEYS.ordinal()] = 1;
      f[LinkFeature.TITLE_KEYS_IN_STORY.ordinal()] =
          share(article.titleKeys(), story.titleKeys().keySet(), documents, stream);
      f[LinkFeature.STORY_TITLE_KEYS_IN_ARTICLE.ordinal()] =
          weightedShare(story.titleKeys(), story.size(), article.entityKeys(), documents, stream);
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

  private static double norm(Map<String, Double> weights) {
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /** Cosine between article TF-IDF weights and a log-TF vector weighted by IDF here. */
  private static double cosine(
      Map<String, Double> article, double articleNorm, Map<String, Double> other, long documents,
      StoryStore stream) {
    double dot = 0;
    double otherNorm = 0;
    for (Map.Entry<String, Double> entry : other.entrySet()) {
      double w = entry.getValue() * idf(documents, stream.documentFrequency(entry.getKey()));
      otherNorm += w * w;
      Double a = article.get(entry.getKey());
      if (a != null) {
        dot += a * w;
      }
    }
    return dot == 0 ? 0 : dot / (articleNorm * Math.sqrt(otherNorm));
  }

  /** IDF-weighted share of the article's title terms found in the story's titles. */
  private static double titleOverlap(
      Set<String> title, StorySummary story, long documents, StoryStore stream) {
    double shared = 0;
    double all = 0;
    for (String term : title) {
      double w = idf(documents, stream.documentFrequency(term));
      all += w;
      if (story.titleTerms().containsKey(term)) {
        shared += w;
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  private static double entityCosine(
      ArticleFeatures article, StorySummary story, long documents, StoryStore stream) {
    if (article.entityKeys().isEmpty() || story.entities().isEmpty()) {
      return 0;
    }
    double dot = 0;
    double articleNorm = 0;
    for (String key : article.entityKeys()) {
      double w = idf(documents, stream.entityFrequency(key));
      articleNorm += w * w;
      Integer members = story.entities().get(key);
      if (members != null) {
        dot += w * w * members;
      }
    }
    double storyNorm = 0;
    for (Map.Entry<String, Integer> entry : story.entities().entrySet()) {
      double w = entry.getValue() * idf(documents, stream.entityFrequency(entry.getKey()));
      storyNorm += w * w;
    }
    return dot == 0 ? 0 : dot / Math.sqrt(articleNorm * storyNorm);
  }

  /** IDF-weighted share of the keys found in {@code other}. */
  private static double share(
      Set<String> keys, Set<String> other, long documents, StoryStore stream) {
    double found = 0;
    double all = 0;
    for (String key : keys) {
      double w = idf(documents, stream.entityFrequency(key));
      all += w;
      if (other.contains(key)) {
        found += w;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /** Share of counted keys found in {@code other}, each weighted by its IDF and count share. */
  private static double weightedShare(
      Map<String, Integer> counts, int size, Set<String> other, long documents,
      StoryStore stream) {
    double found = 0;
    double all = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      double w = entry.getValue() / (double) size * idf(documents, stream.entityFrequency(entry.getKey()));
      all += w;
      if (other.contains(entry.getKey())) {
        found += w;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  private static double salientInStory(
      Set<String> salient, StorySummary story, long documents, StoryStore stream) {
    double found = 0;
    double all = 0;
    for (String key : salient) {
      double w = idf(documents, stream.entityFrequency(key));
      all += w;
      if (story.salient().containsKey(key)) {
        found += w;
      }
    }
    return found / all;
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

  private static double storySalientInArticle(
      StorySummary story, Set<String> articleKeys, long documents, StoryStore stream) {
    double found = 0;
    double all = 0;
    for (Map.Entry<String, Integer> entry : story.salient().entrySet()) {
      double w =
          entry.getValue() / (double) story.size()
              * idf(documents, stream.entityFrequency(entry.getKey()));
      all += w;
      if (articleKeys.contains(entry.getKey())) {
        found += w;
      }
    }
    return found / all;
  }

  /** Smoothed IDF, positive even for a term every article has, defined for an empty stream. */
  static double idf(long documents, int frequency) {
    return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
  }
}
