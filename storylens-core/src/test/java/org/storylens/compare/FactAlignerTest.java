package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport.Evidence;
import org.storylens.model.StoryReport.Fact;

/** Claims aligned into facts across three reports of one (invented) event. */
class FactAlignerTest {

  private static final ClaimTerms TERMS = new ClaimTerms();

  private static final ClaimSplitter SPLITTER = new ClaimSplitter(PartOfSpeechTagger.english());

  private static final FactAligner ALIGNER = new FactAligner(ComparisonConfig.defaults());

  private static final List<AnalyzedArticle> STORY =
      List.of(
          ClaimSplitterTest.analyze(
              "wire",
              "The Kesh dam burst late on Sunday, flooding three villages in the Arlen valley."
                  + " Rescuers evacuated 2,300 residents overnight. Governor Lena Ortis promised"
                  + " a thorough investigation into the collapse. The dam was built in 1962 and"
                  + " last inspected in 2015."),
          ClaimSplitterTest.analyze(
              "daily",
              "Floodwater from the Kesh dam swept through three villages of the Arlen valley"
                  + " late on Sunday. Officials said 2,300 residents were evacuated overnight."
                  + " Governor Lena Ortis pledged a full probe into the collapse of the dam."
                  + " \"The water came within minutes,\" said Tomas Bela, a farmer."),
          ClaimSplitterTest.analyze(
              "radio",
              "About 2,300 residents were evacuated overnight after the Kesh dam collapsed."
                  + " Ortis said an inquiry into the collapse would find those responsible."
                  + " Engineers had warned of cracks in the dam wall in 2019."));

  @AfterAll
  static void close() {
    TERMS.close();
  }

  private static List<Fact> facts(List<AnalyzedArticle> articles) {
    return ALIGNER.align(StoryClaims.of(articles, SPLITTER, TERMS)).stream()
        .map(FactAligner.AlignedFact::fact)
        .toList();
  }

  private static Fact factWith(List<Fact> facts, String words) {
    return facts.stream()
        .filter(f -> f.evidence().stream().anyMatch(e -> e.sentence().contains(words)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact with '" + words + "' in " + facts));
  }

  @Test
  void aFactToldInThreeWordingsCitesAllThree() {
    List<Fact> facts = facts(STORY);
    assertThat(factWith(facts, "2,300").sources()).containsExactly("wire", "daily", "radio");
    // "investigation", "probe", "inquiry": one paraphrase group
    assertThat(factWith(facts, "probe").sources()).containsExactly("wire", "daily", "radio");
  }

  @Test
  void eachSourceGivesItsOwnSentenceAsEvidence() {
    Fact probe = factWith(facts(STORY), "probe");
    assertThat(probe.evidence())
        .extracting(Evidence::article)
        .containsExactly("wire", "daily", "radio");
    assertThat(probe.evidence().get(1).sentence())
        .isEqualTo("Governor Lena Ortis pledged a full probe into the collapse of the dam.");
  }

  @Test
  void detailsOnlyOneArticleGivesAreUniqueFacts() {
    List<Fact> facts = facts(STORY);
    Fact built = factWith(facts, "1962");
    assertThat(built.unique()).isTrue();
    assertThat(built.sources()).containsExactly("wire");
    Fact cracks = factWith(facts, "cracks");
    assertThat(cracks.sources()).containsExactly("radio");
    // a witness's own words, in one article only
    assertThat(factWith(facts, "within minutes").sources()).containsExactly("daily");
  }

  @Test
  void widelyMadeFactsComeFirstAndNoArticleIsCitedTwiceForOneFact() {
    List<Fact> facts = facts(STORY);
    for (int i = 1; i < facts.size(); i++) {
      assertThat(facts.get(i).sources().size())
          .isLessThanOrEqualTo(facts.get(i - 1).sources().size());
    }
    for (Fact fact : facts) {
      assertThat(new HashSet<>(fact.sources())).hasSameSizeAs(fact.sources());
    }
  }

  @Test
  void aStoryOfOneArticleHasOnlyUniqueFactsAndAnEmptyStoryNone() {
    assertThat(facts(STORY.subList(0, 1))).isNotEmpty().allMatch(Fact::unique);
    assertThat(facts(List.of())).isEmpty();
  }
}
