package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storylens.compare.CompareFixtures.article;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;

/** Invented reports that give one officer, and one governor, their titles. */
class TitleConflictsTest {

  private static final LocalDateTime MORNING = LocalDateTime.of(2024, 9, 2, 8, 0);

  @Test
  void aRankOneArticleGivesAndAnotherDoesNotIsAConflict() {
    List<Conflict> conflicts =
        new TitleConflicts()
            .conflicts(
                List.of(
                    article(
                        "wire", MORNING,
                        "Lieutenant Colonel Ana Roth said the convoy had been stopped at the border."),
                    article(
                        "site", MORNING.plusHours(1),
                        "Colonel Ana Roth told reporters the convoy was stopped at the border."),
                    article(
                        "daily", MORNING.plusHours(2),
                        "The convoy was halted at the border, said Lieutenant Colonel Ana Roth.")));
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.about()).startsWith("the title of").contains("Roth");
      assertThat(c.claims()).extracting(ConflictClaim::article).containsExactly("wire", "site", "daily");
      assertThat(c.claims()).extracting(ConflictClaim::value)
          .containsExactly("Lieutenant Colonel Ana Roth", "Colonel Ana Roth", "Lieutenant Colonel Ana Roth");
    });
  }

  @Test
  void aFullerDescriptionOfOneOfficeIsNoConflict() {
    assertThat(
            new TitleConflicts()
                .conflicts(
                    List.of(
                        article(
                            "wire", MORNING,
                            "Provincial Governor Irena Moskal opened the stadium to families."),
                        article(
                            "site", MORNING.plusHours(1),
                            "Governor Irena Moskal said the stadium would shelter families."),
                        article(
                            "daily", MORNING.plusHours(2),
                            "Irena Moskal, the governor, opened the stadium."))))
        .isEmpty();
  }
}
