package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.TimeExpression;
import org.storylens.model.TimeExpression.Precision;

class NewsTimeExpressionTaggerTest extends TimeExpressionTaggerContract {

  /** A Wednesday. */
  private static final LocalDate REFERENCE = LocalDate.of(2024, 5, 15);

  private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
  private final NewsTimeExpressionTagger tagger = new NewsTimeExpressionTagger();

  @Override
  TimeExpressionTagger tagger() {
    return tagger;
  }

  private Map<String, TimeExpression> tag(String text) {
    return tag(text, Optional.of(REFERENCE));
  }

  private Map<String, TimeExpression> tag(String text, Optional<LocalDate> reference) {
    Map<String, TimeExpression> byText = new LinkedHashMap<>();
    for (TimeExpression expression : tagger.find(text, splitter.split(text), reference)) {
      byText.put(expression.span().of(text), expression);
    }
    return byText;
  }

  private static void assertDay(TimeExpression expression, String day, boolean relative) {
    assertThat(expression).isNotNull();
    assertThat(expression.precision()).isEqualTo(Precision.DAY);
    assertThat(expression.start()).isEqualTo(LocalDate.parse(day));
    assertThat(expression.end()).isEqualTo(LocalDate.parse(day));
    assertThat(expression.relative()).isEqualTo(relative);
  }

  private static void assertRange(
      TimeExpression expression, String start, String end, Precision precision) {
    assertThat(expression).isNotNull();
    assertThat(expression.start()).isEqualTo(LocalDate.parse(start));
    assertThat(expression.end()).isEqualTo(LocalDate.parse(end));
    assertThat(expression.precision()).isEqualTo(precision);
  }

  @Test
  void weekdaysResolveToTheLatestSuchDayOnOrBeforeTheReference() {
    Map<String, TimeExpression> found =
        tag(
            "The agency said on Wednesday that the ferry sank on Monday. Divers searched all"
                + " weekend, and last Wednesday a first wreck was found.");
    assertDay(found.get("on Wednesday"), "2024-05-15", true);
    assertDay(found.get("on Monday"), "2024-05-13", true);
    assertDay(found.get("last Wednesday"), "2024-05-08", true);
  }

  @Test
  void weekdaysInTheFutureLookForward() {
    Map<String, TimeExpression> found =
        tag("The council will vote on Friday. Talks resume next Monday. It met Tuesday.");
    assertDay(found.get("on Friday"), "2024-05-17", true);
    assertDay(found.get("next Monday"), "2024-05-20", true);
    assertDay(found.get("Tuesday"), "2024-05-14", true);
  }

  @Test
  void aWeekdayBeforeAWrittenDateTakesThatDate() {
    Map<String, TimeExpression> found = tag("The summit opened on Monday, Dec. 26, 2022, in Oslo.");
    assertThat(found).containsOnlyKeys("on Monday, Dec. 26, 2022");
    assertDay(found.get("on Monday, Dec. 26, 2022"), "2022-12-26", false);
  }

  @Test
  void resolvesDeicticDays() {
    Map<String, TimeExpression> found =
        tag("Today the road reopened. Yesterday it was shut, tomorrow it may close, and last night it flooded.");
    assertDay(found.get("Today"), "2024-05-15", true);
    assertDay(found.get("Yesterday"), "2024-05-14", true);
    assertDay(found.get("tomorrow"), "2024-05-16", true);
    assertDay(found.get("last night"), "2024-05-14", true);
    assertDay(tag("The mayor resigned three days ago.").get("three days ago"), "2024-05-12", true);
    assertThat(tag("She told Riverton Today the plan was fine.")).isEmpty();
  }

