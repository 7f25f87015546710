package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storylens.compare.CompareFixtures.article;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;
import org.storylens.model.StoryReport.ConflictKind;

/** Numbers that differ between three reports of one (invented) earthquake. */
class ConflictFinderTest {

  private static final ClaimTerms TERMS = new ClaimTerms();
  private static final ComparisonConfig CONFIG = ComparisonConfig.defaults();

  @AfterAll
  static void close() {
    TERMS.close();
  }


  private static final List<AnalyzedArticle> STORY =
      List.of(
          article(
              "morning",
              LocalDateTime.of(2024, 5, 6, 8, 0),
              "A strong earthquake of magnitude 6.1 struck the Tarsk region before dawn, killing"
                  + " at least 12 people, officials said. The last large quake in the region, a"
                  + " magnitude 5.2 tremor in 1987, killed 40 people."),
          article(
              "noon",
              LocalDateTime.of(2024, 5, 6, 12, 30),
              "The death toll from the earthquake in the Tarsk region rose to 27 people, officials"
                  + " said. The quake had a magnitude of 6.1, the national survey said. The last"
                  + " large quake in the region, a magnitude 5.2 tremor in 1987, killed 40 people."),
          article(
              "evening",
              LocalDateTime.of(2024, 5, 6, 19, 0),
              "At least 35 people were killed when an earthquake of magnitude 6.4 struck the Tarsk"
                  + " region early on Monday, according to the regional governor. An aftershock of"
                  + " magnitude 4.8 shook the area at noon."));

  private static List<Conflict> conflicts() {
    return conflictsOf(STORY);
  }

  private static Conflict about(List<Conflict> conflicts, String value) {
    return conflicts.stream()
        .filter(c -> c.claims().stream().anyMatch(x -> x.value().contains(value)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no conflict with " + value + " in " + conflicts));
  }

  @Test
  void aTollThatRisesThroughTheDayIsAnUpdate() {
    Conflict toll = about(conflicts(), "35");
    assertThat(toll.kind()).isEqualTo(ConflictKind.UPDATE);
    assertThat(toll.claims()).extracting(ConflictClaim::article).containsExactly("morning", "noon", "evening");
  }

  @Test
  void twoMagnitudesOfOneQuakeContradictEachOther() {
    Conflict magnitude = about(conflicts(), "6.4");
    assertThat(magnitude.kind()).isEqualTo(ConflictKind.CONTRADICTION);
    assertThat(magnitude.claims()).extracting(ConflictClaim::value).anyMatch(v -> v.contains("6.1"));
    // neither the aftershock nor the quake of 1987 is set against this one
    assertThat(magnitude.claims()).extracting(ConflictClaim::value)
        .noneMatch(v -> v.contains("4.8") || v.contains("5.2"));
  }

  @Test
  void numbersAllArticlesAgreeOnAreNoConflict() {
    assertThat(conflicts()).noneMatch(c -> c.claims().stream().anyMatch(x -> x.value().contains("40")));
  }

  private static List<Conflict> conflictsOf(List<AnalyzedArticle> story) {
    CompareFixtures.Aligned aligned = CompareFixtures.align(story, TERMS);
    return new ConflictFinder(TERMS, CONFIG).conflicts(aligned.claims(), aligned.facts());
  }

  @Test
  void twoPlacesForOneEventAreAConflictAndTheSamePlaceIsNot() {
    AnalyzedArticle wire =
        article(
            "wire",
            LocalDateTime.of(2024, 5, 6, 8, 0),
            "A gas explosion destroyed a four-storey apartment block in Velby on Sunday night,"
                + " the fire service said.");
    AnalyzedArticle site =
        article(
            "site",
            LocalDateTime.of(2024, 5, 6, 9, 0),
            "A gas explosion destroyed a four-storey apartment block in Osterholm on Sunday"
                + " night, according to the fire service.");
    AnalyzedArticle daily =
        article(
            "daily",
            LocalDateTime.of(2024, 5, 6, 10, 0),
            "A four-storey apartment block in Velby was destroyed by a gas explosion on Sunday"
                + " night, the fire service said.");
    List<Conflict> conflicts = conflictsOf(List.of(wire, site, daily));
    assertThat(conflicts).filteredOn(c -> c.about().equals("the place")).singleElement()
        .satisfies(
            c -> assertThat(c.claims()).extracting(ConflictClaim::value)
                .containsExactly("Velby", "Osterholm", "Velby"));
    assertThat(conflictsOf(List.of(wire, daily))).noneMatch(c -> c.about().equals("the place"));
  }

  @Test
  void twoPeopleNamedForOneRoleAreAConflict() {
    List<Conflict> conflicts =
        conflictsOf(
            List.of(
                article(
                    "wire", LocalDateTime.of(2024, 5, 6, 8, 0),
                    "The board of Velmar Bank appointed Ana Roth as its new chief executive on"
                        + " Monday, the bank said."),
                article(
                    "site", LocalDateTime.of(2024, 5, 6, 9, 0),
                    "The board of Velmar Bank appointed Ivo Kern as its new chief executive on"
                        + " Monday, according to the bank."),
                article(
                    "daily", LocalDateTime.of(2024, 5, 6, 10, 0),
                    "Ana Roth was appointed the new chief executive of Velmar Bank by its board on"
                        + " Monday.")));
    assertThat(conflicts).filteredOn(c -> c.about().equals("the person")).singleElement()
        .satisfies(
            c -> assertThat(c.claims()).extracting(ConflictClaim::value)
                .containsExactly("Ana Roth", "Ivo Kern", "Ana Roth"));
  }
}
