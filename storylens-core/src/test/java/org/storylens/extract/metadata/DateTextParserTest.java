package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateTextParserTest {

  private final DateTextParser parser = new DateTextParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-09-21T15:41:22+03:00 | 2023-09-21T15:41:22",
        "2023-09-21T15:41:22Z | 2023-09-21T15:41:22",
        "2023-09-21 15:41:22 | 2023-09-21T15:41:22",
        "Thu, 21 Sep 2023 15:41:22 GMT | 2023-09-21T15:41:22",
        "Sep 21, 2023 3:41 PM | 2023-09-21T15:41",
        "September 21, 2023 at 9:05 a.m. | 2023-09-21T09:05",
        "21.09.2023 18:02 | 2023-09-21T18:02",
      })
  void parsesDateTimesKeepingThePagesLocalTime(String value, String expected) {
    assertThat(parser.parse(value).flatMap(DateMention::dateTime)).contains(LocalDateTime.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-09-21 | 2023-09-21",
        "September 21, 2023 | 2023-09-21",
        "21 September 2023 | 2023-09-21",
        "Sept. 21, 2023 | 2023-09-21",
        "21.09.2023 | 2023-09-21",
        "09/21/2023 | 2023-09-21",
        "21/09/2023 | 2023-09-21",
        "Thursday, 21st of September 2023 | 2023-09-21",
        "21. September 2023 | 2023-09-21",
        "30. Juli 2018 | 2018-07-30",
        "21 сентября 2023 | 2023-09-21",
        "21 Eylül 2023 | 2023-09-21",
        "3 de março de 2021 | 2021-03-03",
      })
  void parsesDates(String value, String expected) {
    Optional<DateMention> parsed = parser.parse(value);
    assertThat(parsed.flatMap(DateMention::date)).contains(LocalDate.parse(expected));
  }

  @Test
  void findsDatesWithoutYearsInProse() {
    List<DateMention> found =
        parser.find("The convoy was hit on Sept. 20 and the talks resumed on 22 September.");
    assertThat(found).extracting(DateMention::monthDay).containsExactly(MonthDay.of(9, 20), MonthDay.of(9, 22));
    assertThat(found).allSatisfy(d -> assertThat(d.year()).isEmpty());
  }

  @Test
  void ignoresMonthYearAndVerbs() {
    assertThat(parser.find("In February 1988 they may 20 times refuse; 12:30 and 3.5 percent.")).isEmpty();
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(parser.parse("Thu, 21 Sep 2023 15:41:22 GMT").flatMap(DateMention::date))
          .contains(LocalDate.of(2023, 9, 21));
      assertThat(parser.parse("SEPTEMBER 21, 2023").flatMap(DateMention::date))
          .contains(LocalDate.of(2023, 9, 21));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void rejectsImpossibleDates() {
    assertThat(parser.parse("2023-02-30")).isEmpty();
    assertThat(parser.find("31.13.2023 and February 30, 2023")).isEmpty();
  }
}
