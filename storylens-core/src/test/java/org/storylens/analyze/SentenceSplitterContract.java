package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * What every {@link SentenceSplitter} promises, whatever its technique: each implementation's test
 * extends this class and supplies the splitter.
 */
abstract class SentenceSplitterContract {

  abstract SentenceSplitter splitter();

  @Test
  void sentencesAreOrderedTrimmedAndInsideTheirParagraph() {
    for (String text : AnalysisSamples.TEXTS) {
      List<String> paragraphs = text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
      Span previous = null;
      for (Sentence sentence : splitter().split(text)) {
        String covered = sentence.span().of(text);
        assertThat(covered).isNotBlank().isEqualTo(covered.strip());
        assertThat(paragraphs.get(sentence.paragraph())).contains(covered);
        if (previous != null) {
          assertThat(sentence.span().start()).isGreaterThanOrEqualTo(previous.end());
        }
        previous = sentence.span();
      }
    }
  }

  @Test
  void tokensAreOrderedNonBlankAndCoverEveryWord() {
    for (String text : AnalysisSamples.TEXTS) {
      for (Sentence sentence : splitter().split(text)) {
        int reached = sentence.span().start();
        StringBuilder letters = new StringBuilder();
        for (Span token : sentence.tokens()) {
          assertThat(token.start()).isGreaterThanOrEqualTo(reached);
          assertThat(token.of(text)).isNotBlank();
          letters.append(token.of(text));
          reached = token.end();
        }
        assertThat(letters.toString())
            .isEqualTo(sentence.span().of(text).replaceAll("\\s+", ""));
      }
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    List<List<Sentence>> expected = new ArrayList<>();
    for (String text : AnalysisSamples.TEXTS) {
      expected.add(splitter().split(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Sentence>>>> runs = new ArrayList<>();
      for (int run = 0; run < 8; run++) {
        runs.add(
            pool.submit(
                () -> {
                  List<List<Sentence>> results = new ArrayList<>();
                  for (String text : AnalysisSamples.TEXTS) {
                    results.add(splitter().split(text));
                  }
                  return results;
                }));
      }
      for (Future<List<List<Sentence>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
