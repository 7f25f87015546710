package org.storylens.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What clustering remembers of an active story: a centroid, not its members' texts, so a story's
 * size in memory does not grow with its member count.
 *
 * @param storyId the story's id (the id of the article that started it)
 * @param size how many articles joined it
 * @param terms centroid: term → sum over members of {@code 1 + ln(count)}, each member's vector
 *     scaled to unit length first, only the strongest
 *     {@link ClusteringConfig#centroidTerms()} kept, strongest first
 * @param entities entity key → how many members mention it
 * @param lastSequence stream position of the latest member
 * @param latestDate the latest member's date, when any member is dated
 * @param firstArticleByOutlet outlet → the first member it published, to resolve declared credits
 */
public record StorySummary(
    String storyId,
    int size,
    Map<String, Double> terms,
    Map<String, Integer> entities,
    long lastSequence,
    Optional<LocalDate> latestDate,
    Map<String, String> firstArticleByOutlet)
    implements Serializable {

  public StorySummary {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(latestDate, "latestDate");
    if (size < 1) {
      throw new IllegalArgumentException("a story has at least one member: " + size);
    }
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    firstArticleByOutlet = Collections.unmodifiableMap(new LinkedHashMap<>(firstArticleByOutlet));
  }

  /** A story started by one article. */
  static StorySummary founded(String storyId, ArticleFeatures first, long sequence, int maxTerms) {
    return new StorySummary(storyId, 1, Map.of(), Map.of(), sequence, Optional.empty(), Map.of())
        .merged(first, sequence, maxTerms, 1);
  }

  /** This story with one more member. */
  StorySummary plus(ArticleFeatures member, long sequence, int maxTerms) {
    return merged(member, sequence, maxTerms, size + 1);
  }

  private StorySummary merged(ArticleFeatures member, long sequence, int maxTerms, int newSize) {
    Map<String, Double> sums = new LinkedHashMap<>(terms);
    // Each member adds its unit-length log-TF vector: a long article must not outweigh a short one.
    double norm = 0;
    for (int count : member.terms().values()) {
      norm += (1 + Math.log(count)) * (1 + Math.log(count));
    }
    double length = Math.sqrt(norm);
    member.terms().forEach((term, count) -> sums.merge(term, (1 + Math.log(count)) / length, Double::sum));
    Map<String, Integer> keys = new LinkedHashMap<>(entities);
    member.entityKeys().forEach(key -> keys.merge(key, 1, Integer::sum));
    Map<String, String> outlets = new LinkedHashMap<>(firstArticleByOutlet);
    member.outlet().ifPresent(outlet -> outlets.putIfAbsent(outlet, member.articleId()));
    Optional<LocalDate> latest = latestDate;
    if (member.date().isPresent()
        && (latest.isEmpty() || member.date().get().isAfter(latest.get()))) {
      latest = member.date();
    }
    return new StorySummary(
        storyId, newSize, strongest(sums, maxTerms), keys, sequence, latest, outlets);
  }

  /** The strongest terms, ties broken by term so replays give identical centroids. */
  private static Map<String, Double> strongest(Map<String, Double> sums, int maxTerms) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(sums.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Double> entry : entries.subList(0, Math.min(maxTerms, entries.size()))) {
      kept.put(entry.getKey(), entry.getValue());
    }
    return kept;
  }
}
