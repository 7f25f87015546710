package org.storylens.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTextCleaningConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    PageTextCleaningConfig config = PageTextCleaningConfig.defaults();
    assertThat(config.maxTitleLength()).isEqualTo(250);
    assertThat(config.headingMaxWords()).isEqualTo(16);
    assertThat(config.maxUiLineWords()).isEqualTo(6);
    assertThat(config.minRepeatedSentenceLength()).isEqualTo(40);
    assertThat(config.dominantScriptShare()).isEqualTo(0.7);
    assertThat(config.foreignLineShare()).isEqualTo(0.5);
    assertThat(config.furniture().uiWords()).contains("share", "поделиться", "paylaş");
  }

  @Test
  void withCopiesChangeOneValue() {
    PageTextCleaningConfig config = PageTextCleaningConfig.defaults().withMinRepeatedSentenceLength(80);
    assertThat(config.minRepeatedSentenceLength()).isEqualTo(80);
    assertThat(config.maxTitleLength()).isEqualTo(250);
  }

  @Test
  void badValuesFailLoudly() {
    assertThatThrownBy(() -> PageTextCleaningConfig.defaults().withMaxTitleLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageTextCleaningConfig.defaults().withForeignLineShare(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vocabularyFormatRejectsUnknownSections() {
    assertThatThrownBy(() -> FurnitureVocabulary.parse("[buttons]\nshare\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buttons");
    FurnitureVocabulary custom = FurnitureVocabulary.parse("[ui-words]\nteilen drucken\n[lines]\nMehr dazu\n");
    assertThat(custom.uiWords()).containsExactlyInAnyOrder("teilen", "drucken");
    assertThat(custom.lines()).containsExactly("mehr dazu");
    FurnitureVocabulary lists =
        FurnitureVocabulary.parse("[promos]\nJetzt ansehen:\n[list-headers]\nWeitere Meldungen\n");
    assertThat(lists.promos()).containsExactly("jetzt ansehen:");
    assertThat(lists.listHeaders()).containsExactly("weitere meldungen");
  }

  @Test
  void theBundledVocabularyHasListHeadersAndPromos() {
    FurnitureVocabulary bundled = FurnitureVocabulary.bundled();
    assertThat(bundled.listHeaders()).contains("related", "more on this story", "most read");
    assertThat(bundled.promos()).contains("watch:", "explainer:");
  }

  @Test
  void aCustomVocabularyChangesWhatIsFurniture() {
    String page = "Harbour project approved today\n\nThe harbour project was approved.\n\nGossip corner\n";
    PageTextCleaner standard = new PageTextCleaner();
    PageTextCleaner custom =
        new PageTextCleaner(
            PageTextCleaningConfig.defaults()
                .withFurniture(FurnitureVocabulary.parse("[lines]\nthe harbour project was approved\n")));
    assertThat(standard.clean(page).blocks()).hasSize(2);
    assertThat(custom.clean(page).blocks()).hasSize(1);
  }
}
