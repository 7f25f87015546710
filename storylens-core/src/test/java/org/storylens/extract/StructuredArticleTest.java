package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.MediaType;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;

/** One JSONL line → one article: fields as given, the text taken as clean. */
class StructuredArticleTest {

  private static final ArticleExtractor EXTRACTOR =
      ArticleExtractor.standard(ExtractionConfig.defaults());

  private static ExtractionOutcome extract(String line) {
    return EXTRACTOR.extract(
        RawDocument.of("feed.jsonl:7", MediaType.ARTICLE_JSON, line.getBytes(StandardCharsets.UTF_8)));
  }

  private static Article article(String line) {
    ExtractionOutcome outcome = extract(line);
    assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcome).article();
  }

  @Test
  void takesEveryFieldAsGiven() {
    Article a =
        article(
            "{\"id\":\"wire-17\",\"title\":\"Ferry &amp; bus strike ends\",\"text\":\"Drivers"
                + " returned to work on Friday.\\n\\nThe union said talks   would continue.\","
                + "\"url\":\"https://example.test/a\",\"date\":\"2025-05-03T14:20:00+02:00\","
                + "\"outlet\":\"Coastline Wire\",\"lang\":\"en\",\"extra\":[1,2]}");
    assertThat(a.id()).isEqualTo("wire-17");
    assertThat(a.title()).contains("Ferry & bus strike ends");
    assertThat(a.paragraphs())
        .containsExactly("Drivers returned to work on Friday.", "The union said talks would continue.");
    assertThat(a.published().map(Published::iso)).contains("2025-05-03T14:20:00");
    assertThat(a.outlet()).contains("Coastline Wire");
    assertThat(a.url()).contains("https://example.test/a");
    assertThat(a.language()).contains("en");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void aTitleStandsForAMissingText() {
    Article a = article("{\"id\":\"t1\",\"title\":\"Storm closes the coast road for a second day\"}");
    assertThat(a.text()).isEqualTo("Storm closes the coast road for a second day");
    assertThat(a.warnings()).anyMatch(w -> w.contains("title stands for the text"));
  }

  @Test
  void withoutTextOrTitleThereIsNoArticle() {
    ExtractionOutcome outcome = extract("{\"id\":\"t2\",\"text\":\"  \"}");
    assertThat(outcome).isInstanceOf(ExtractionOutcome.NotExtracted.class);
    assertThat(((ExtractionOutcome.NotExtracted) outcome).skipped().reason())
        .startsWith("no article text");
  }

  @Test
  void anUnreadableDateIsAWarningNotALoss() {
    Article a = article("{\"title\":\"T\",\"text\":\"Some text here.\",\"date\":\"last Tuesday\"}");
    assertThat(a.published()).isEmpty();
    assertThat(a.warnings()).anyMatch(w -> w.contains("last Tuesday"));
    assertThat(a.id()).hasSize(16);
  }

  @Test
  void aDateLineAtTheTopDatesARowWithoutADateField() {
    Article a =
        article(
            "{\"title\":\"Ferry strike ends\",\"text\":\"Posted: 08/02/2013 11:10 am EDT\\n"
                + "Drivers returned to work on Friday, the union said.\"}");
    assertThat(a.published().map(Published::iso)).contains("2013-08-02T11:10:00");
    assertThat(a.text()).startsWith("Posted: 08/02/2013"); // the text is kept as given
  }

  @Test
  void aTitleThatIsOnlyADateDatesTheRowToo() {
    Article a =
        article("{\"title\":\"Tuesday, May 24, 2005\",\"text\":\"The club named a new coach.\"}");
    assertThat(a.published().map(Published::iso)).contains("2005-05-24");
  }

  @Test
  void aDateInsideProseOrAnUpdateLineIsNoPublicationDate() {
    assertThat(
            article(
                    "{\"title\":\"Storm\",\"text\":\"The storm of May 2, 2013 closed the road.\"}")
                .published())
        .isEmpty();
    assertThat(
            article("{\"title\":\"Storm\",\"text\":\"Updated May 3, 2013\\nThe road is open.\"}")
                .published())
        .isEmpty();
  }

  @Test
  void aStatedDateFieldWinsOverADateLine() {
    Article a =
        article(
            "{\"title\":\"T\",\"text\":\"May 2, 2013\\nSome text.\",\"date\":\"2013-05-04\"}");
    assertThat(a.published().map(Published::iso)).contains("2013-05-04");
  }
}
