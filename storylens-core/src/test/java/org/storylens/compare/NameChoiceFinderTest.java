package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.model.StoryReport;

/** Name choices: spellings and names of one thing, not short forms of one name. */
class NameChoiceFinderTest {

  private final NameChoiceFinder finder = new NameChoiceFinder();

  @Test
  void spellingsAndQualifiedNamesAreChoices() {
    assertThat(finder.differentNames("Karabakh", "Nagorno-Karabakh")).isTrue();
    assertThat(finder.differentNames("Janyatag", "Canyataq")).isTrue();
    assertThat(finder.differentNames("Kyiv", "Kiev")).isTrue();
    assertThat(finder.differentNames("Ilham Aliyev", "Ilham Aliev")).isTrue();
  }

  @Test
  void shortFormsCaseAndDescriptionsAreNotChoices() {
    assertThat(finder.differentNames("Putin", "Vladimir Putin")).isFalse();
    assertThat(finder.differentNames("Azerbaijan", "Republic of Azerbaijan")).isFalse();
    assertThat(finder.differentNames("MOSCOW", "Moscow")).isFalse();
    assertThat(finder.differentNames("São Paulo", "Sao Paulo")).isFalse();
    assertThat(
            finder.differentNames("Russian peacekeeping contingent", "Russian Peacekeeping Force"))
        .isFalse();
  }

  @Test
  void eachArticlesChoiceIsReportedWithItsSentence() {
    var a =
        ClaimSplitterTest.analyze(
            "a", "Officials in Kyiv said the talks would resume. President Olena Marchuk agreed.");
    var b =
        ClaimSplitterTest.analyze(
            "b", "Officials in Kiev said talks would resume soon. Marchuk agreed on Monday.");
    NameChoiceFinder.NameChoices choices = finder.find(List.of(a, b));

    assertThat(choices.variants()).hasSize(1);
    assertThat(choices.variants().get(0).forms())
        .extracting(StoryReport.Form::text)
        .containsExactly("Kyiv", "Kiev");
    assertThat(choices.choices().get(1))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.term()).isEqualTo("Kiev");
              assertThat(t.kind()).isEqualTo(StoryReport.FramingKind.NAME);
              assertThat(t.sentence()).isEqualTo("Officials in Kiev said talks would resume soon.");
            });
  }

  @Test
  void aShorterMentionOfOneNameIsNoChoice() {
    var a =
        ClaimSplitterTest.analyze(
            "a", "President Olena Marchuk met the mayor on Monday. Marchuk said the talks went well.");
    var b = ClaimSplitterTest.analyze("b", "Marchuk met the mayor on Monday, her office said.");
    assertThat(finder.find(List.of(a, b)).variants()).isEmpty();
  }
}
