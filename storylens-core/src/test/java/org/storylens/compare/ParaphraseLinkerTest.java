package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.DerivationLink;

/** A wire report about an (invented) flood, a site's rewrite of it, and two other outlets. */
class ParaphraseLinkerTest {

  private static final ClaimTerms TERMS = new ClaimTerms();

  @AfterAll
  static void close() {
    TERMS.close();
  }

  /** The wire's sentences, each one fact. */
  private static final List<String> WIRE =
      List.of(
          "The Arden river burst its banks on Sunday night and flooded about 400 homes in the town of Velby, officials said.",
          "Two people were killed when their car was swept off a bridge near the village of Osk.",
          "Rescue teams in boats evacuated more than 1,200 residents from the lower town overnight.",
          "The regional governor, Mara Linde, declared a state of emergency for the whole valley.",
          "The water level at Velby reached 6.4 metres on Monday morning, the highest since records began in 1911.",
          "Schools in Velby and Osk will stay closed until Thursday, the education office said.",
          "The national railway suspended trains between Velby and the coast after a section of track was washed away.",
          "Forecasters expect more heavy rain in the hills above the valley on Tuesday.");

  /** The same facts in other words, in the same order. */
  private static final List<String> REWRITE =
      List.of(
          "About 400 homes in Velby were flooded on Sunday night when the Arden river burst its banks, according to officials.",
          "Near the village of Osk, two people died after their car was swept off a bridge.",
          "Overnight, rescuers in boats evacuated more than 1,200 residents of the lower town.",
          "Governor Mara Linde declared a state of emergency for the entire valley.",
          "At Velby the river reached 6.4 metres on Monday morning, its highest level since records began in 1911.",
          "Schools in Velby and Osk are to remain closed until Thursday, according to the education office.",
          "Trains between Velby and the coast were suspended by the national railway after floodwater washed away a section of track.",
          "More heavy rain is expected in the hills above the valley on Tuesday, forecasters said.");


  private static AnalyzedArticle article(String id, int hour, List<String> sentences) {
    return CompareFixtures.article(
        id, LocalDateTime.of(2024, 4, 8, hour, 0), String.join(" ", sentences));
  }

  private static List<DerivationLink> links(List<AnalyzedArticle> story) {
    CompareFixtures.Aligned aligned = CompareFixtures.align(story, TERMS);
    return new ParaphraseLinker().links(aligned.claims(), aligned.facts(), List.of());
  }

  @Test
  void aLaterRetellingInTheSameOrderIsAParaphraseOfTheEarlierArticle() {
    List<DerivationLink> links =
        links(List.of(article("wire", 7, WIRE), article("site", 9, REWRITE)));
    assertThat(links).hasSize(1);
    DerivationLink link = links.get(0);
    assertThat(link.from()).isEqualTo("wire");
    assertThat(link.to()).isEqualTo("site");
    assertThat(link.kind()).isEqualTo(DerivationLink.Kind.PARAPHRASE);
    assertThat(link.score()).isGreaterThan(0.6);
    assertThat(link.evidence()).contains("same order");
  }

  @Test
  void theSameFactsInAnotherOrderAreAnOutletsOwnReport() {
    List<String> shuffled = new ArrayList<>(REWRITE);
    Collections.reverse(shuffled);
    assertThat(links(List.of(article("wire", 7, WIRE), article("site", 9, shuffled)))).isEmpty();
  }

  @Test
  void anArticleThatSharesAFewFactsAmongItsOwnIsNotDerived() {
    List<String> own =
        new ArrayList<>(
            List.of(
                "Farmers in the lowlands fear their spring sowing is lost.",
                "The insurance association has opened a hotline for flood claims in the region.",
                "The town's mayor criticised the delay in building a new dyke, first proposed in 2015.",
                "Volunteers filled sandbags at the fire station through the night.",
                "The army sent three helicopters and 150 soldiers to the valley on Monday.",
                "Residents of Osk said the warning sirens never sounded."));
    own.addAll(REWRITE.subList(0, 3));
    assertThat(links(List.of(article("wire", 7, WIRE), article("daily", 12, own)))).isEmpty();
  }

  @Test
  void theEarlierArticleIsNeverTheDerivedOne() {
    assertThat(links(List.of(article("site", 9, REWRITE), article("wire", 7, WIRE))))
        .allSatisfy(link -> assertThat(link.from()).isEqualTo("wire"));
  }
}
