package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalizedNameKeysTest {

  private final CapitalizedNameKeys keys = new CapitalizedNameKeys();

  @Test
  void namesAreCapitalisedRunsAndTheirWords() {
    assertThat(
            keys.keys(
                TestArticles.article(
                    "a",
                    "Title Words Are Not Names",
                    "Rescuers in Tolsk said Governor Anna Petrov's office was open. Petrov"
                        + " visited Verin on Monday.")))
        .containsExactly("tolsk", "governor anna petrov", "governor", "anna", "petrov", "verin");
  }

  @Test
  void aLoneCapitalisedWordOpeningASentenceIsNotAName() {
    assertThat(keys.keys(TestArticles.article("a", null, "Rescuers worked. Engineers came.")))
        .isEmpty();
  }
}
