package org.storylens.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What clustering knows of one article: the only thing a {@link StoryStore} keeps of it.
 *
 * @param articleId the article's id
 * @param terms stemmed term → count, title terms counted {@link ClusteringConfig#titleBoost()}
 *     times; in first-occurrence order
 * @param titleTerms the stemmed terms of the title alone
 * @param entityKeys canonical keys of the named entities it mentions (from the analysis stage),
 *     and the last word of each multi-word key, so "Jamal Williams" and a later "Williams" meet
 * @param salience the entity keys the article is about (named in the title or the lead, or
 *     mentioned again and again), each with its strength: its mentions, a title or lead mention
 *     counting more; most salient first; keys of {@code entityKeys}
 * @param titleKeys the entity keys named in the title: who and where the headline is about; a
 *     subset of {@code salientKeys}
 * @param years the years of the absolute dates the text states ("16 September 2013", "in 2008")
 * @param quantities the counted quantities it states, as {@code value unit} ("150 metre")
 * @param date the publication date, when known
 * @param outlet who published it, lower-cased, when known
 * @param basedOn the outlet it declares it is based on, lower-cased, when stated
 */
public record ArticleFeatures(
    String articleId,
    Map<String, Integer> terms,
    Set<String> titleTerms,
    Set<String> entityKeys,
    Map<String, Integer> salience,
    Set<String> titleKeys,
    Set<Integer> years,
    Set<String> quantities,
    Optional<LocalDate> date,
    Optional<String> outlet,
    Optional<String> basedOn)
    implements Serializable {

  public ArticleFeatures {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(basedOn, "basedOn");
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    titleTerms = Collections.unmodifiableSet(new LinkedHashSet<>(titleTerms));
    entityKeys = Collections.unmodifiableSet(new LinkedHashSet<>(entityKeys));
    salience = Collections.unmodifiableMap(new LinkedHashMap<>(salience));
    titleKeys = Collections.unmodifiableSet(new LinkedHashSet<>(titleKeys));
    years = Collections.unmodifiableSet(new LinkedHashSet<>(years));
    quantities = Collections.unmodifiableSet(new LinkedHashSet<>(quantities));
    terms.forEach(
        (term, count) -> {
          if (term.isEmpty() || count < 1) {
            throw new IllegalArgumentException("bad term count " + term + "=" + count);
          }
        });
    if (!entityKeys.containsAll(salience.keySet())) {
      throw new IllegalArgumentException("salient keys must be entity keys: " + salience);
    }
    salience.forEach(
        (key, strength) -> {
          if (strength < 1) {
            throw new IllegalArgumentException("bad salience " + key + "=" + strength);
          }
        });
    if (!salience.keySet().containsAll(titleKeys)) {
      throw new IllegalArgumentException("title keys must be salient keys: " + titleKeys);
    }
  }

  /** Features with terms and entity keys only, for tests and simple streams. */
  public static ArticleFeatures of(
      String articleId,
      Map<String, Integer> terms,
      Set<String> entityKeys,
      Optional<LocalDate> date,
      Optional<String> outlet,
      Optional<String> basedOn) {
    return new ArticleFeatures(
        articleId, terms, Set.of(), entityKeys, Map.of(), Set.of(), Set.of(), Set.of(), date,
        outlet, basedOn);
  }

  /** The keys the article is about, most salient first. */
  public Set<String> salientKeys() {
    return salience.keySet();
  }
}
