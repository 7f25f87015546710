package org.storylens.cluster;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well an article fits a story: a weighted mean of TF-IDF cosine against the story centroid,
 * IDF-weighted cosine of entity keys, and time proximity, with IDF from the stream so far. A
 * signal that cannot be measured (no dates, no entity keys on either side) drops out of the mean
 * rather than counting as zero, so undated streams are not penalised.
 */
final class StoryScorer {

  /** The combined score and its parts, each from 0 to 1. */
  record Score(double total, double text, double entity, double time) {}

  private final ClusteringConfig config;

  StoryScorer(ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
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
    long documents = stream.articleCount();
    double text = textCosine(articleWeights, story, documents, stream);
    double weighted = config.textWeight() * text;
    double weightSum = config.textWeight();

    double entity = 0;
    if (!article.entityKeys().isEmpty() && !story.entities().isEmpty()) {
      entity = entityCosine(article, story, documents, stream);
      weighted += config.entityWeight() * entity;
      weightSum += config.entityWeight();
    }
    double time = 0;
    if (config.timeWeight() > 0 && article.date().isPresent() && story.latestDate().isPresent()) {
      long days = Math.abs(ChronoUnit.DAYS.between(story.latestDate().get(), article.date().get()));
      time = Math.exp(-days / config.timeScaleDays());
      weighted += config.timeWeight() * time;
      weightSum += config.timeWeight();
    }
    return new Score(weighted / weightSum, text, entity, time);
  }

  private static double textCosine(
      Map<String, Double> article, StorySummary story, long documents, StoryStore stream) {
    double dot = 0;
    double articleNorm = 0;
    for (double w : article.values()) {
      articleNorm += w * w;
    }
    double storyNorm = 0;
    for (Map.Entry<String, Double> entry : story.terms().entrySet()) {
      double w = entry.getValue() * idf(documents, stream.documentFrequency(entry.getKey()));
      storyNorm += w * w;
      Double a = article.get(entry.getKey());
      if (a != null) {
        dot += a * w;
      }
    }
    return dot == 0 ? 0 : dot / Math.sqrt(articleNorm * storyNorm);
  }

  private static double entityCosine(
      ArticleFeatures article, StorySummary story, long documents, StoryStore stream) {
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

  /** Smoothed IDF, positive even for a term every article has, defined for an empty stream. */
  static double idf(long documents, int frequency) {
    return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
  }
}
