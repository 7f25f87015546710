package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashNearDuplicateFinderTest {

  private static final String TEXT =
      "The city council voted on Monday to close the old stone bridge to cars after engineers"
          + " found deep cracks in two of its arches, ending months of debate about the cost of"
          + " repairs. Buses will take a detour through the market square until a new crossing"
          + " opens, the mayor said, adding that cyclists and walkers may still use the bridge.";

  @Test
  void estimatesShingleOverlap() {
    MinHashNearDuplicateFinder finder = MinHashNearDuplicateFinder.standard();
    assertThat(finder.estimatedSimilarity(TEXT, TEXT)).isEqualTo(1.0);
    assertThat(finder.estimatedSimilarity(TEXT, TEXT.replace("Monday", "Tuesday")))
        .isBetween(0.7, 0.95);
    assertThat(finder.estimatedSimilarity(TEXT, "A storm flooded the harbour road overnight and"
        + " closed three schools in the north of the county, officials said."))
        .isLessThan(0.1);
  }

  @Test
  void linksACopyToTheEarlierArticleOnlyAndForgetsBeyondItsWindow() {
    MinHashNearDuplicateFinder finder = new MinHashNearDuplicateFinder(32, 4, 0.8, 2, 7);
    assertThat(finder.add("original", TEXT)).isEmpty();
    assertThat(finder.add("copy", TEXT + " Updated at noon."))
        .singleElement()
        .satisfies(link -> {
          assertThat(link.from()).isEqualTo("original");
          assertThat(link.to()).isEqualTo("copy");
        });
    finder.add("other", "Something else entirely happened in another town on another day.");
    assertThat(finder.add("late copy", TEXT))
        .extracting(link -> link.from())
        .containsExactly("copy");
  }

  @Test
  void theSameSeedGivesTheSameEstimates() {
    String edited = TEXT.replace("cars", "lorries").replace("mayor", "deputy mayor");
    assertThat(new MinHashNearDuplicateFinder(16, 4, 0.5, 10, 1).estimatedSimilarity(TEXT, edited))
        .isEqualTo(new MinHashNearDuplicateFinder(16, 4, 0.5, 10, 1).estimatedSimilarity(TEXT, edited));
  }

  @Test
  void textsShorterThanAShingleAreIgnored() {
    MinHashNearDuplicateFinder finder = MinHashNearDuplicateFinder.standard();
    assertThat(finder.add("a", "Too short")).isEmpty();
    assertThat(finder.add("b", "Too short")).isEmpty();
  }
}
