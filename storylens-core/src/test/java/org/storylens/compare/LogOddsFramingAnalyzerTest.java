package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport;
import org.storylens.model.StoryReport.FramingKind;
import org.storylens.model.StoryReport.FramingTerm;

/** Framing on small stories written for these tests. */
class LogOddsFramingAnalyzerTest {

  private static final LogOddsFramingAnalyzer ANALYZER =
      LogOddsFramingAnalyzer.standard(PartOfSpeechTagger.english(), FramingConfig.defaults());

  private static final String NEUTRAL =
      "Floodwater covered parts of the town of Brenna on Monday after two days of heavy rain, the"
          + " regional authority said. About 300 residents left their homes and spent the night in"
          + " a school gym. The authority said the river level was expected to fall by Wednesday."
          + " A tragic accident on the bridge killed one driver.";

  private static final String LOADED =
      "Brenna was devastated by floodwater on Monday as residents were left to fend for"
          + " themselves after two days of heavy rain. The catastrophe exposed the regional"
          + " authority's so-called flood plan, which critics have long called a fiasco. About 300"
          + " residents spent the night in a school gym. A tragic accident on the bridge killed one"
          + " driver.";

  private static final String OTHER =
      "Heavy rain flooded the lower town of Brenna on Monday, the regional authority said, and"
          + " about 300 people were moved to a school gym. The river was expected to fall by"
          + " Wednesday. One driver died in a tragic accident on the bridge.";

  private static List<StoryReport.Framing> framing(AnalyzedArticle... articles) {
    return ANALYZER.analyze(List.of(articles)).framing();
  }

  private static List<String> terms(StoryReport.Framing framing) {
    return framing.terms().stream().map(FramingTerm::term).toList();
  }

  @Test
  void aLoadedArticleIsToldApartFromNeutralOnes() {
    List<StoryReport.Framing> framing =
        framing(
            ClaimSplitterTest.analyze("neutral", NEUTRAL),
            ClaimSplitterTest.analyze("loaded", LOADED),
            ClaimSplitterTest.analyze("other", OTHER));

    assertThat(framing).extracting(StoryReport.Framing::article)
        .containsExactly("neutral", "loaded", "other");
    assertThat(framing.get(0).terms()).isEmpty();
    assertThat(framing.get(2).terms()).isEmpty();
    assertThat(terms(framing.get(1)))
        .contains("devastated", "left to fend for themselves", "catastrophe", "fiasco")
        .anySatisfy(t -> assertThat(t).startsWith("so-called flood plan"));
    FramingTerm catastrophe =
        framing.get(1).terms().stream().filter(t -> t.term().equals("catastrophe")).findFirst()
            .orElseThrow();
    assertThat(catastrophe.kind()).isEqualTo(FramingKind.LOADED);
    assertThat(catastrophe.sentence()).startsWith("The catastrophe exposed");
  }

  @Test
  void aLoadedWordEveryArticleUsesIsTheStorysVocabularyNotFraming() {
    List<StoryReport.Framing> framing =
        framing(
            ClaimSplitterTest.analyze("neutral", NEUTRAL),
            ClaimSplitterTest.analyze("loaded", LOADED),
            ClaimSplitterTest.analyze("other", OTHER));
    assertThat(framing).allSatisfy(f -> assertThat(terms(f)).noneMatch(t -> t.contains("tragic")));
  }

  @Test
  void aLoadedWordIsWidenedToThePhraseItHeads() {
    List<StoryReport.Framing> framing =
        framing(
            ClaimSplitterTest.analyze(
                "a",
                "The army said its anti-terrorist operation against local separatists ended on"
                    + " Friday after a decade-long occupation."),
            ClaimSplitterTest.analyze(
                "b", "The army said its operation in the valley ended on Friday."));
    assertThat(terms(framing.get(0)))
        .contains("anti-terrorist operation", "local separatists", "decade-long occupation");
  }

  @Test
  void wordingAnArticleRepeatsAndNoOtherUsesIsDistinctive() {
    String repeated =
        "The council raised the water charge again, and ratepayers were not asked. Ratepayers in"
            + " the east pay the most. Ratepayers groups met on Friday. Ratepayers will vote in"
            + " May, and ratepayers say the charge is too high. The council said the charge pays"
            + " for new pipes.";
    String plain =
        "The council raised the water charge on Thursday. The council said the charge pays for"
            + " new pipes and the repair of the old pumping station. Residents will vote in May.";
    // Three short texts give small counts and so small z-scores (five uses against none reach
    // about 1.9); real articles are ten times longer.
    LogOddsFramingAnalyzer lenient =
        LogOddsFramingAnalyzer.standard(
            PartOfSpeechTagger.english(), FramingConfig.defaults().withMinZ(1.5));
    List<StoryReport.Framing> framing =
        lenient.analyze(List.of(
            ClaimSplitterTest.analyze("a", repeated),
            ClaimSplitterTest.analyze("b", plain),
            ClaimSplitterTest.analyze("c", plain.replace("Thursday", "Friday")))).framing();
    assertThat(framing.get(0).terms())
        .anySatisfy(
            t -> {
              assertThat(t.term().toLowerCase(java.util.Locale.ROOT)).contains("ratepayers");
              assertThat(t.kind()).isEqualTo(FramingKind.DISTINCTIVE);
              assertThat(t.score()).isGreaterThanOrEqualTo(1.5);
            });
    assertThat(framing.get(1).terms()).isEmpty();
  }

  @Test
  void aDistancingMarkerReportsTheTermItDistancesFrom() {
    List<StoryReport.Framing> framing =
        framing(
            ClaimSplitterTest.analyze(
                "a",
                "The ministry began what it described as \"limited security measures\" in the"
                    + " north on Monday."),
            ClaimSplitterTest.analyze("b", "The ministry sent troops to the north on Monday."));
    assertThat(terms(framing.get(0)))
        .contains("what it described as \"limited security measures\"");
  }

  @Test
  void theLogOddsZScoreGrowsWithEvidence() {
    double once = LogOddsFramingAnalyzer.zScore(1, 0, 300, 1200, 0.1, 150);
    double often = LogOddsFramingAnalyzer.zScore(5, 0, 300, 1200, 0.5, 150);
    double shared = LogOddsFramingAnalyzer.zScore(5, 20, 300, 1200, 2.5, 150);
    assertThat(once).isLessThan(1.96);
    assertThat(often).isGreaterThan(1.96);
    assertThat(shared).isLessThan(often);
  }

  @Test
  void aStoryOfOneArticleStillGetsItsLoadedTerms() {
    List<StoryReport.Framing> framing = framing(ClaimSplitterTest.analyze("loaded", LOADED));
    assertThat(terms(framing.get(0))).contains("catastrophe");
  }
}
