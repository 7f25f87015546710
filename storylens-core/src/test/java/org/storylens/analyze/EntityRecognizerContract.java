package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storylens.model.EntityMention;
import org.storylens.model.Sentence;

/** What every {@link EntityRecognizer} promises; each implementation's test extends this. */
abstract class EntityRecognizerContract {

  protected abstract EntityRecognizer recognizer();

  private static final String TEXT =
      "Swedish Prime Minister Ulf Kristersson visited Tallinn on Friday.\n\n"
          + "He met officials of the Estonian Defence Ministry, the ministry said. Kristersson's"
          + " trip ended in Riga.";

  @Test
  void mentionsAreOrderedNonOverlappingSpansInsideTheText() {
    List<EntityMention> mentions =
        recognizer().find(TEXT, new FixtureSentenceSplitter().split(TEXT));
    assertThat(mentions).isNotEmpty();
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      assertThat(m.span().end()).isLessThanOrEqualTo(TEXT.length());
      assertThat(m.span().of(TEXT)).isNotBlank();
      assertThat(m.key()).isNotBlank();
      if (i > 0) {
        assertThat(mentions.get(i - 1).span().end()).isLessThanOrEqualTo(m.span().start());
      }
    }
  }

  @Test
  void noSentencesNoMentions() {
    assertThat(recognizer().find("", List.of())).isEmpty();
    assertThat(recognizer().find(TEXT, List.of())).isEmpty();
  }

  @Test
  void sameInputSameOutputFromManyThreads() throws Exception {
    List<Sentence> sentences = new FixtureSentenceSplitter().split(TEXT);
    List<EntityMention> expected = recognizer().find(TEXT, sentences);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<EntityMention>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> recognizer().find(TEXT, sentences)));
      }
      for (Future<List<EntityMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
