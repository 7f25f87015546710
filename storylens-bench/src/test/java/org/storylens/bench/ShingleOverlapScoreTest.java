package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases computed by hand with the definitions in {@code extraction_score.py}. */
class ShingleOverlapScoreTest {

  @Test
  void tokensAreRunsOfWordCharacters() {
    assertThat(ShingleOverlapScore.tokens("It's 3.5 km—far, très loin_ok!"))
        .containsExactly("It", "s", "3", "5", "km", "far", "très", "loin_ok");
  }

  @Test
  void identicalTextsScoreOne() {
    ShingleOverlapScore.PageCounts counts = ShingleOverlapScore.page("a b c d e", "a  b, c. d e");

    assertThat(counts.precision()).isEqualTo(1.0);
    assertThat(counts.recall()).isEqualTo(1.0);
  }

  @Test
  void countsSharedShinglesWithMultiplicityAndNormalisesPerPage() {
    // truth "a b c d e f": shingles abcd, bcde, cdef (3)
    // prediction "a b c d x": shingles abcd, bcdx (2); shared 1 → tp 1, fp 1, fn 2, total 4
    ShingleOverlapScore.PageCounts counts = ShingleOverlapScore.page("a b c d e f", "a b c d x");

    assertThat(counts.truePositives()).isCloseTo(0.25, within(1e-12));
    assertThat(counts.falsePositives()).isCloseTo(0.25, within(1e-12));
    assertThat(counts.falseNegatives()).isCloseTo(0.5, within(1e-12));
    assertThat(counts.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(counts.recall()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void aShortTextIsOneShorterShingle() {
    assertThat(ShingleOverlapScore.page("a b", "a b").precision()).isEqualTo(1.0);
    assertThat(ShingleOverlapScore.page("a b", "a c").recall()).isEqualTo(0.0);
  }

  @Test
  void repeatedShinglesCountOnlyAsOftenAsInTheTruth() {
    // truth "a b c d": one abcd; prediction "a b c d a b c d": abcd×2, bcda, cdab, dabc → tp 1, fp
    // 4
    ShingleOverlapScore.PageCounts counts = ShingleOverlapScore.page("a b c d", "a b c d a b c d");

    assertThat(counts.precision()).isCloseTo(0.2, within(1e-12));
    assertThat(counts.recall()).isEqualTo(1.0);
  }

  @Test
  void corpusScoresAverageOverDefinedPagesAndTakeTheHarmonicMean() {
    ShingleOverlapScore.PageCounts half = ShingleOverlapScore.page("a b c d e f", "a b c d x");
    ShingleOverlapScore.PageCounts perfect = ShingleOverlapScore.page("p q r s", "p q r s");
    // an empty prediction counts for recall (0) but not for precision
    ShingleOverlapScore.PageCounts empty = ShingleOverlapScore.page("u v w x", "");

    ShingleOverlapScore.CorpusScore score =
        ShingleOverlapScore.corpus(List.of(half, perfect, empty));

    double precision = (0.5 + 1.0) / 2;
    double recall = (1.0 / 3 + 1.0 + 0.0) / 3;
    assertThat(score.precision()).isCloseTo(precision, within(1e-12));
    assertThat(score.recall()).isCloseTo(recall, within(1e-12));
    assertThat(score.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
  }
}
