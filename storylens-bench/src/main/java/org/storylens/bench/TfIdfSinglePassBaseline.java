package org.storylens.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storylens.cluster.ArticleFeaturizer;
import org.storylens.model.Article;

/**
 * The baseline news-clustering papers compare with: single-pass TF-IDF cosine against every story
 * centroid (all stories, no index, no entities, no title boost), join the best above a threshold.
 * Same analyzer as StoryLens, so the difference measured is the method, not the tokens.
 */
public final class TfIdfSinglePassBaseline {

  private final double threshold;

  public TfIdfSinglePassBaseline(double threshold) {
    this.threshold = threshold;
  }

  /** Article id → story id, for the articles in the given order. */
  public Map<String, String> cluster(List<Article> stream) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    List<String> storyIds = new ArrayList<>();
    List<Map<String, Double>> centroids = new ArrayList<>();
    Map<String, String> assignments = new LinkedHashMap<>();
    int documents = 0;
    try (ArticleFeaturizer featurizer = new ArticleFeaturizer(1)) {
      for (Article article : stream) {
        Map<String, Integer> terms =
            featurizer.terms(article.title().map(t -> t + "\n").orElse("") + article.text());
        documents++;
        terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        Map<String, Double> vector = new HashMap<>();
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
          double idf = Math.log((documents + 1.0) / (documentFrequency.get(term.getKey()) + 1.0)) + 1;
          vector.put(term.getKey(), (1 + Math.log(term.getValue())) * idf);
        }
        normalise(vector);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < centroids.size(); i++) {
          double score = cosine(vector, centroids.get(i));
          if (score > bestScore) {
            bestScore = score;
            best = i;
          }
        }
        if (best >= 0 && bestScore >= threshold) {
          Map<String, Double> centroid = centroids.get(best);
          vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
          assignments.put(article.id(), storyIds.get(best));
        } else {
          centroids.add(new HashMap<>(vector));
          storyIds.add(article.id());
          assignments.put(article.id(), article.id());
        }
      }
    }
    return assignments;
  }

  private static void normalise(Map<String, Double> vector) {
    double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      vector.replaceAll((t, w) -> w / norm);
    }
  }

  private static double cosine(Map<String, Double> unit, Map<String, Double> centroid) {
    double dot = 0;
    double norm = 0;
    for (Map.Entry<String, Double> entry : centroid.entrySet()) {
      norm += entry.getValue() * entry.getValue();
      Double w = unit.get(entry.getKey());
      if (w != null) {
        dot += w * entry.getValue();
      }
    }
    return dot == 0 ? 0 : dot / Math.sqrt(norm);
  }
}
