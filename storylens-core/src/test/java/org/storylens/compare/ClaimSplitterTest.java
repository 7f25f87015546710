package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;

/** Sentences cut into claims, on sentences written for these tests. */
class ClaimSplitterTest {

  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();
  private final ClaimSplitter splitter = new ClaimSplitter(PartOfSpeechTagger.english());

  static AnalyzedArticle analyze(String id, String text) {
    return ANALYZER.analyze(
        new Article(
            id, "test/" + id, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of("en"), Optional.empty(),
            Optional.empty(), text, List.of(), List.of()));
  }

  private List<String> claims(String text) {
    return splitter.claims(analyze("a", text), 0).stream().map(Claim::text).toList();
  }

  @Test
  void twoClausesJoinedByCommaAndAreTwoClaims() {
    assertThat(
            claims(
                "The two ministers agreed to reopen the border crossing at Kesh, and discussed"
                    + " steps to restore rail traffic between the capitals."))
        .containsExactly(
            "The two ministers agreed to reopen the border crossing at Kesh",
            "discussed steps to restore rail traffic between the capitals.");
  }

  @Test
  void aSemicolonBetweenClausesCuts() {
    assertThat(
            claims(
                "The central bank raised its main rate to 4.5 percent; the finance ministry said"
                    + " it would cut fuel duties in April."))
        .hasSize(2);
  }

  @Test
  void aListOfNounsStaysWhole() {
    assertThat(
            claims(
                "The floods destroyed several bridges, roads, and schools across the northern"
                    + " valleys during three days of rain."))
        .hasSize(1);
  }

  @Test
  void aRelativeClauseAfterButStaysWithItsSentence() {
    assertThat(
            claims(
                "The dispute over the valley, a region that belonged to the old kingdom, but which"
                    + " was mostly settled by herders, broke out in 1921 after a failed census."))
        .hasSize(1);
  }

  @Test
  void shortLinesAreNoClaimsButShortQuotesAre() {
    List<String> claims =
        claims(
            "KESH, May 2. /Wire/.\n\nA herder said he woke to a roar. \"The whole hill"
                + " slid. Then the houses went,\" he said. Police closed the road on Friday.");
    assertThat(claims).noneMatch(c -> c.contains("KESH"));
    assertThat(claims).anyMatch(c -> c.contains("The whole hill slid"));
    assertThat(claims).anyMatch(c -> c.startsWith("Police closed the road"));
  }

  @Test
  void positionsRunFromTheFirstSentenceToTheLast() {
    List<Claim> claims =
        splitter.claims(
            analyze(
                "a",
                "Rescuers reached the village on Monday morning. Officials said the road was"
                    + " closed for repairs. The governor will visit the area next week."),
            3);
    assertThat(claims).extracting(Claim::position).containsExactly(0.0, 0.5, 1.0);
    assertThat(claims).allMatch(c -> c.articleIndex() == 3 && c.article().equals("a"));
    assertThat(claims).allMatch(Claim::opening);
  }
}
