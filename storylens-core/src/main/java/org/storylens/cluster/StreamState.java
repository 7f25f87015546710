package org.storylens.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The in-memory state both stores share; applying a step here is the one definition of it. */
final class StreamState {

  private final StoryWindow window;
  private final int centroidTerms;
  private final Map<String, String> assignments = new LinkedHashMap<>();
  /** Insertion order is last-joined order: a story is re-inserted when it gains a member. */
  private final LinkedHashMap<String, StorySummary> active = new LinkedHashMap<>();
  private final Map<String, Integer> termFrequencies = new HashMap<>();
  private final Map<String, Integer> entityFrequencies = new HashMap<>();
  private long articles;
  private Optional<LocalDate> latestDate = Optional.empty();

  StreamState(StoryWindow window, int centroidTerms) {
    this.window = Objects.requireNonNull(window, "window");
    this.centroidTerms = centroidTerms;
  }

  Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(assignments.get(articleId));
  }

  Optional<StorySummary> story(String storyId) {
    return Optional.ofNullable(active.get(storyId));
  }

  Collection<StorySummary> activeStories() {
    return Collections.unmodifiableCollection(new ArrayList<>(active.values()));
  }

  int documentFrequency(String term) {
    return termFrequencies.getOrDefault(term, 0);
  }

  int entityFrequency(String key) {
    return entityFrequencies.getOrDefault(key, 0);
  }

  long articleCount() {
    return articles;
  }

  void forEachAssignment(BiConsumer<String, String> action) {
    assignments.forEach(action);
  }

  /** Checks a step can be applied, without changing anything. */
  void check(ClusterStep step) {
    if (step.sequence() != articles) {
      throw new IllegalArgumentException(
          "step " + step.sequence() + " out of order: expected " + articles);
    }
    if (assignments.containsKey(step.features().articleId())) {
      throw new IllegalArgumentException(
          "article " + step.features().articleId() + " was already recorded");
    }
  }

  /** The IDF {@link StoryScorer} uses, over the articles recorded so far and this one. */
  private double termIdf(String term) {
    return StoryScorer.idf(articles + 1, documentFrequency(term));
  }

  List<String> apply(ClusterStep step) {
    check(step);
    ArticleFeatures features = step.features();
    features.terms().keySet().forEach(term -> termFrequencies.merge(term, 1, Integer::sum));
    features.entityKeys().forEach(key -> entityFrequencies.merge(key, 1, Integer::sum));
    StorySummary previous = active.remove(step.storyId());
    StorySummary updated =
        previous == null
            ? StorySummary.founded(
                step.storyId(), features, step.sequence(), centroidTerms, this::termIdf)
            : previous.plus(features, step.sequence(), centroidTerms, this::termIdf);
    active.put(step.storyId(), updated);
    assignments.put(features.articleId(), step.storyId());
    articles++;
    if (features.date().isPresent()
        && (latestDate.isEmpty() || features.date().get().isAfter(latestDate.get()))) {
      latestDate = features.date();
    }
    return evictExpired();
  }

  /**
   * Drops stories from the least recently joined end while they are out of the window. Why stop at
   * the first one still inside? Stories are ordered by their last member, so past it every story
   * is at least as recent by position; by date that holds as long as the stream is roughly in time
   * order, which is what an online stream is.
   */
  private List<String> evictExpired() {
    List<String> evicted = new ArrayList<>();
    Iterator<StorySummary> oldestFirst = active.values().iterator();
    while (oldestFirst.hasNext()) {
      StorySummary story = oldestFirst.next();
      if (!expired(story)) {
        break;
      }
      oldestFirst.remove();
      evicted.add(story.storyId());
    }
    return evicted;
  }

  private boolean expired(StorySummary story) {
    if (articles - 1 - story.lastSequence() >= window.articles()) {
      return true;
    }
    return latestDate.isPresent()
        && story.latestDate().isPresent()
        && ChronoUnit.DAYS.between(story.latestDate().get(), latestDate.get()) > window.days();
  }
}
