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
import java.util.Set;

/**
 * What clustering remembers of an active story: a centroid and the last few members' vectors, not
 * its members' texts, so a story's size in memory is bounded whatever its member count.
 *
 * @param storyId the story's id (the id of the article that started it)
 * @param size how many articles joined it
 * @param terms centroid: term → sum over members of {@code 1 + ln(count)}, each member's vector
 *     scaled to unit length first, only the strongest {@link ClusteringConfig#centroidTerms()}
 *     kept
 * @param recentMembers the unit-length log-TF vectors of the latest {@link #RECENT_MEMBERS}
 *     members, newest last, each cut to its {@link #MEMBER_TERMS} strongest terms: a new article
 *     is compared with them one by one, so a story whose reports differ in angle still takes an
 *     article close to one of them
 * @param titleTerms title term → how many members' titles have it, the strongest {@link
 *     #SET_LIMIT} kept
 * @param entities entity key → how many members mention it, the most counted {@link #SET_LIMIT}
 *     kept (and so for the other counts)
 * @param salient entity key → how many members are about it (see {@link
 *     ArticleFeatures#salientKeys()})
 * @param titleKeys entity key → how many members' titles name it
 * @param years year → how many members state a date in it
 * @param quantities quantity → how many members state it, the most stated {@link #SET_LIMIT}
 *     kept
 * @param lastSequence stream position of the latest member
 * @param latestDate the latest member's date, when any member is dated
 * @param firstArticleByOutlet outlet → the first member it published, to resolve declared credits
 */
public record StorySummary(
    String storyId,
    int size,
    Map<String, Double> terms,
    List<Map<String, Double>> recentMembers,
    Map<String, Integer> titleTerms,
    Map<String, Integer> entities,
    Map<String, Integer> salient,
    Map<String, Integer> titleKeys,
    Map<Integer, Integer> years,
    Map<String, Integer> quantities,
    long lastSequence,
    Optional<LocalDate> latestDate,
    Map<String, String> firstArticleByOutlet)
    implements Serializable {

  static final int RECENT_MEMBERS = 4;
  static final int MEMBER_TERMS = 60;
  static final int SET_LIMIT = 200;

  public StorySummary {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(latestDate, "latestDate");
    if (size < 1) {
      throw new IllegalArgumentException("a story has at least one member: " + size);
    }
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    recentMembers =
        recentMembers.stream()
            .map(member -> Collections.unmodifiableMap(new LinkedHashMap<>(member)))
            .toList();
    titleTerms = Collections.unmodifiableMap(new LinkedHashMap<>(titleTerms));
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    salient = Collections.unmodifiableMap(new LinkedHashMap<>(salient));
    titleKeys = Collections.unmodifiableMap(new LinkedHashMap<>(titleKeys));
    years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
    quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    firstArticleByOutlet = Collections.unmodifiableMap(new LinkedHashMap<>(firstArticleByOutlet));
  }

  /** A story started by one article. */
  static StorySummary founded(String storyId, ArticleFeatures first, long sequence, int maxTerms) {
    return new StorySummary(
            storyId, 1, Map.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            sequence, Optional.empty(), Map.of())
        .merged(first, sequence, maxTerms, 1);
  }

  /** This story with one more member. */
  StorySummary plus(ArticleFeatures member, long sequence, int maxTerms) {
    return merged(member, sequence, maxTerms, size + 1);
  }

  private StorySummary merged(ArticleFeatures member, long sequence, int maxTerms, int newSize) {
    // Each member adds its unit-length log-TF vector: a long article must not outweigh a short one.
    Map<String, Double> unit = unitLogTf(member.terms());
    Map<String, Double> sums = new LinkedHashMap<>(terms);
    unit.forEach((term, weight) -> sums.merge(term, weight, Double::sum));
    List<Map<String, Double>> recent = new ArrayList<>(recentMembers);
    recent.add(strongest(unit, MEMBER_TERMS));
    if (recent.size() > RECENT_MEMBERS) {
      recent.remove(0);
    }
    Map<String, String> outlets = new LinkedHashMap<>(firstArticleByOutlet);
    member.outlet().ifPresent(outlet -> outlets.putIfAbsent(outlet, member.articleId()));
    Optional<LocalDate> latest = latestDate;
    if (member.date().isPresent()
        && (latest.isEmpty() || member.date().get().isAfter(latest.get()))) {
      latest = member.date();
    }
    return new StorySummary(
        storyId,
        newSize,
        strongest(sums, maxTerms),
        recent,
        counted(titleTerms, member.titleTerms(), SET_LIMIT),
        counted(entities, member.entityKeys(), SET_LIMIT),
        counted(salient, member.salientKeys(), SET_LIMIT),
        counted(titleKeys, member.titleKeys(), SET_LIMIT),
        counted(years, member.years(), SET_LIMIT),
        counted(quantities, member.quantities(), SET_LIMIT),
        sequence,
        latest,
        outlets);
  }

  static Map<String, Double> unitLogTf(Map<String, Integer> counts) {
    double norm = 0;
    for (int count : counts.values()) {
      norm += (1 + Math.log(count)) * (1 + Math.log(count));
    }
    double length = Math.sqrt(norm);
    Map<String, Double> unit = new LinkedHashMap<>();
    counts.forEach((term, count) -> unit.put(term, (1 + Math.log(count)) / length));
    return unit;
  }

  /** Counts plus one for each of the member's items, the most counted {@code limit} kept. */
  private static <K extends Comparable<K>> Map<K, Integer> counted(
      Map<K, Integer> counts, Set<K> items, int limit) {
    Map<K, Integer> sums = new LinkedHashMap<>(counts);
    items.forEach(item -> sums.merge(item, 1, Integer::sum));
    if (sums.size() <= limit) {
      return sums;
    }
    List<Map.Entry<K, Integer>> entries = new ArrayList<>(sums.entrySet());
    entries.sort(
        Map.Entry.<K, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<K, Integer> kept = new LinkedHashMap<>();
    entries.subList(0, limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /** The strongest terms, ties broken by term so replays give identical centroids. */
  private static Map<String, Double> strongest(Map<String, Double> sums, int maxTerms) {
    if (sums.size() <= maxTerms) {
      return sums;
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(sums.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Double> entry : entries.subList(0, maxTerms)) {
      kept.put(entry.getKey(), entry.getValue());
    }
    return kept;
  }
}
