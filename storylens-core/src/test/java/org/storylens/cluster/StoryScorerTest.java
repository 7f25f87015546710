package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryScorerTest {

  private final ClusteringConfig config = ClusteringConfig.defaults();
  private final StoryScorer scorer = new StoryScorer(config, config.linking());

  private static ArticleFeatures article(
      String id, Map<String, Integer> terms, Set<String> keys, LocalDate date) {
    return ArticleFeatures.of(
        id, terms, keys, Optional.ofNullable(date), Optional.empty(), Optional.empty());
  }

  /** An article about the named entities, the first the most. */
  private static ArticleFeatures about(String id, List<String> named, Set<Integer> years) {
    Map<String, Integer> salient = new LinkedHashMap<>();
    named.forEach(key -> salient.put(key, named.size() + 1 - salient.size()));
    return new ArticleFeatures(
        id, Map.of("arrest", 1, "charger", 1), Set.of(), salient.keySet(), salient, Set.of(), years,
        Set.of(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private StoryStore storeWith(ArticleFeatures... members) throws IOException {
    StoryStore store = new InMemoryStoryStore(new StoryWindow(100, 30), 400);
    for (ArticleFeatures member : members) {
      store.record(new ClusterStep(store.articleCount(), "s", member));
    }
    return store;
  }

  private StoryScorer.Score score(ArticleFeatures article, StoryStore store) {
    return scorer.score(article, store.story("s").orElseThrow(), store);
  }

  @Test
  void anIdenticalArticleMatchesOnTextMembersAndEntities() throws IOException {
    ArticleFeatures member = article("a", Map.of("quake", 2, "tolsk", 1), Set.of("tolsk"), null);
    StoryStore store = storeWith(member);
    ArticleFeatures same = article("b", Map.of("quake", 2, "tolsk", 1), Set.of("tolsk"), null);

    StoryScorer.Score score = score(same, store);

    assertThat(score.feature(LinkFeature.TEXT)).isCloseTo(1.0, within(1e-9));
    assertThat(score.feature(LinkFeature.MEMBER)).isCloseTo(1.0, within(1e-9));
    assertThat(score.feature(LinkFeature.ENTITY)).isCloseTo(1.0, within(1e-9));
    assertThat(score.probability()).isGreaterThan(config.linking().threshold());
  }

  @Test
  void aSignalOneSideLacksIsFlaggedAbsentNotMeasuredAsDisagreement() throws IOException {
    StoryStore store = storeWith(article("a", Map.of("quake", 1), Set.of(), null));

    StoryScorer.Score score = score(article("b", Map.of("quake", 1), Set.of(), null), store);

    assertThat(score.feature(LinkFeature.DATED)).isZero();
    assertThat(score.feature(LinkFeature.HAS_YEARS)).isZero();
    assertThat(score.feature(LinkFeature.HAS_SALIENT)).isZero();
  }

  @Test
  void theSameWordsWeeksApartAreFartherInTimeThanDaysApart() throws IOException {
    LocalDate day = LocalDate.of(2023, 2, 6);
    StoryStore store = storeWith(article("a", Map.of("quake", 1, "dam", 1), Set.of(), day));

    double near =
        score(article("b", Map.of("quake", 1, "dam", 1), Set.of(), day.plusDays(1)), store)
            .feature(LinkFeature.TIME);
    double far =
        score(article("c", Map.of("quake", 1, "dam", 1), Set.of(), day.plusDays(35)), store)
            .feature(LinkFeature.TIME);

    assertThat(far).isLessThan(near - 0.5);
  }

  @Test
  void aRareSharedTermOutweighsACommonOne() throws IOException {
    StoryStore store =
        storeWith(
            article("a", Map.of("said", 1, "tolsk", 1), Set.of(), null),
            article("b", Map.of("said", 1, "verin", 1), Set.of(), null),
            article("c", Map.of("said", 1, "kesh", 1), Set.of(), null));
    // Both articles share two words with the story; "said" is in every member, "tolsk" in one.
    ArticleFeatures rare = article("d", Map.of("tolsk", 1, "verin", 1), Set.of(), null);
    ArticleFeatures common = article("e", Map.of("said", 1, "verin", 1), Set.of(), null);

    Map<String, Double> rareWeights = StoryScorer.weights(rare, store);
    Map<String, Double> commonWeights = StoryScorer.weights(common, store);

    assertThat(StoryScorer.idf(3, 1)).isGreaterThan(StoryScorer.idf(3, 3));
    assertThat(rareWeights.get("tolsk")).isGreaterThan(commonWeights.get("said"));
    assertThat(score(rare, store).feature(LinkFeature.MEMBER)).isGreaterThan(0);
  }

  @Test
  void anArticleAboutAnotherPersonOfTheSameTeamIsToldApart() throws IOException {
    StoryStore store =
        storeWith(
            about("a", List.of("jackson", "chargers"), Set.of(2009)),
            about("b", List.of("jackson", "chargers"), Set.of(2009)));

    StoryScorer.Score sameMan = score(about("c", List.of("jackson", "chargers"), Set.of(2009)), store);
    StoryScorer.Score otherMan =
        score(about("d", List.of("williams", "chargers"), Set.of(2009)), store);

    assertThat(sameMan.feature(LinkFeature.TOP_IN_STORY)).isEqualTo(1.0);
    assertThat(sameMan.feature(LinkFeature.STORY_TOP_IN_ARTICLE)).isEqualTo(1.0);
    assertThat(otherMan.feature(LinkFeature.STORY_TOP_IN_ARTICLE)).isZero();
    assertThat(otherMan.feature(LinkFeature.NOVEL_SALIENCE)).isGreaterThan(0.5);
    assertThat(sameMan.feature(LinkFeature.NOVEL_SALIENCE)).isZero();
    assertThat(otherMan.feature(LinkFeature.SALIENT_IN_STORY))
        .isLessThan(sameMan.feature(LinkFeature.SALIENT_IN_STORY));
    assertThat(otherMan.probability()).isLessThan(sameMan.probability());
  }

  @Test
  void datesInAnotherYearAreMeasuredAsNoSharedYear() throws IOException {
    StoryStore store = storeWith(about("a", List.of("cook"), Set.of(2008)));

    StoryScorer.Score later = score(about("b", List.of("cook"), Set.of(2013)), store);

    assertThat(later.feature(LinkFeature.HAS_YEARS)).isEqualTo(1.0);
    assertThat(later.feature(LinkFeature.YEARS)).isZero();
  }
}
