package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.MediaType;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;

/** The publication date of an HTML page, from what the page declares and what it shows. */
class PublishedDateFromPageTest {

  private static final ArticleExtractor EXTRACTOR =
      ArticleExtractor.standard(ExtractionConfig.defaults());

  private static final String BODY =
      "<p>The harbour ferry resumed service on Saturday after a two-day suspension caused by the"
          + " storm, the port authority said in a statement issued late on Friday evening.</p>"
          + "<p>Crews inspected every berth overnight and found no structural damage, the harbour"
          + " master told reporters, adding that timetables would return to normal by Monday.</p>"
          + "<p>Passengers holding tickets for cancelled crossings can travel on any service this"
          + " week, the operator said, and refunds are available at the terminal office.</p>";

  private static Article extract(String head, String beforeArticle) {
    String page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry resumes | Coast Daily</title>"
            + head
            + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "</header><main><h1>Ferry resumes</h1>"
            + beforeArticle
            + "<article>"
            + BODY
            + "</article></main><footer>Contact us</footer></body></html>";
    ExtractionOutcome outcome =
        EXTRACTOR.extract(
            RawDocument.of("saved/ferry.html", MediaType.HTML, page.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcome).article();
  }

  @Test
  void aVisibleDateLineInThePageFurnitureDatesTheArticle() {
    Article article =
        extract("", "<div class=\"article-meta byline\">Published 7:07 PM EST Nov 19, 2019</div>");
    assertThat(article.published().map(Published::date).map(Object::toString))
        .contains("2019-11-19");
  }

  @Test
  void theAddressDateWinsOverAUtcTimestampOneDayApart() {
    Article article =
        extract(
            "<meta property=\"article:published_time\" content=\"2019-11-20T02:59:46Z\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2019/11/19/ferry-resumes/\">",
            "");
    assertThat(article.published().map(Published::iso)).contains("2019-11-19");
  }

  @Test
  void aTimestampWithTheLocalOffsetIsKeptAsStated() {
    Article article =
        extract(
            "<meta property=\"article:published_time\" content=\"2019-11-20T02:59:46+02:00\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2019/11/19/ferry-resumes/\">",
            "");
    assertThat(article.published().map(Published::iso)).contains("2019-11-20T02:59:46");
  }
}
