package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storylens.model.Span;
import org.storylens.model.TimeExpression;

/**
 * What every {@link TimeExpressionTagger} promises: each implementation's test extends this class
 * and supplies the tagger.
 */
abstract class TimeExpressionTaggerContract {

  private static final Optional<LocalDate> REFERENCE = Optional.of(LocalDate.of(2025, 10, 3));
  private final SentenceSplitter splitter = new RuleBasedSentenceSplitter();

  abstract TimeExpressionTagger tagger();

  private List<TimeExpression> find(String text, Optional<LocalDate> reference) {
    return tagger().find(text, splitter.split(text), reference);
  }

  @Test
  void expressionsAreOrderedAndDoNotOverlap() {
    for (String text : AnalysisSamples.TEXTS) {
      Span previous = null;
      for (TimeExpression time : find(text, REFERENCE)) {
        assertThat(time.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(time.span().of(text)).isNotBlank();
        if (previous != null) {
          assertThat(time.span().start()).isGreaterThanOrEqualTo(previous.end());
        }
        previous = time.span();
      }
    }
  }

  @Test
  void findsTimesInTheSample() {
    assertThat(find(AnalysisSamples.TEXTS.get(0), REFERENCE)).isNotEmpty();
  }

  @Test
  void withoutAReferenceNothingIsRelative() {
    for (String text : AnalysisSamples.TEXTS) {
      assertThat(find(text, Optional.empty())).noneMatch(TimeExpression::relative);
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    String text = AnalysisSamples.TEXTS.get(0);
    List<TimeExpression> expected = find(text, REFERENCE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimeExpression>>> runs = new ArrayList<>();
      for (int run = 0; run < 16; run++) {
        runs.add(pool.submit(() -> find(text, REFERENCE)));
      }
      for (Future<List<TimeExpression>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
