package org.storylens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;
import org.storylens.model.Story;

class StoryOrderTest {

  private static AnalyzedArticle article(String id, Published published, String outlet) {
    Article article =
        new Article(
            id,
            "test/" + id,
            Optional.of(id),
            Optional.ofNullable(outlet),
            Optional.empty(),
            Optional.ofNullable(published),
            Optional.empty(),
            Optional.of("en"),
            Optional.empty(),
            Optional.empty(),
            "Text of " + id + ".",
            List.of(),
            List.of());
    return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Published at(int day, int hour) {
    return new Published(LocalDate.of(2025, 3, day), Optional.of(LocalTime.of(hour, 0)), false);
  }

  private static Published on(int day) {
    return Published.stated(LocalDate.of(2025, 3, day));
  }

  private static List<String> ids(List<AnalyzedArticle> articles) {
    return articles.stream().map(a -> a.article().id()).toList();
  }

  @Test
  void articlesGoInTimeOrderWithTiesAndUndatedOnesInInputOrder() {
    List<AnalyzedArticle> input =
        List.of(
            article("undated-1", null, null),
            article("evening", at(4, 19), null),
            article("day-only", on(4), null),
            article("morning", at(4, 8), null),
            article("undated-2", null, null),
            article("earlier-day", on(3), null),
            article("day-only-2", on(4), null));
    assertThat(ids(StoryOrder.inTimeOrder(input)))
        .containsExactly(
            "earlier-day", "day-only", "day-only-2", "morning", "evening", "undated-1", "undated-2");
  }

  @Test
  void storiesGoByOutletsThenSizeThenEarliestDate() {
    Story oneOutletThreeArticles =
        new Story("same-outlet", List.of(
            article("a", on(1), "Wire"), article("b", on(1), "Wire"), article("c", on(1), "Wire")),
            List.of());
    Story twoOutlets =
        new Story("two", List.of(article("d", on(5), "Wire"), article("e", on(5), "Herald")), List.of());
    Story twoUnnamed =
        new Story("unnamed", List.of(article("f", on(2), null), article("g", on(2), null)), List.of());
    Story lone = new Story("lone", List.of(article("h", on(1), "Wire")), List.of());
    Story loneUndated = new Story("lone-undated", List.of(article("i", null, "Wire")), List.of());
    assertThat(
            StoryOrder.forReport(
                    List.of(loneUndated, lone, oneOutletThreeArticles, twoOutlets, twoUnnamed))
                .stream()
                .map(Story::id))
        .containsExactly("unnamed", "two", "same-outlet", "lone", "lone-undated");
  }
}
