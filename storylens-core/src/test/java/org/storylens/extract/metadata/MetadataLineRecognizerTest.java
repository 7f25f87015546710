package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storylens.extract.metadata.MetadataLineRecognizer.Kind;

class MetadataLineRecognizerTest {

  private final MetadataLineRecognizer recognizer = MetadataLineRecognizer.bundled();

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "2024-03-02 09:10:11 | Last Update : 2024-03-02 10:00:00 # DATE # ",
        "2 March 2024 # DATE # ",
        "Published: Mar 2, 2024 9:10 AM EST # DATE # ",
        "Обновлено 02.03.2024 в 10:15 # DATE # ",
        "Yesterday, 19:15 GMT # DATE # ",
        "By Maria Gonzalez and Tom Reed # BYLINE # Maria Gonzalez and Tom Reed",
        "Author: J. Smith # BYLINE # J. Smith",
        "Reporting by Jane Doe; Editing by Tom Hale # BYLINE # Jane Doe",
        "By Kim Park | 4 March 2024 # BYLINE # Kim Park",
        "Coastline Post staff # BYLINE # Coastline Post staff",
        "Staff reporter # BYLINE # Staff reporter",
        "Source: City Desk # SOURCE # City Desk",
        "Source: AFP # SOURCE # AFP",
        "Based on materials from Kazinform # BASED_ON # Kazinform",
        "Based on reports by Gulf Wire. # BASED_ON # Gulf Wire",
        "По материалам РИА Новости # BASED_ON # РИА Новости",
        "Based on Interfax materials # BASED_ON # Interfax",
        "With inputs from PTI # BASED_ON # PTI",
        "© 2024 Harbor Times. All rights reserved. # COPYRIGHT # Harbor Times",
      })
  void recognisesMetadataLines(String line, Kind kind, String value) {
    MetadataLineRecognizer.MetadataLine found = recognizer.recognize(line).orElseThrow();
    assertThat(found.kind()).isEqualTo(kind);
    if (value != null) {
      assertThat(found.value()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By the end of the week, prices had doubled.",
        "Byzantine rules slowed the process.",
        "Sources said the deal was close.",
        "On Monday, March 4, the court met to hear the case.",
        "Copyrighted material was removed from the site.",
        "The clinic lost half of its staff",
        "nurses, porters and other staff",
      })
  void proseIsNotMetadata(String line) {
    assertThat(recognizer.recognize(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Daily Ledger", "GSV \"Gulf - Asia Review\"", "The Harbor Times", "RFE/RL"})
  void namesAreNameLike(String line) {
    assertThat(MetadataLineRecognizer.isNameLike(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share this article:", "the end of the story", "He left.", "Tags: politics"})
  void othersAreNot(String line) {
    assertThat(MetadataLineRecognizer.isNameLike(line)).isFalse();
  }
}
