package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticNameKeyTest {

  private final PhoneticNameKey keys = new PhoneticNameKey();

  @Test
  void azerbaijaniAndRussianSpellingsOfOneVillageMeet() {
    assertThat(keys.of("Canyataq")).isEqualTo(keys.of("Janyatag")).isEqualTo(keys.of("Dzhanyatag"));
  }

  @Test
  void ukrainianAndRussianTransliterationsMeet() {
    assertThat(keys.of("Avdiivka"))
        .isEqualTo(keys.of("Avdeyevka"))
        .isEqualTo(keys.of("Avdiyivka"))
        .isEqualTo(keys.of("Авдеевка"));
    assertThat(keys.of("Kyiv")).isEqualTo(keys.of("Kiev"));
    assertThat(keys.of("Zelenskyy")).isEqualTo(keys.of("Zelensky")).isEqualTo(keys.of("Zelenskiy"));
  }

  @Test
  void surnameSpellingsAndScriptsMeet() {
    assertThat(keys.of("Aliyev")).isEqualTo(keys.of("Aliev")).isEqualTo(keys.of("Əliyev"));
    assertThat(keys.of("Karabakh")).isEqualTo(keys.of("Карабах"));
    assertThat(keys.of("Pashinyan")).isEqualTo(keys.of("Pashinian")).isEqualTo(keys.of("Пашинян"));
    assertThat(keys.of("Yevlakh")).isEqualTo(keys.of("Evlakh")).isEqualTo(keys.of("Евлах"));
  }

  @Test
  void doubledLettersAndCaseDoNotMatter() {
    assertThat(keys.of("Odessa")).isEqualTo(keys.of("ODESA"));
  }

  @Test
  void possessivesAndPunctuationAreDropped() {
    assertThat(keys.of("Aliyev's")).isEqualTo(keys.of("Aliyev"));
    assertThat(keys.of("Karabakh\u2019s")).isEqualTo(keys.of("Karabakh"));
    assertThat(keys.of("Nagorno-Karabakh")).isEqualTo(keys.of("Nagorno Karabakh"));
  }

  @Test
  void differentNamesStayApart() {
    assertThat(keys.of("Baku")).isNotEqualTo(keys.of("Batumi"));
    assertThat(keys.of("Putin")).isNotEqualTo(keys.of("Peskov"));
    assertThat(keys.of("Armenia")).isNotEqualTo(keys.of("Albania"));
  }

  @Test
  void vowelClassChangesAreALimitLeftToTheAliasTable() {
    assertThat(keys.of("Kharkiv")).isNotEqualTo(keys.of("Kharkov"));
  }
}
