package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storylens.model.Quantity;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * What every {@link QuantityExtractor} promises: each implementation's test extends this class and
 * supplies the extractor.
 */
abstract class QuantityExtractorContract {

  private final SentenceSplitter splitter = new RuleBasedSentenceSplitter();

  abstract QuantityExtractor extractor();

  @Test
  void quantitiesAreOrderedInsideASentenceAndNormalised() {
    for (String text : AnalysisSamples.TEXTS) {
      List<Sentence> sentences = splitter.split(text);
      Span previous = null;
      for (Quantity quantity : extractor().find(text, sentences)) {
        assertThat(sentences).anyMatch(s -> s.span().contains(quantity.span()));
        assertThat(quantity.unit()).isEqualTo(quantity.unit().strip().toLowerCase(java.util.Locale.ROOT));
        if (previous != null) {
          assertThat(quantity.span().start()).isGreaterThanOrEqualTo(previous.end());
        }
        previous = quantity.span();
      }
    }
  }

  @Test
  void findsQuantitiesInTheSample() {
    String text = AnalysisSamples.TEXTS.get(0);
    assertThat(extractor().find(text, splitter.split(text))).isNotEmpty();
  }

  @Test
  void noSentencesNoQuantities() {
    assertThat(extractor().find("It cost $5 billion.", List.of())).isEmpty();
  }

  @Test
  void isThreadSafe() throws Exception {
    String text = AnalysisSamples.TEXTS.get(0);
    List<Sentence> sentences = splitter.split(text);
    List<Quantity> expected = extractor().find(text, sentences);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quantity>>> runs = new ArrayList<>();
      for (int run = 0; run < 16; run++) {
        runs.add(pool.submit(() -> extractor().find(text, sentences)));
      }
      for (Future<List<Quantity>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
