package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.cluster.StoryWindow;
import org.storylens.model.Article;
import org.storylens.model.Published;

class TfIdfSinglePassBaselineTest {

  private static Article article(String id, String text, LocalDate date) {
    return new Article(
        id, id, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Published.stated(date)), Optional.empty(), Optional.of("en"), Optional.empty(),
        Optional.empty(), text, List.of(), List.of());
  }

  private static final String QUAKE = "An earthquake shook the coastal town of Tolsk, toppling houses";
  private static final String FLOOD = "Floods swept through the river valley after days of rain";

  @Test
  void joinsTheSameEventAndStartsAStoryForAnother() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    Map<String, String> stories =
        new TfIdfSinglePassBaseline(0.275)
            .cluster(
                List.of(
                    article("a", QUAKE, day), article("b", FLOOD, day),
                    article("c", QUAKE + " overnight", day)));
    assertThat(stories).containsEntry("a", "a").containsEntry("b", "b").containsEntry("c", "a");
  }

  @Test
  void aStoryOutOfTheWindowIsNoLongerACandidate() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    List<Article> stream =
        List.of(
            article("a", QUAKE, day), article("b", FLOOD, day), article("c", FLOOD, day),
            article("d", QUAKE, day), article("e", QUAKE, day.plusDays(20)));
    assertThat(new TfIdfSinglePassBaseline(0.275).cluster(stream))
        .containsEntry("d", "a").containsEntry("e", "a");
    // Two articles without news close the quake story by count; twenty days close it by date.
    Map<String, String> windowed =
        new TfIdfSinglePassBaseline(0.275, new StoryWindow(1, 14)).cluster(stream);
    assertThat(windowed).containsEntry("d", "d").containsEntry("e", "e");
  }
}