  @Test
  void resolvesRelativeWeeksMonthsAndYears() {
    Map<String, TimeExpression> found =
        tag(
            "Prices rose last week and last month. Last year was calm, this year is not, and"
                + " next month will tell.");
    assertRange(found.get("last week"), "2024-05-06", "2024-05-12", Precision.WEEK);
    assertRange(found.get("last month"), "2024-04-01", "2024-04-30", Precision.MONTH);
    assertRange(found.get("Last year"), "2023-01-01", "2023-12-31", Precision.YEAR);
    assertRange(found.get("this year"), "2024-01-01", "2024-12-31", Precision.YEAR);
    assertRange(found.get("next month"), "2024-06-01", "2024-06-30", Precision.MONTH);
    assertThat(found.values()).allMatch(TimeExpression::relative);
  }

  @Test
  void aMonthAloneIsTheLatestSuchMonthNotAfterTheReference() {
    Map<String, TimeExpression> found =
        tag("The plant closed in March. Workers struck in June. Wages fell in May.");
    assertRange(found.get("March"), "2024-03-01", "2024-03-31", Precision.MONTH);
    assertRange(found.get("June"), "2023-06-01", "2023-06-30", Precision.MONTH);
    assertRange(found.get("May"), "2024-05-01", "2024-05-31", Precision.MONTH);
    assertThat(found.get("March").relative()).isTrue();
    assertThat(found.get("March").iso()).isEqualTo("2024-03");
  }

  @Test
  void aMonthAloneTakesTheYearWrittenNearby() {
    Map<String, TimeExpression> found =
        tag("In 2019, the dam failed. Repairs ended in June, and the town reopened on July 4.");
    assertRange(found.get("June"), "2019-06-01", "2019-06-30", Precision.MONTH);
    assertDay(found.get("July 4"), "2019-07-04", true);
    assertDay(
        tag("The state, which annexed the region in 2014, said on March 3 it would stay.")
            .get("March 3"),
        "2024-03-03",
        true);
    assertThat(tag("May stepped down. Then it rained. April Ryan asked why.")).isEmpty();
    assertRange(
        tag("August was the hottest month.").get("August"), "2023-08-01", "2023-08-31", Precision.MONTH);
  }

  @Test
  void partsOfMonths() {
    Map<String, TimeExpression> found =
        tag(
            "The first call was in mid-March, the second in early May and a third in late May."
                + " They met at the end of May, and again in mid-March of this year.");
    assertRange(found.get("mid-March"), "2024-03-11", "2024-03-20", Precision.MONTH);
    assertRange(found.get("early May"), "2024-05-01", "2024-05-10", Precision.MONTH);
    assertRange(found.get("late May"), "2024-05-21", "2024-05-31", Precision.MONTH);
    assertRange(found.get("the end of May"), "2024-05-21", "2024-05-31", Precision.MONTH);
    assertRange(found.get("mid-March of this year"), "2024-03-11", "2024-03-20", Precision.MONTH);
    assertThat(found.get("mid-March").relative()).isTrue();
  }

  @Test
  void seasons() {
    Map<String, TimeExpression> found =
        tag("In the fall of 2020, the army advanced.\n\nAid arrived in the spring. It froze last winter.");
    assertRange(found.get("the fall of 2020"), "2020-09-01", "2020-11-30", Precision.SEASON);
    assertThat(found.get("the fall of 2020").relative()).isFalse();
    assertRange(found.get("the spring"), "2024-03-01", "2024-05-31", Precision.SEASON);
    assertRange(found.get("last winter"), "2023-12-01", "2024-02-29", Precision.SEASON);
    assertThat(tag("The fall of the regime came quickly.")).isEmpty();
  }

  @Test
  void yearsMonthsOfYearsAndDecades() {
    Map<String, TimeExpression> found =
        tag(
            "The dispute began in February 1988, flared in 1991 and has simmered since 1994,"
                + " as it did through the 1990s and the late 1970s.");
    assertRange(found.get("February 1988"), "1988-02-01", "1988-02-29", Precision.MONTH);
    assertRange(found.get("1991"), "1991-01-01", "1991-12-31", Precision.YEAR);
    assertRange(found.get("1994"), "1994-01-01", "1994-12-31", Precision.YEAR);
    assertRange(found.get("the 1990s"), "1990-01-01", "1999-12-31", Precision.DECADE);
    assertRange(found.get("the late 1970s"), "1976-01-01", "1979-12-31", Precision.DECADE);
    assertThat(found.values()).noneMatch(TimeExpression::relative);
    assertThat(found.get("February 1988").iso()).isEqualTo("1988-02");
  }

