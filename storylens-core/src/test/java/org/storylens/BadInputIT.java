package org.storylens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;

/**
 * Bad input of every kind, in one folder beside a good article: each gets a clear skip or an
 * article, none stops the others, nothing hangs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputIT {

  private static final String GOOD_TEXT =
      "Harbour Ferry Resumes After Storm\n\n"
          + "PORTVALE, May 3 (Coastline Wire) — The harbour ferry resumed service on Saturday after"
          + " a two-day suspension caused by the storm, the port authority said.\n\n"
          + "\"Crews inspected every berth overnight and found no structural damage,\" harbour"
          + " master Ilse Marrow told reporters at the terminal.\n\n"
          + "The authority said timetables would return to normal by Monday, and that passengers"
          + " holding tickets for cancelled crossings could travel on any service this week.";

  @TempDir static Path dir;
  static Map<String, ExtractionOutcome> outcomes;

  @BeforeAll
  static void extractAFolderOfBadInputs() throws IOException {
    write("01-empty.txt", new byte[0]);
    write("02-blank.txt", "  \n\n \t\n".getBytes(StandardCharsets.UTF_8));
    byte[] png = new byte[2048];
    new java.util.Random(3).nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    write("03-image.html", png);
    byte[] good = GOOD_TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[good.length + 6];
    System.arraycopy(good, 0, invalid, 0, good.length);
    invalid[good.length] = ' ';
    invalid[good.length + 1] = (byte) 0xC3;
    invalid[good.length + 2] = (byte) 0x28; // a broken two-byte sequence
    invalid[good.length + 3] = ' ';
    invalid[good.length + 4] = (byte) 0xE2;
    invalid[good.length + 5] = (byte) 0x82;
    write("04-invalid-utf8.txt", invalid);
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("05-huge.html").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024);
    }
    write("06-deep.html", deeplyNested(100_000));
    write(
        "07-malformed.html",
        ("<html><body><div><p>"
                + GOOD_TEXT.replace("\n\n", "</p><p>")
                + "<table><tr><td>cell<div></span></b><p>unclosed <i>italic <b>bold"
                + "<!-- unterminated comment")
            .getBytes(StandardCharsets.UTF_8));
    write(
        "08-navigation-only.html",
        ("<html><head><title>Section front</title></head><body><nav><ul>"
                + "<li><a href=/a>World</a></li><li><a href=/b>Business</a></li>"
                + "<li><a href=/c>Sport</a></li></ul></nav><footer>© 2025 Example Media</footer>"
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8));
    write("09-one-huge-line.txt", ("word".repeat(500_000) + "." + " x.".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
    write("10-hostile-markup.html", hostile().getBytes(StandardCharsets.UTF_8));
    write("11-broken.jsonl", "{\"title\": \"no end\n{\"text\": 5}\n[1,2]\n".getBytes(StandardCharsets.UTF_8));
    write("12-good.txt", good);

    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    outcomes = new LinkedHashMap<>();
    try (Stream<ExtractionOutcome> stream =
        pipeline.extract(List.of(dir.toString()), InputStream.nullInputStream())) {
      stream.forEach(o -> outcomes.put(fileOf(o), o));
    }
  }

  @Test
  void everyInputGivesAnOutcomeInOrder() {
    assertThat(outcomes.keySet())
        .containsExactly(
            "01-empty.txt",
            "02-blank.txt",
            "03-image.html",
            "04-invalid-utf8.txt",
            "05-huge.html",
            "06-deep.html",
            "07-malformed.html",
            "08-navigation-only.html",
            "09-one-huge-line.txt",
            "10-hostile-markup.html",
            "11-broken.jsonl:1",
            "11-broken.jsonl:2",
            "11-broken.jsonl:3",
            "12-good.txt");
  }

  @Test
  void emptyFilesAreSkippedAsEmpty() {
    assertThat(reason("01-empty.txt")).isEqualTo("empty file");
    assertThat(reason("02-blank.txt")).startsWith("empty file");
  }

  @Test
  void binaryContentNamedHtmlIsSkippedAsBinary() {
    assertThat(reason("03-image.html")).contains("binary").contains("PNG");
  }

  @Test
  void invalidUtf8KeepsTheTextAndWarns() {
    Article article = article("04-invalid-utf8.txt");
    assertThat(article.text()).contains("The harbour ferry resumed service on Saturday");
    assertThat(article.warnings())
        .anyMatch(w -> w.contains("replaced") || w.contains("not valid UTF-8"));
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithItsSizeAndTheLimit() {
    assertThat(reason("05-huge.html")).contains("100.0 MB").contains("limit");
  }

  @Test
  void deeplyNestedAndMalformedHtmlAreHandled() {
    assertThat(outcomes.get("06-deep.html")).isNotNull();
    if (outcomes.get("06-deep.html") instanceof ExtractionOutcome.NotExtracted skipped) {
      assertThat(skipped.skipped().reason()).doesNotContain("extraction failed");
    } else {
      assertThat(article("06-deep.html").text()).contains("deep inside");
    }
    assertThat(article("07-malformed.html").text())
        .contains("The harbour ferry resumed service on Saturday");
  }

  @Test
  void aPageWithNoArticleIsSkippedAsSuch() {
    assertThat(reason("08-navigation-only.html")).isEqualTo("no article text");
  }

  @Test
  void hostileMarkupNeverReachesTheText() {
    ExtractionOutcome outcome = outcomes.get("10-hostile-markup.html");
    if (outcome instanceof ExtractionOutcome.Extracted extracted) {
      assertThat(extracted.article().text()).doesNotContain("<script").doesNotContain("alert(");
    }
  }

  @Test
  void brokenJsonLinesAreSkippedOneByOne() {
    assertThat(reason("11-broken.jsonl:1")).startsWith("not a JSON object");
    assertThat(reason("11-broken.jsonl:3")).startsWith("not a JSON object");
    assertThat(outcomes.get("11-broken.jsonl:2")).isNotNull();
  }

  @Test
  void theGoodArticleSurvivesItsNeighbours() {
    Article article = article("12-good.txt");
    assertThat(article.text()).contains("The harbour ferry resumed service on Saturday");
    assertThat(article.warnings()).isEmpty();
  }

  @Test
  void noInputCrashedTheExtractor() {
    assertThat(outcomes.values())
        .noneMatch(
            o ->
                o instanceof ExtractionOutcome.NotExtracted s
                    && s.skipped().reason().startsWith("extraction failed"));
  }

  private static String hostile() {
    return "<html><body><article><h1>Title</h1><p>"
        + GOOD_TEXT.replace("\n\n", "</p><p>")
        + "</p><script>alert(1)</script><p onclick=\"alert(2)\">Click "
        + "<a href=\"javascript:alert(3)\">here</a> &amp;lt;b&amp;gt; &#0; &#xD800; &bogus;</p>"
        + "<iframe src=\"file:///etc/passwd\"></iframe></article></body></html>";
  }

  private static byte[] deeplyNested(int depth) {
    StringBuilder page = new StringBuilder(depth * 11 + 200);
    page.append("<html><body>");
    page.append("<div>".repeat(depth));
    page.append("<p>A sentence deep inside the page, written to see whether anything breaks.</p>");
    page.append("</div>".repeat(depth));
    page.append("</body></html>");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
  }

  private static String fileOf(ExtractionOutcome outcome) {
    String source =
        outcome instanceof ExtractionOutcome.Extracted e
            ? e.article().source()
            : ((ExtractionOutcome.NotExtracted) outcome).skipped().source();
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static String reason(String file) {
    ExtractionOutcome outcome = outcomes.get(file);
    assertThat(outcome).as(file).isInstanceOf(ExtractionOutcome.NotExtracted.class);
    return ((ExtractionOutcome.NotExtracted) outcome).skipped().reason();
  }

  private static Article article(String file) {
    ExtractionOutcome outcome = outcomes.get(file);
    assertThat(outcome).as(file).isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcome).article();
  }
}
