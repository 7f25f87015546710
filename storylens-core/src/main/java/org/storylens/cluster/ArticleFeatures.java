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
 * @param entityKeys canonical keys of the named entities it mentions, from an {@link
 *     EntityKeySource}
 * @param date the publication date, when known
 * @param outlet who published it, lower-cased, when known
 * @param basedOn the outlet it declares it is based on, lower-cased, when stated
 */
public record ArticleFeatures(
    String articleId,
    Map<String, Integer> terms,
    Set<String> entityKeys,
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
    entityKeys = Collections.unmodifiableSet(new LinkedHashSet<>(entityKeys));
    terms.forEach(
        (term, count) -> {
          if (term.isEmpty() || count < 1) {
            throw new IllegalArgumentException("bad term count " + term + "=" + count);
          }
        });
  }
}
