package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.model.EntityMention;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;

/** What every {@link QuoteExtractor} promises; each implementation's test extends this. */
abstract class QuoteExtractorContract {

  protected abstract QuoteExtractor extractor();

  protected abstract EntityRecognizer recognizer();

  private static final String TEXT =
      "\"The harbour will reopen on Monday after repairs,\" the Port Authority said.\n\n"
          + "Mayor Lena Holm said that ferries would run a reduced schedule.";

  @Test
  void quotesAreOrderedSpansInsideTheTextWithSpeakersInsideToo() {
    List<Sentence> sentences = new FixtureSentenceSplitter().split(TEXT);
    List<EntityMention> entities = recognizer().find(TEXT, sentences);
    List<Quote> quotes = extractor().find(TEXT, sentences, entities);
    assertThat(quotes).isNotEmpty();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertThat(q.span().end()).isLessThanOrEqualTo(TEXT.length());
      assertThat(q.span().of(TEXT)).isNotBlank();
      q.speaker().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(TEXT.length()));
      if (i > 0) {
        assertThat(quotes.get(i - 1).span().start()).isLessThanOrEqualTo(q.span().start());
      }
      q.speakerKey()
          .ifPresent(key -> assertThat(entities).extracting(EntityMention::key).contains(key));
    }
  }

  @Test
  void noSentencesNoEntitiesStillNoFailure() {
    assertThat(extractor().find("", List.of(), List.of())).isEmpty();
  }
}
