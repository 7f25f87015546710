package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.model.Quantity;

class PatternQuantityExtractorTest extends QuantityExtractorContract {

  private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
  private final PatternQuantityExtractor extractor = new PatternQuantityExtractor();

  @Override
  QuantityExtractor extractor() {
    return extractor;
  }

  /** Each quantity as "span|value|unit|approximate". */
  private List<String> find(String text) {
    return extractor.find(text, splitter.split(text)).stream()
        .map(q -> q.span().of(text) + "|" + format(q.value()) + "|" + q.unit() + "|" + q.approximate())
        .toList();
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }

  @Test
  void countsWithTheirNouns() {
    assertThat(find("Troops moved 5,000 civilians out as the toll reached 2,012 dead."))
        .containsExactly("5,000 civilians|5000|civilian|false", "2,012 dead|2012|dead|false");
    assertThat(find("At least 41 people were killed and 7 Russian peacekeepers wounded."))
        .containsExactly(
            "At least 41 people|41|people|true", "7 Russian peacekeepers|7|peacekeeper|false");
  }

  @Test
  void magnitudes() {
    assertThat(find("A magnitude 6.8 quake hit, then a 5.9-magnitude aftershock and a 4.2 magnitude one."))
        .containsExactly(
            "magnitude 6.8|6.8|magnitude|false",
            "5.9-magnitude|5.9|magnitude|false",
            "4.2 magnitude|4.2|magnitude|false");
  }

  @Test
  void moneyWithScales() {
    List<Quantity> found =
        extractor.find(
            "Congress approved $209 billion and Prague 3.1 billion crowns.",
            splitter.split("Congress approved $209 billion and Prague 3.1 billion crowns."));
    assertThat(found).hasSize(2);
    assertThat(found.get(0).value()).isCloseTo(2.09e11, within(1.0));
    assertThat(found.get(0).unit()).isEqualTo("usd");
    assertThat(found.get(1).value()).isCloseTo(3.1e9, within(1.0));
    assertThat(found.get(1).unit()).isEqualTo("crown");
    assertThat(find("The fund holds US$12 million and \u20ac4 billion."))
        .containsExactly("US$12 million|12000000|usd|false", "\u20ac4 billion|4000000000|eur|false");
  }

  @Test
  void areasDurationsAndPercentages() {
    assertThat(
            find(
                "The zone covers 86,600 square kilometers; the war lasted 44 days and prices rose"
                    + " 12 percent, or 12%, or 3.5 per cent."))
        .containsExactly(
            "86,600 square kilometers|86600|square kilometer|false",
            "44 days|44|day|false",
            "12 percent|12|percent|false",
            "12%|12|percent|false",
            "3.5 per cent|3.5|percent|false");
  }

  @Test
  void numberWords() {
    assertThat(
            find(
                "Three people drowned and a dozen soldiers are missing. Two were found alive."
                    + " Hundreds of homes flooded; the two presidents met twenty-five officials."))
        .containsExactly(
            "Three people|3|people|false",
            "a dozen soldiers|12|soldier|false",
            "Two|2|||false".replace("|||", "||"),
            "Hundreds of homes|200|home|true",
            "two presidents|2|president|false",
            "twenty-five officials|25|official|false");
    assertThat(find("One of them said no one knew.")).isEmpty();
  }

  @Test
  void rangesAreOneApproximateQuantityAtTheirLowerBound() {
    assertThat(
            find(
                "Between 10 and 15 people died, 20-30 casualties were reported, and 3 to 5 million"
                    + " residents lost power."))
        .containsExactly(
            "10 and 15 people|10|people|true",
            "20-30 casualties|20|casualty|true",
            "3 to 5 million residents|3000000|resident|true");
  }

  @Test
  void approximations() {
    assertThat(
            find(
                "About 300 villagers fled, nearly 40 percent of them children, and more than 1,000"
                    + " tents went up; as many as 60 buses or more arrived."))
        .containsExactly(
            "About 300 villagers|300|villager|true",
            "nearly 40 percent|40|percent|true",
            "more than 1,000 tents|1000|tent|true",
            "as many as 60 buses or more|60|bus|true");
  }

  @Test
  void skipsYearsDatesClockTimesAndOrdinals() {
    assertThat(
            find(
                "In 2020 the truce of Nov. 9, 2020, held until 4 p.m. on 20 September, at 12:00,"
                    + " the 20th day, under the 2020-2022 accords and the 2020 agreement on"
                    + " 2023-09-21 (No. 5)."))
        .isEmpty();
    assertThat(find("The 2000 soldiers stayed.")).containsExactly("2000 soldiers|2000|soldier|false");
  }

  @Test
  void participlesAndCodesAreNoUnits() {
    assertThat(find("Officials said 6 killed, with a magnitude of 5.1, hotline 0800 12."))
        .containsExactly("6|6||false", "5.1|5.1|magnitude|false", "12|12||false");
    assertThat(find("It is a 3 minute walk.")).containsExactly("3 minute|3|minute|false");
  }

  @Test
  void aNumberWithNothingAfterItHasAnEmptyUnit() {
    assertThat(find("The toll rose to 57.")).containsExactly("57|57||false");
  }

  @Test
  void lemmasFollowEnglishRules() {
    assertThat(PatternQuantityExtractor.lemma("casualties")).isEqualTo("casualty");
    assertThat(PatternQuantityExtractor.lemma("Buses")).isEqualTo("bus");
    assertThat(PatternQuantityExtractor.lemma("churches")).isEqualTo("church");
    assertThat(PatternQuantityExtractor.lemma("children")).isEqualTo("child");
    assertThat(PatternQuantityExtractor.lemma("kilometres")).isEqualTo("kilometer");
    assertThat(PatternQuantityExtractor.lemma("census")).isEqualTo("census");
  }

  @Test
  void configurationChangesTheReadings() {
    String text = "Some 5,000 Armenian civilians left; 1850 troops stayed in 1990.";
    PatternQuantityExtractor oneWord =
        new PatternQuantityExtractor(QuantityConfig.defaults().withMaxUnitWords(1));
    assertThat(oneWord.find(text, splitter.split(text)))
        .extracting(Quantity::unit)
        .containsExactly("armenian", "troop");
    PatternQuantityExtractor modern =
        new PatternQuantityExtractor(QuantityConfig.defaults().withYears(1900, 2100));
    assertThat(modern.find("Built in 1850.", splitter.split("Built in 1850.")))
        .extracting(Quantity::value)
        .containsExactly(1850.0);
    assertThat(find("Built in 1850.")).isEmpty();
    assertThatThrownBy(() -> QuantityConfig.defaults().withMaxUnitWords(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A quadratic or backtracking scan would take hours on a megabyte; linear work takes about a
   * second even on a busy machine, so the bound is loose enough never to flake.
   */
  @Test
  void isLinearOnAMegabyteLine() {
    String line = "about 5,000 square kilometers, $3 billion, 10 to 15 people and 12% ".repeat(15_000);
    long started = System.nanoTime();
    List<Quantity> found = extractor.find(line, splitter.split(line));
    assertThat(found).hasSizeGreaterThan(10_000);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }
}
