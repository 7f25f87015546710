package org.storylens.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What clustering remembers of an active story: a centroid and the last few members' vectors, not
 * its members' texts, so a story's size in memory is bounded whatever its member count.
 *
 * @param storyId the story's id (the id of the article that started it)
 * @param size how many articles joined it
 * @param terms centroid: term → sum over members of their TF-IDF weights {@code (1 + ln count) *
 *     idf}, each member's vector scaled to unit length first, only the strongest {@link
 *     ClusteringConfig#centroidTerms()} kept. The IDF is the stream's when the member joined:
 *     frozen, so a candidate is compared without looking up every centroid term's document
 *     frequency again (the usual single-pass trade; IDF moves little once a stream has run a
 *     while)
 * @param termsNorm the centroid's Euclidean length
 * @param recentMembers the TF-IDF vectors of the latest {@link #RECENT_MEMBERS} members, newest
 *     last, each cut to its {@link #MEMBER_TERMS} strongest terms and scaled to unit length: a new
 *     article is compared with them one by one, so a story whose reports differ in angle still
 *     takes an article close to one of them
 * @param titleTerms title term → how many members' titles have it, the strongest {@link
 *     #SET_LIMIT} kept
 * @param entities entity key → how many members mention it, the most counted {@link #SET_LIMIT}
 *     kept (and so for the other counts)
 * @param salient entity key → how many members are about it (see {@link
 *     ArticleFeatures#salientKeys()})
 * @param entityWeights what the scorer divides by (the length of the story's entity vector, the
 *     IDF-weighted totals of {@code salient} and {@code titleKeys}), kept as sums from which it
 *     follows for any later stream length, so a candidate is compared without looking up the IDF of
 *     every key it holds
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
    double termsNorm,
    List<Map<String, Double>> recentMembers,
    Map<String, Integer> titleTerms,
    Map<String, Integer> entities,
    Map<String, Integer> salient,
    Map<String, Integer> titleKeys,
    EntityWeights entityWeights,
    Map<Integer, Integer> years,
    Map<String, Integer> quantities,
    long lastSequence,
    Optional<LocalDate> latestDate,
    Map<String, String> firstArticleByOutlet)
    implements Serializable {

  /**
   * Sums over a story's entity keys from which the scorer's IDF-weighted totals follow exactly for
   * any later stream length. IDF is {@code ln((n + 1) / (df + 1)) + 1}: as the stream grows from
   * {@code documents} to {@code n} articles, every key's IDF moves by the same {@code delta = ln((n
   * + 1) / (documents + 1))}, so a sum of {@code count * (idf + delta)} or of its squares is the
   * sums kept here expanded in {@code delta}. Only the document frequencies that changed since the
   * story last changed (keys of articles that joined other stories) are not followed.
   *
   * @param documents the stream length the IDF was taken at
   * @param squares sum over the story's keys of {@code (count * idf)^2}
   * @param cross sum of {@code count^2 * idf}
   * @param counts sum of {@code count^2}
   * @param salient sum over the salient keys of {@code count * idf}
   * @param salientCounts sum of their counts
   * @param titleKeys sum over the title keys of {@code count * idf}
   * @param titleKeyCounts sum of their counts
   */
  public record EntityWeights(
      long documents,
      double squares,
      double cross,
      double counts,
      double salient,
      double salientCounts,
      double titleKeys,
      double titleKeyCounts)
      implements Serializable {
    static final EntityWeights NONE = new EntityWeights(0, 0, 0, 0, 0, 0, 0, 0);

    static EntityWeights of(
        long documents,
        Map<String, Integer> entities,
        Map<String, Integer> salient,
        Map<String, Integer> titleKeys,
        ToDoubleFunction<String> idf) {
      double squares = 0;
      double cross = 0;
      double counts = 0;
      for (Map.Entry<String, Integer> entry : entities.entrySet()) {
        double count = entry.getValue();
        double w = idf.applyAsDouble(entry.getKey());
        squares += count * count * w * w;
        cross += count * count * w;
        counts += count * count;
      }
      double salientSum = 0;
      double salientCounts = 0;
      for (Map.Entry<String, Integer> entry : salient.entrySet()) {
        salientSum += entry.getValue() * idf.applyAsDouble(entry.getKey());
        salientCounts += entry.getValue();
      }
      double titleSum = 0;
      double titleCounts = 0;
      for (Map.Entry<String, Integer> entry : titleKeys.entrySet()) {
        titleSum += entry.getValue() * idf.applyAsDouble(entry.getKey());
        titleCounts += entry.getValue();
      }
      return new EntityWeights(
          documents, squares, cross, counts, salientSum, salientCounts, titleSum, titleCounts);
    }

    /** How far every IDF has moved from {@link #documents} to {@code now} articles. */
    double shift(long now) {
      return Math.log((now + 1.0) / (documents + 1.0));
    }

    /** The length of the vector of entity counts times IDF, at {@code now} articles. */
    double norm(long now) {
      double d = shift(now);
      return Math.sqrt(Math.max(0, squares + 2 * d * cross + d * d * counts));
    }

    /** The sum of salient counts times IDF, at {@code now} articles. */
    double salient(long now) {
      return salient + shift(now) * salientCounts;
    }

    /** The sum of title key counts times IDF, at {@code now} articles. */
    double titleKeys(long now) {
      return titleKeys + shift(now) * titleKeyCounts;
    }
  }

  static final int RECENT_MEMBERS = 4;
  static final int MEMBER_TERMS = 60;
  static final int SET_LIMIT = 200;

  public StorySummary {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(latestDate, "latestDate");
    Objects.requireNonNull(entityWeights, "entityWeights");
    if (size < 1) {
      throw new IllegalArgumentException("a story has at least one member: " + size);
    }
    // packed, in the order given: a summary is made for every article that joins a story
    terms = PackedMap.weights(terms);
    recentMembers = recentMembers.stream().<Map<String, Double>>map(PackedMap::weights).toList();
    titleTerms = PackedMap.counts(titleTerms);
    entities = PackedMap.counts(entities);
    salient = PackedMap.counts(salient);
    titleKeys = PackedMap.counts(titleKeys);
    years = PackedMap.counts(years);
    quantities = PackedMap.counts(quantities);
    firstArticleByOutlet = PackedMap.values(firstArticleByOutlet);
  }

  /** A story started by one article. */
  static StorySummary founded(
      String storyId, ArticleFeatures first, long sequence, int maxTerms,
      ToDoubleFunction<String> idf, long documents, ToDoubleFunction<String> entityIdf) {
    return new StorySummary(
            storyId, 1, Map.of(), 0, List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            EntityWeights.NONE, Map.of(), Map.of(), sequence, Optional.empty(), Map.of())
        .merged(first, sequence, maxTerms, 1, idf, documents, entityIdf);
  }

  /**
   * This story with one more member, weighing its terms and keys by the stream's IDF now, at
   * {@code documents} articles.
   */
  StorySummary plus(
      ArticleFeatures member, long sequence, int maxTerms, ToDoubleFunction<String> idf,
      long documents, ToDoubleFunction<String> entityIdf) {
    return merged(member, sequence, maxTerms, size + 1, idf, documents, entityIdf);
  }

  private StorySummary merged(
      ArticleFeatures member, long sequence, int maxTerms, int newSize,
      ToDoubleFunction<String> idf, long documents, ToDoubleFunction<String> entityIdf) {
    // Each member adds its unit-length vector: a long article must not outweigh a short one.
    PackedMap.Weights unit = unitTfIdf(member.terms(), idf);
    PackedMap.Weights centroid = centroidPlus(PackedMap.weights(terms), unit, maxTerms);
    List<Map<String, Double>> recent = new ArrayList<>(recentMembers);
    recent.add(recentMember(unit));
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
    Map<String, Integer> newEntities = counted(entities, member.entityKeys(), SET_LIMIT);
    Map<String, Integer> newSalient = counted(salient, member.salientKeys(), SET_LIMIT);
    Map<String, Integer> newTitleKeys = counted(titleKeys, member.titleKeys(), SET_LIMIT);
    return new StorySummary(
        storyId,
        newSize,
        centroid,
        norm(centroid),
        recent,
        counted(titleTerms, member.titleTerms(), SET_LIMIT),
        newEntities,
        newSalient,
        newTitleKeys,
        EntityWeights.of(documents, newEntities, newSalient, newTitleKeys, entityIdf),
        counted(years, member.years(), SET_LIMIT),
        counted(quantities, member.quantities(), SET_LIMIT),
        sequence,
        latest,
        outlets);
  }

  /**
   * A centroid with a member's unit vector added: the story's terms in their order, the member's
   * new ones after them (the order a linked map's merge gives), and when there are more than
   * {@code maxTerms}, the strongest that many, strongest first, ties broken by term. On arrays,
   * not a linked map of boxed weights sorted by a comparator: the decisions thread makes one of
   * hundreds of terms for every article stored.
   */
  private static PackedMap.Weights centroidPlus(
      PackedMap.Weights terms, PackedMap.Weights unit, int maxTerms) {
    int size = terms.size();
    Object[] keys = terms.keyArray(size + unit.size());
    double[] values = terms.weightArray(keys.length);
    for (int j = 0; j < unit.size(); j++) {
      int at = terms.indexOf(unit.key(j));
      if (at >= 0) {
        values[at] += unit.weight(j);
      } else {
        keys[size] = unit.key(j);
        values[size++] = unit.weight(j);
      }
    }
    if (size <= maxTerms) {
      return PackedMap.weights(keys, values, size);
    }
    PackedMap.sortStrongestFirst(keys, values, size);
    return PackedMap.weights(keys, values, maxTerms);
  }

  /** A member's TF-IDF weights scaled to unit length, in the order of its terms. */
  private static PackedMap.Weights unitTfIdf(
      Map<String, Integer> counts, ToDoubleFunction<String> idf) {
    int n = counts.size();
    Object[] keys = new Object[n];
    double[] values = new double[n];
    int i = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      keys[i] = entry.getKey();
      values[i++] = (1 + Math.log(entry.getValue())) * idf.applyAsDouble(entry.getKey());
    }
    scaleToUnit(values, n);
    return PackedMap.weights(keys, values, n);
  }

  /**
   * A member's vector as the story keeps it among its recent ones: its {@link #MEMBER_TERMS}
   * strongest weights (all of them, in its order, when it has no more), scaled to unit length.
   */
  private static PackedMap.Weights recentMember(PackedMap.Weights unit) {
    int n = unit.size();
    Object[] keys = unit.keyArray(n);
    double[] values = unit.weightArray(n);
    if (n > MEMBER_TERMS) {
      PackedMap.sortStrongestFirst(keys, values, n);
      n = MEMBER_TERMS;
    }
    scaleToUnit(values, n);
    return PackedMap.weights(keys, values, n);
  }

  private static void scaleToUnit(double[] values, int size) {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i] * values[i];
    }
    double length = Math.sqrt(sum);
    for (int i = 0; i < size; i++) {
      values[i] = length == 0 ? 0 : values[i] / length;
    }
  }

  private static double norm(Map<String, Double> vector) {
    double sum = 0;
    for (double weight : vector.values()) {
      sum += weight * weight;
    }
    return Math.sqrt(sum);
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
}
