package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;

/** What two wordings of one claim have in common, on sentences written for these tests. */
class ClaimTermsTest {

  private static final ClaimTerms TERMS = new ClaimTerms();

  @AfterAll
  static void close() {
    TERMS.close();
  }

  private static Set<String> terms(String text) {
    AnalyzedArticle analyzed = ClaimSplitterTest.analyze("a", text);
    return TERMS.terms(analyzed, analyzed.sentences().get(0).span());
  }

  @Test
  void paraphrasesOfOneThingShareItsGroup() {
    assertThat(terms("The two leaders held a telephone conversation on Monday."))
        .contains("~call");
    assertThat(terms("The president phoned his counterpart on Monday.")).contains("~call");
    assertThat(terms("Officials promised a thorough probe into the blast.")).contains("~investigation");
    assertThat(terms("Officials promised a full investigation of the blast.")).contains("~investigation");
    assertThat(terms("The sides agreed on a cessation of hostilities in the valley."))
        .contains("~ceasefire");
    assertThat(terms("The sides agreed on a cease-fire in the valley.")).contains("~ceasefire");
  }

  @Test
  void britishAndAmericanSpellingsAreOneTerm() {
    Set<String> british = terms("The army moved to stabilise the region and organise aid.");
    Set<String> american = terms("The army moved to stabilize the region and organize aid.");
    assertThat(british).isEqualTo(american);
    // a word in -ise that is not a spelling of -ize keeps its form
    assertThat(terms("The minister made a promise to the farmers.")).contains("promis");
  }

  @Test
  void numbersAreOneTermHoweverTheyAreWritten() {
    assertThat(terms("Rescuers evacuated 5,000 residents from the town."))
        .contains("=5000");
    assertThat(terms("Rescuers evacuated 5000 residents from the town.")).contains("=5000");
  }

  @Test
  void namesDatesAndNumbersAreDetails() {
    assertThat(ClaimTerms.isDetail("@putin")).isTrue();
    assertThat(ClaimTerms.isDetail("#2023-09-20")).isTrue();
    assertThat(ClaimTerms.isDetail("=41")).isTrue();
    assertThat(ClaimTerms.isDetail("~call")).isFalse();
    assertThat(ClaimTerms.isDetail("village")).isFalse();
  }
}