  @Test
  void absoluteDatesInCommonFormats() {
    Map<String, TimeExpression> found =
        tag(
            "Signed on November 9, 2020, ratified on 21 September 2023, filed 2023-09-21 and"
                + " stamped 09/22/2023.");
    assertDay(found.get("November 9, 2020"), "2020-11-09", false);
    assertDay(found.get("21 September 2023"), "2023-09-21", false);
    assertDay(found.get("2023-09-21"), "2023-09-21", false);
    assertDay(found.get("09/22/2023"), "2023-09-22", false);
  }

  @Test
  void aDateWithoutAYearIsTheClosestToTheReference() {
    assertDay(tag("The bridge fell on Nov. 30.").get("Nov. 30"), "2023-11-30", true);
    assertDay(tag("Polls open on Sept. 20.").get("Sept. 20"), "2024-09-20", true);
  }

  @Test
  void clockTimesCountsAndVerbsAreNotDates() {
    assertThat(
            tag(
                "The ceasefire began at 12:00 p.m. and held until 4 p.m. (19:15 GMT). Some 20 may"
                    + " have fled; 2,000 soldiers and the 2000 recruits stayed; 1500 homes burned."))
        .isEmpty();
  }

  @Test
  void aRangeOfYearsIsOneExpression() {
    Map<String, TimeExpression> found = tag("under the agreements of 2020-2022, and between 2015 and 2017");
    assertThat(found).containsOnlyKeys("2020-2022", "2015", "2017");
    assertRange(found.get("2020-2022"), "2020-01-01", "2022-12-31", Precision.YEAR);
  }

  @Test
  void withoutAReferenceOnlyAbsoluteExpressionsAreReturned() {
    Map<String, TimeExpression> found =
        tag("On Wednesday, officials recalled the war of 1994 and the truce of May 12.", Optional.empty());
    assertThat(found).containsOnlyKeys("1994");
  }

  @Test
  void configurationChangesTheReadings() {
    String text = "In 2019, the dam failed. Repairs ended in June. The board will vote on Friday.";
    NewsTimeExpressionTagger narrow =
        new NewsTimeExpressionTagger(
            TimeExpressionConfig.defaults().withContextSentences(0).withFutureTense(false));
    Map<String, TimeExpression> found = new LinkedHashMap<>();
    for (TimeExpression t : narrow.find(text, splitter.split(text), Optional.of(REFERENCE))) {
      found.put(t.span().of(text), t);
    }
    assertRange(found.get("June"), "2023-06-01", "2023-06-30", Precision.MONTH);
    assertDay(found.get("on Friday"), "2024-05-10", true);
    NewsTimeExpressionTagger modern =
        new NewsTimeExpressionTagger(TimeExpressionConfig.defaults().withYears(1900, 2100));
    String old = "Built in 1850 and rebuilt in 1950.";
    assertThat(modern.find(old, splitter.split(old), Optional.empty()))
        .extracting(t -> t.span().of(old))
        .containsExactly("1950");
  }

  @Test
  void configurationIsValidated() {
    assertThatThrownBy(() -> TimeExpressionConfig.defaults().withYears(2100, 1800))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeExpressionConfig.defaults().withContextSentences(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A quadratic or backtracking scan would take hours on a megabyte; linear work takes about a
   * second even on a busy machine, so the bound is loose enough never to flake.
   */
  @Test
  void isLinearOnAMegabyteLine() {
    String line = "in mid-March of 1999 the 1990s last week on Monday 12 May 2020-2022 ".repeat(15_000);
    long started = System.nanoTime();
    List<TimeExpression> found = tagger.find(line, List.of(), Optional.of(REFERENCE));
    assertThat(found).isNotEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }
}
