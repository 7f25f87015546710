package org.storylens.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storylens.cluster.ArticleFeaturizer;
import org.storylens.cluster.StoryWindow;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * The baseline news-clustering papers compare with: single-pass TF-IDF cosine against every story
 * centroid (all active stories, no index, no entities, no title boost), join the best above a
 * threshold. Same analyzer as StoryLens, so the difference measured is the method, not the tokens.
 *
 * <p>Why a window? Compared with every story ever started, a stream of a million articles costs
 * time quadratic in its length; with StoryLens's {@link StoryWindow} (a story is dropped once that
 * many articles passed without a member, or that many days after its latest dated member) the
 * two are compared on equal terms. Without a window every story stays.
 */
public final class TfIdfSinglePassBaseline {

  private final double threshold;
  private final StoryWindow window;

  /** Without a window: every story stays a candidate. */
  public TfIdfSinglePassBaseline(double threshold) {
    this(threshold, new StoryWindow(Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  public TfIdfSinglePassBaseline(double threshold, StoryWindow window) {
    this.threshold = threshold;
    this.window = window;
  }

  /** Article id → story id, for the articles in the given order. */
  public Map<String, String> cluster(List<Article> stream) {
    Map<String, String> assignments = new LinkedHashMap<>();
    try (Session session = start()) {
      for (Article article : stream) {
        assignments.put(article.id(), session.add(article));
      }
    }
    return assignments;
  }

  /** A stream clustered one article at a time. */
  public Session start() {
    return new Session();
  }

  /** A story's centroid: the sum of its members' unit vectors. */
  private static final class Centroid {
    final String storyId;
    final Map<String, Double> weights = new HashMap<>();
    double squaredNorm;
    long lastSequence;
    Optional<LocalDate> latestDate = Optional.empty();

    Centroid(String storyId) {
      this.storyId = storyId;
    }

    void add(Map<String, Double> unit, long sequence, Optional<LocalDate> date) {
      unit.forEach(
          (term, weight) -> {
            double before = weights.getOrDefault(term, 0.0);
            double after = before + weight;
            weights.put(term, after);
            squaredNorm += after * after - before * before;
          });
      lastSequence = sequence;
      if (date.isPresent() && (latestDate.isEmpty() || date.get().isAfter(latestDate.get()))) {
        latestDate = date;
      }
    }
  }

  /** One stream's state: document frequencies and the active centroids, oldest story first. */
  public final class Session implements AutoCloseable {
    private final ArticleFeaturizer featurizer = new ArticleFeaturizer(1);
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Centroid> centroids = new LinkedHashMap<>();
    private long documents;
    private Optional<LocalDate> latestDate = Optional.empty();

    /** The story the article joins (or starts: then its own id). */
    public String add(Article article) {
      Map<String, Integer> terms =
          featurizer.terms(article.title().map(t -> t + "\n").orElse("") + article.text());
      Optional<LocalDate> date = article.published().map(Published::date);
      if (date.isPresent() && (latestDate.isEmpty() || date.get().isAfter(latestDate.get()))) {
        latestDate = date;
      }
      documents++;
      terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      Map<String, Double> vector = new HashMap<>();
      for (Map.Entry<String, Integer> term : terms.entrySet()) {
        double idf = Math.log((documents + 1.0) / (documentFrequency.get(term.getKey()) + 1.0)) + 1;
        vector.put(term.getKey(), (1 + Math.log(term.getValue())) * idf);
      }
      normalise(vector);
      Centroid best = null;
      double bestScore = 0;
      Iterator<Centroid> all = centroids.values().iterator();
      while (all.hasNext()) {
        Centroid centroid = all.next();
        if (expired(centroid)) {
          all.remove();
          continue;
        }
        double score = cosine(vector, centroid);
        if (score > bestScore) {
          bestScore = score;
          best = centroid;
        }
      }
      long sequence = documents - 1;
      if (best != null && bestScore >= threshold) {
        best.add(vector, sequence, date);
        return best.storyId;
      }
      Centroid started = new Centroid(article.id());
      started.add(vector, sequence, date);
      centroids.put(article.id(), started);
      return article.id();
    }

    /** How many stories are active. */
    public int activeStories() {
      return centroids.size();
    }

    private boolean expired(Centroid centroid) {
      if (documents - 1 - centroid.lastSequence > window.articles()) {
        return true;
      }
      return latestDate.isPresent()
          && centroid.latestDate.isPresent()
          && ChronoUnit.DAYS.between(centroid.latestDate.get(), latestDate.get()) > window.days();
    }

    @Override
    public void close() {
      featurizer.close();
    }
  }

  private static void normalise(Map<String, Double> vector) {
    double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
    if (norm > 0) {
      vector.replaceAll((t, w) -> w / norm);
    }
  }

  /** Cosine of a unit vector with a centroid, walking the (shorter) article side. */
  private static double cosine(Map<String, Double> unit, Centroid centroid) {
    double dot = 0;
    for (Map.Entry<String, Double> entry : unit.entrySet()) {
      Double w = centroid.weights.get(entry.getKey());
      if (w != null) {
        dot += w * entry.getValue();
      }
    }
    return dot == 0 ? 0 : dot / Math.sqrt(centroid.squaredNorm);
  }
}
