package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryScorerTest {

  private final ClusteringConfig config = ClusteringConfig.defaults().withWeights(0.7, 0.3, 0.2);
  private final StoryScorer scorer = new StoryScorer(config);

  private static ArticleFeatures article(
      String id, Map<String, Integer> terms, Set<String> keys, LocalDate date) {
    return new ArticleFeatures(
        id, terms, keys, Optional.ofNullable(date), Optional.empty(), Optional.empty());
  }

  private StoryStore storeWith(ArticleFeatures... members) throws IOException {
    StoryStore store = new InMemoryStoryStore(new StoryWindow(100, 30), 400);
    for (ArticleFeatures member : members) {
      store.record(new ClusterStep(store.articleCount(), "s", member));
    }
    return store;
  }

  @Test
  void anIdenticalArticleScoresOneOnTextAndEntities() throws IOException {
    ArticleFeatures member = article("a", Map.of("quake", 2, "tolsk", 1), Set.of("tolsk"), null);
    StoryStore store = storeWith(member);
    ArticleFeatures same = article("b", Map.of("quake", 2, "tolsk", 1), Set.of("tolsk"), null);

    StoryScorer.Score score =
        scorer.score(same, StoryScorer.weights(same, store), store.story("s").orElseThrow(), store);

    assertThat(score.text()).isCloseTo(1.0, within(1e-9));
    assertThat(score.entity()).isCloseTo(1.0, within(1e-9));
    assertThat(score.total()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aSignalThatCannotBeMeasuredDropsOutInsteadOfCountingZero() throws IOException {
    StoryStore store = storeWith(article("a", Map.of("quake", 1), Set.of(), null));
    ArticleFeatures undated = article("b", Map.of("quake", 1), Set.of(), null);

    StoryScorer.Score score =
        scorer.score(undated, StoryScorer.weights(undated, store), store.story("s").orElseThrow(), store);

    assertThat(score.total()).isCloseTo(score.text(), within(1e-9));
  }

  @Test
  void theSameWordsWeeksApartScoreLowerThanDaysApart() throws IOException {
    LocalDate day = LocalDate.of(2023, 2, 6);
    StoryStore store = storeWith(article("a", Map.of("quake", 1, "dam", 1), Set.of(), day));
    ArticleFeatures nextDay = article("b", Map.of("quake", 1, "dam", 1), Set.of(), day.plusDays(1));
    ArticleFeatures weeksLater =
        article("c", Map.of("quake", 1, "dam", 1), Set.of(), day.plusDays(35));
    StorySummary story = store.story("s").orElseThrow();

    double near = scorer.score(nextDay, StoryScorer.weights(nextDay, store), story, store).total();
    double far =
        scorer.score(weeksLater, StoryScorer.weights(weeksLater, store), story, store).total();

    assertThat(far).isLessThan(near - 0.1);
  }

  @Test
  void sharedRareTermsCountMoreThanSharedCommonOnes() throws IOException {
    StoryStore store =
        storeWith(
            article("a", Map.of("said", 1, "tolsk", 1), Set.of(), null),
            article("b", Map.of("said", 1, "verin", 1), Set.of(), null),
            article("c", Map.of("said", 1, "kesh", 1), Set.of(), null));
    StorySummary story = store.story("s").orElseThrow();
    ArticleFeatures rare = article("d", Map.of("tolsk", 1), Set.of(), null);
    ArticleFeatures common = article("e", Map.of("said", 1), Set.of(), null);

    double rareText = scorer.score(rare, StoryScorer.weights(rare, store), story, store).text();
    double commonText =
        scorer.score(common, StoryScorer.weights(common, store), story, store).text();

    assertThat(commonText).isGreaterThan(0);
    assertThat(StoryScorer.idf(3, 1)).isGreaterThan(StoryScorer.idf(3, 3));
    assertThat(rareText).isGreaterThan(0);
  }
}
