package org.storylens.cluster;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * An inverted index of the active stories, each posted under its centroid terms and entity keys,
 * so an article is scored against a handful of candidate stories instead of all of them. The
 * query is MoreLikeThis-style: the article's strongest terms, each weighted by its TF-IDF weight,
 * and its salient entity keys; a story scores the sum, over the query's terms and keys it holds,
 * of the weight times the term's BM25 IDF among the stories, {@code ln(1 + (n - df + 0.5) / (df +
 * 0.5))} (the score a Lucene index of one document per story gives such a query).
 *
 * <p>Why not a Lucene index, as before? Every article changes one story, and a Lucene reader sees
 * a change only after a refresh that writes a segment: refreshing per article cost more than
 * everything else, refreshing every 32 changes left the changed stories to be measured apart,
 * and the query's per-segment term lookups were a fifth of a busy service's garbage. Here a
 * change is a difference of two small sets, seen by the next query at once.
 *
 * <p>Held in memory and rebuilt from the store's summaries on start. Not thread-safe, as the
 * clusterer it serves.
 */
final class CandidateIndex implements Closeable {

  /** The stories holding one term or key: ordinals, in no order. */
  private static final class Postings {
    private int[] stories = new int[2];
    private int size;

    void add(int story) {
      if (size == stories.length) {
        stories = Arrays.copyOf(stories, size * 2);
      }
      stories[size++] = story;
    }

    void remove(int story) {
      for (int i = 0; i < size; i++) {
        if (stories[i] == story) {
          stories[i] = stories[--size];
          return;
        }
      }
    }
  }

  /** One field's postings and how many stories are posted in it. */
  private static final class Field {
    final Map<String, Postings> postings = new HashMap<>();
    int stories;

    void add(Set<String> keys, int story) {
      for (String key : keys) {
        postings.computeIfAbsent(key, k -> new Postings()).add(story);
      }
    }

    void remove(Set<String> keys, int story) {
      for (String key : keys) {
        Postings list = postings.get(key);
        if (list != null) {
          list.remove(story);
          if (list.size == 0) {
            postings.remove(key);
          }
        }
      }
    }

    /** Adds each posted story's share of {@code key} to its score. */
    void score(String key, double weight, Scores scores) {
      Postings list = postings.get(key);
      if (list == null) {
        return;
      }
      double idf = Math.log(1 + (stories - list.size + 0.5) / (list.size + 0.5));
      for (int i = 0; i < list.size; i++) {
        scores.add(list.stories[i], weight * idf);
      }
    }
  }

  /** Scores of the stories a query touched, by ordinal. */
  private static final class Scores {
    double[] values = new double[64];
    final List<Integer> touched = new ArrayList<>();

    /** Adds a positive share; anything else adds nothing, so a touched story scores above 0. */
    void add(int story, double value) {
      if (!(value > 0)) {
        return;
      }
      if (story >= values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, story + 1));
      }
      if (values[story] == 0) {
        touched.add(story);
      }
      values[story] += value;
    }

    void clear() {
      for (int story : touched) {
        values[story] = 0;
      }
      touched.clear();
    }
  }

  /** What a story is posted under. */
  private record Entry(int ordinal, Set<String> terms, Set<String> entities) {}

  private final Field terms = new Field();
  private final Field entities = new Field();
  private final Map<String, Entry> entries = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final Deque<Integer> free = new ArrayDeque<>();
  private final Scores scores = new Scores();

  /** Adds or replaces a story's entry. */
  void put(StorySummary story) {
    Set<String> newTerms = Set.copyOf(story.terms().keySet());
    Set<String> newEntities = Set.copyOf(story.entities().keySet());
    Entry old = entries.get(story.storyId());
    if (old == null) {
      int ordinal = free.isEmpty() ? ids.size() : free.pop();
      if (ordinal == ids.size()) {
        ids.add(story.storyId());
      } else {
        ids.set(ordinal, story.storyId());
      }
      terms.add(newTerms, ordinal);
      entities.add(newEntities, ordinal);
      count(newTerms, newEntities, 1);
      entries.put(story.storyId(), new Entry(ordinal, newTerms, newEntities));
      return;
    }
    // a story's centroid moves by a few terms per member: post only the difference
    update(terms, old.terms(), newTerms, old.ordinal());
    update(entities, old.entities(), newEntities, old.ordinal());
    count(old.terms(), old.entities(), -1);
    count(newTerms, newEntities, 1);
    entries.put(story.storyId(), new Entry(old.ordinal(), newTerms, newEntities));
  }

  private static void update(Field field, Set<String> before, Set<String> after, int ordinal) {
    Set<String> gone = new HashSet<>(before);
    gone.removeAll(after);
    Set<String> added = new HashSet<>(after);
    added.removeAll(before);
    field.remove(gone, ordinal);
    field.add(added, ordinal);
  }

  /** Counts a story in each field it has a key of (the n of the IDF). */
  private void count(Set<String> storyTerms, Set<String> storyEntities, int change) {
    if (!storyTerms.isEmpty()) {
      terms.stories += change;
    }
    if (!storyEntities.isEmpty()) {
      entities.stories += change;
    }
  }

  void remove(String storyId) {
    Entry old = entries.remove(storyId);
    if (old == null) {
      return;
    }
    terms.remove(old.terms(), old.ordinal());
    entities.remove(old.entities(), old.ordinal());
    count(old.terms(), old.entities(), -1);
    ids.set(old.ordinal(), null);
    free.push(old.ordinal());
  }

  /** How many stories are indexed. */
  int size() {
    return entries.size();
  }

  /**
   * The ids of up to {@code limit} stories best matching the weighted terms and entity keys
   * (each key weighs 1), best first, equal scores in a fixed order of the stories.
   * A story matching nothing is never among them.
   */
  List<String> candidates(Map<String, Double> termWeights, Set<String> entityKeys, int limit) {
    try {
      termWeights.forEach((term, weight) -> terms.score(term, weight, scores));
      for (String key : entityKeys) {
        entities.score(key, 1, scores);
      }
      // the best `limit`, the worst of them at the head to be replaced
      PriorityQueue<Integer> best =
          new PriorityQueue<>(
              (a, b) -> {
                int byScore = Double.compare(scores.values[a], scores.values[b]);
                return byScore != 0 ? byScore : Integer.compare(b, a);
              });
      for (int story : scores.touched) {
        best.add(story);
        if (best.size() > limit) {
          best.poll();
        }
      }
      String[] ranked = new String[best.size()];
      for (int i = ranked.length - 1; i >= 0; i--) {
        ranked[i] = ids.get(best.poll());
      }
      return List.of(ranked);
    } finally {
      scores.clear();
    }
  }

  @Override
  public void close() {
    entries.clear();
  }
}
