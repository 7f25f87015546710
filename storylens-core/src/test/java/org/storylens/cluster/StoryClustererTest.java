package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;

class StoryClustererTest {

  private final ClusteringConfig config = ClusteringConfig.defaults();

  private Map<String, StoryAssignment> cluster(List<Article> stream) throws IOException {
    Map<String, StoryAssignment> assignments = new LinkedHashMap<>();
    try (StoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      for (Article article : stream) {
        clusterer.add(TestArticles.analyze(article)).ifPresent(a -> assignments.put(a.articleId(), a));
      }
    }
    return assignments;
  }

  @Test
  void twoEarthquakesWeeksApartStayApartAndEachHoldsTogether() throws IOException {
    Map<String, StoryAssignment> stories = cluster(TestArticles.twoEarthquakes());

    String first = stories.get("quake1-a").storyId();
    String second = stories.get("quake2-a").storyId();
    assertThat(first).isNotEqualTo(second);
    assertThat(stories.get("quake1-b").storyId()).isEqualTo(first);
    assertThat(stories.get("quake1-c").storyId()).isEqualTo(first);
    assertThat(stories.get("quake2-b").storyId()).isEqualTo(second);
    assertThat(stories.get("quake2-c").storyId()).isEqualTo(second);
  }

  @Test
  void theTwoEarthquakesStayApartWithoutDatesAndInterleaved() throws IOException {
    List<Article> undated =
        TestArticles.twoEarthquakes().stream()
            .map(a -> TestArticles.article(a.id(), a.title().orElse(null), a.text()))
            .toList();
    undated = List.of(
        undated.get(0), undated.get(3), undated.get(1), undated.get(4), undated.get(2),
        undated.get(5));
    Map<String, StoryAssignment> stories = cluster(undated);

    assertThat(stories.get("quake1-a").storyId()).isNotEqualTo(stories.get("quake2-a").storyId());
    assertThat(stories.get("quake1-c").storyId()).isEqualTo(stories.get("quake1-a").storyId());
    assertThat(stories.get("quake2-c").storyId()).isEqualTo(stories.get("quake2-a").storyId());
  }

  @Test
  void twoBankFailuresDaysApartStayApart() throws IOException {
    Map<String, StoryAssignment> stories = cluster(TestArticles.twoBankFailures());

    assertThat(stories.get("bank1-b").storyId()).isEqualTo(stories.get("bank1-a").storyId());
    assertThat(stories.get("bank2-b").storyId()).isEqualTo(stories.get("bank2-a").storyId());
    assertThat(stories.get("bank2-a").storyId()).isNotEqualTo(stories.get("bank1-a").storyId());
  }

  @Test
  void twoPhoneCallsBetweenTheSameLeadersAYearApartStayApart() throws IOException {
    Map<String, StoryAssignment> stories = cluster(TestArticles.twoPhoneCallsAYearApart());

    assertThat(stories.get("call1-b").storyId()).isEqualTo(stories.get("call1-a").storyId());
    assertThat(stories.get("call2-b").storyId()).isEqualTo(stories.get("call2-a").storyId());
    assertThat(stories.get("call2-a").storyId()).isNotEqualTo(stories.get("call1-a").storyId());
  }

  @Test
  void unrelatedArticlesOfOneDayStayApart() throws IOException {
    LocalDate day = LocalDate.of(2025, 6, 9);
    Map<String, StoryAssignment> stories =
        cluster(
            List.of(
                TestArticles.article(
                    "library", "City library reopens after repairs",
                    "The city library in Dunmore reopened on Monday after two years of repairs to"
                        + " its roof, the council said.",
                    day, "Daily Courier", null),
                TestArticles.article(
                    "bridge", "Ostry bridge closed for inspection",
                    "The Ostry river bridge was closed to traffic on Monday for an inspection of"
                        + " its cables, engineers said.",
                    day, "Northern Wire", null)));

    assertThat(stories.get("bridge").storyId()).isEqualTo("bridge");
  }

  @Test
  void aDeclaredCreditToAnEarlierOutletInTheStoryIsAnAttributionLink() throws IOException {
    Map<String, StoryAssignment> stories = cluster(TestArticles.twoEarthquakes());

    assertThat(stories.get("quake2-c").derivations())
        .extracting(DerivationLink::from, DerivationLink::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "quake2-a", DerivationLink.Kind.ATTRIBUTION));
  }

  @Test
  void aLightlyEditedCopyIsANearDuplicateOfTheOriginal() throws IOException {
    Article original = TestArticles.twoEarthquakes().get(0);
    Article copy =
        TestArticles.article(
            "copy", "Quake kills 120 in Tolsk",
            original.text() + " Updated at noon.",
            LocalDate.of(2023, 2, 6), "Gazette", null);
    Map<String, StoryAssignment> stories = cluster(List.of(original, copy));

    assertThat(stories.get("copy").storyId()).isEqualTo("quake1-a");
    assertThat(stories.get("copy").derivations())
        .singleElement()
        .satisfies(link -> {
          assertThat(link.from()).isEqualTo("quake1-a");
          assertThat(link.kind()).isEqualTo(DerivationLink.Kind.NEAR_DUPLICATE);
          assertThat(link.score()).isGreaterThan(0.8);
        });
  }

  @Test
  void anArticleAlreadyInTheStoreIsSkipped() throws IOException {
    Article article = TestArticles.twoEarthquakes().get(0);
    try (StoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      assertThat(clusterer.add(TestArticles.analyze(article))).isPresent();
      assertThat(clusterer.add(TestArticles.analyze(article))).isEmpty();
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void articlesPreparedInParallelGetTheDecisionsOfTheSequentialAdd() throws Exception {
    List<Article> stream = new java.util.ArrayList<>(TestArticles.twoEarthquakes());
    Article original = stream.get(0);
    stream.add(TestArticles.article("copy", "Quake kills 120 in Tolsk", original.text() + " Updated at noon.",
        LocalDate.of(2023, 2, 6), "Gazette", null));
    Map<String, StoryAssignment> sequential = cluster(stream);
    Map<String, StoryAssignment> prepared = new LinkedHashMap<>();
    try (StoryStore store = InMemoryStoryStore.of(config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store)) {
      // every article prepared at once on other threads, then added in stream order
      List<StoryClusterer.PreparedArticle> ready =
          stream.parallelStream().map(a -> clusterer.prepare(TestArticles.analyze(a))).toList();
      for (StoryClusterer.PreparedArticle article : ready) {
        clusterer.add(article).ifPresent(a -> prepared.put(a.articleId(), a));
      }
      assertThat(clusterer.add(ready.get(0))).as("an article already stored").isEmpty();
    }
    assertThat(prepared).isEqualTo(sequential);
    assertThat(prepared.get("copy").derivations()).isNotEmpty();
  }
}
