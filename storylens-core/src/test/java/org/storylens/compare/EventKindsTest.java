package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;
import org.storylens.model.StoryReport.ConflictKind;

/** Three (invented) reports of two ministers' contact: two say they phoned, one that they met. */
class EventKindsTest {

  private static final ClaimTerms TERMS = new ClaimTerms();

  @AfterAll
  static void close() {
    TERMS.close();
  }


  private static AnalyzedArticle article(String id, String text) {
    return CompareFixtures.article(id, LocalDateTime.of(2024, 6, 3, 9, 0), text);
  }

  private static List<Conflict> conflicts(List<AnalyzedArticle> story) {
    CompareFixtures.Aligned aligned = CompareFixtures.align(story, TERMS);
    return new EventKinds().conflicts(aligned.claims(), aligned.facts());
  }

  @Test
  void oneOutletsMeetingAgainstTheOthersPhoneCallIsAConflict() {
    List<Conflict> conflicts =
        conflicts(
            List.of(
                article(
                    "wire",
                    "Foreign Minister Anna Rell discussed grain exports with her Velnian counterpart"
                        + " Otto Brandt in a telephone conversation on Monday, the ministry said."),
                article(
                    "daily",
                    "Foreign Minister Anna Rell and her Velnian counterpart Otto Brandt discussed"
                        + " grain exports by phone on Monday, according to the ministry."),
                article(
                    "site",
                    "Foreign Minister Anna Rell met her Velnian counterpart Otto Brandt on Monday to"
                        + " discuss grain exports, the ministry said.")));
    assertThat(conflicts).hasSize(1);
    Conflict conflict = conflicts.get(0);
    assertThat(conflict.kind()).isEqualTo(ConflictKind.CONTRADICTION);
    assertThat(conflict.about()).contains("kind of event");
    assertThat(conflict.claims()).extracting(ConflictClaim::article).containsExactly("wire", "daily", "site");
    assertThat(conflict.claims().get(0).value()).contains("phone call").contains("telephone conversation");
    assertThat(conflict.claims().get(2).value()).contains("meeting").contains("met");
  }

  @Test
  void articlesThatAgreeOnTheKindAreNoConflict() {
    assertThat(
            conflicts(
                List.of(
                    article(
                        "wire",
                        "Foreign Minister Anna Rell met her Velnian counterpart Otto Brandt in"
                            + " Korvu on Monday to discuss grain exports."),
                    article(
                        "daily",
                        "Anna Rell and Otto Brandt held a meeting in Korvu on Monday about grain"
                            + " exports."))))
        .isEmpty();
  }

  @Test
  void aClaimThatNamesTwoKindsSpeaksOfBothAndSetsNoneAgainstTheOthers() {
    assertThat(
            conflicts(
                List.of(
                    article(
                        "wire",
                        "Foreign Minister Anna Rell phoned her Velnian counterpart Otto Brandt on"
                            + " Monday about grain exports."),
                    article(
                        "daily",
                        "Foreign Minister Anna Rell phoned her Velnian counterpart Otto Brandt on"
                            + " Monday about grain exports, days before they met in Korvu."))))
        .isEmpty();
  }
}
