package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void agencyBetweenSlashesWithDate() {
    Dateline dateline = Dateline.find("KYIV, March 3. /Interfax/. The talks resumed on Friday.").orElseThrow();
    assertThat(dateline.place()).contains("KYIV");
    assertThat(dateline.date()).contains(MonthDay.of(3, 3));
    assertThat(dateline.credit()).contains("Interfax");
  }

  @Test
  void agencyInBracketsWithDash() {
    assertThat(Dateline.find("BEIJING (Xinhua) — China said on Monday").flatMap(Dateline::credit))
        .contains("Xinhua");
    assertThat(Dateline.find("NEW YORK, Oct. 2 (Reuters) - Stocks fell").orElseThrow())
        .satisfies(
            d -> {
              assertThat(d.credit()).contains("Reuters");
              assertThat(d.date()).contains(MonthDay.of(10, 2));
            });
    assertThat(Dateline.find("(AP) — Lawmakers met on Tuesday").flatMap(Dateline::credit)).contains("AP");
  }

  @Test
  void datelineInAnotherLanguage() {
    Dateline dateline = Dateline.find("АСТАНА, 4 июня. /Казинформ/. Саммит открылся во вторник.").orElseThrow();
    assertThat(dateline.date()).contains(MonthDay.of(6, 4));
    assertThat(dateline.credit()).contains("Казинформ");
  }

  @Test
  void ordinarySentencesAreNotDatelines() {
    assertThat(Dateline.find("NATO — the alliance said on Monday it would meet.")).isEmpty();
    assertThat(Dateline.find("Azerbaijani President Ilham Aliyev (left) — pictured")).isEmpty();
    assertThat(Dateline.find("The ministry (in a statement) - said more.")).isEmpty();
  }
}
