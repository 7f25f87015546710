package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium opens the page {@code storylens analyze
 * --format html} writes and must report no console message, no script error, no request beyond
 * the page itself and no dialog; the rendered DOM must hold what the JSON report holds. Skipped,
 * with a message, where Chromium is not installed ({@code scripts/install-browser.sh} installs
 * it; CI runs that script first).
 */
class HtmlReportBrowserIT {

  /** Hostile strings an article can carry into a page; written for this test. */
  private static final String HOSTILE =
      "<script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>"
          + " </style></textarea>]]> \"' onmouseover=alert(4) &amp &#x; &lt";

  private static Path chromium;

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    chromium = HeadlessChromium.find().orElse(null);
    assumeTrue(
        chromium != null,
        "Chromium is not installed (no /usr/bin/chromium): the HTML report's browser test is"
            + " skipped; scripts/install-browser.sh installs it");
  }

  @Test
  void theSamplesReportRendersWithoutAnyErrorOrRequestAndShowsEveryStory() throws Exception {
    Path samples = AnalyzeRun.find("samples");
    assumeTrue(samples != null, "the samples folder is not found above " + Path.of("").toAbsolutePath());
    JsonNode report = AnalyzeRun.report(samples.toString());
    Path page = dir.resolve("samples.html");
    AnalyzeRun.output(samples.toString(), "--format", "html", "--out", page.toString());

    try (HeadlessChromium browser = new HeadlessChromium(chromium, dir.resolve("profile"))) {
      assertThat(problems(browser, page)).isEmpty();
      JsonNode dom =
          browser.evaluate(
              "JSON.stringify({"
                  + " scripts: document.scripts.length,"
                  + " stories: [...document.querySelectorAll('section.story')].map(s => ({"
                  + "   title: s.querySelector('h2').textContent,"
                  + "   rows: s.querySelectorAll('table.matrix tbody tr.fact').length,"
                  + "   columns: s.querySelectorAll('table.matrix thead th.col').length,"
                  + "   marks: s.querySelectorAll('table.matrix td.yes').length,"
                  + "   timeline: s.querySelectorAll('svg.timeline circle').length,"
                  + "   graphDots: s.querySelectorAll('svg.derivation-graph g.node > text').length,"
                  + "   graphArrows: s.querySelectorAll('svg.derivation-graph g.edge > polygon').length,"
                  + "   graphWidth: s.querySelector('svg.derivation-graph')"
                  + "       ? s.querySelector('svg.derivation-graph').getBoundingClientRect().width : 0,"
                  + "   matrixWidth: s.querySelector('table.matrix')"
                  + "       ? s.querySelector('table.matrix').getBoundingClientRect().width : 0})),"
                  + " text: document.body.innerText })");
      JsonNode rendered = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dom.asText());
      assertThat(rendered.get("scripts").asInt()).isZero();
      JsonNode stories = report.get("stories");
      assertThat(rendered.get("stories").size()).isEqualTo(stories.size());
      for (int i = 0; i < stories.size(); i++) {
        JsonNode story = stories.get(i);
        JsonNode shown = rendered.get("stories").get(i);
        assertThat(shown.get("title").asText()).isEqualTo((i + 1) + ". " + story.get("title").asText());
        assertThat(shown.get("rows").asInt()).as("one row per fact").isEqualTo(story.get("facts").size());
        if (story.get("facts").size() > 0) {
          assertThat(shown.get("columns").asInt())
              .as("one column per article")
              .isEqualTo(story.get("articles").size());
          int sources = 0;
          for (JsonNode fact : story.get("facts")) {
            sources += fact.get("sources").size();
          }
          assertThat(shown.get("marks").asInt()).as("one mark per source").isEqualTo(sources);
          assertThat(shown.get("matrixWidth").asDouble()).as("the matrix is laid out").isPositive();
        }
      }
      assertThat(rendered.get("stories").get(0).get("timeline").asInt()).isPositive();
      int graphs = 0;
      for (int i = 0; i < stories.size(); i++) {
        JsonNode story = stories.get(i);
        JsonNode shown = rendered.get("stories").get(i);
        if (story.get("derivations").size() == 0) {
          assertThat(shown.get("graphDots").asInt()).as("no links, no graph").isZero();
          continue;
        }
        graphs++;
        assertThat(shown.get("graphDots").asInt()).as("a dot per article").isEqualTo(story.get("articles").size());
        assertThat(shown.get("graphArrows").asInt()).as("an arrow per link").isEqualTo(story.get("derivations").size());
        assertThat(shown.get("graphWidth").asDouble()).as("the graph is laid out").isGreaterThan(300);
      }
      assertThat(graphs).as("the samples have a rewrite (Haldor Today of Northwire)").isPositive();
      assertThat(rendered.get("text").asText())
          .contains("Who reports what")
          .contains("Only one article says")
          .contains("Timeline");
      screenshot(browser, "samples.png");
    }
  }

  @Test
  void hostileArticleStringsRenderAsTextAndRunNothing() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String text =
        "The Orvek dam council said on Monday that the reservoir rose by two meters after the"
            + " storm. Engineers inspected the spillway and found it sound. " + HOSTILE;
    Files.writeString(
        in.resolve("hostile.jsonl"),
        line(HOSTILE, text, "2025-06-09", HOSTILE)
            + "\n"
            + line("Dam council: reservoir up two meters " + HOSTILE, text, "2025-06-09", "Valley Post")
            + "\n");
    Files.writeString(
        in.resolve("page.html"),
        "<html><head><title>" + HOSTILE.replace("<", "&lt;") + "</title>"
            + "<script>window.pwned = 1</script></head><body><article><h1>Dam council: reservoir"
            + " rose &lt;script&gt;alert(5)&lt;/script&gt;</h1><p>" + text.replace("<", "&lt;")
            + "</p></article></body></html>");
    Path page = dir.resolve("hostile.html");
    AnalyzeRun.output(in.toString(), "--format", "html", "--out", page.toString());

    try (HeadlessChromium browser = new HeadlessChromium(chromium, dir.resolve("profile"))) {
      assertThat(problems(browser, page)).isEmpty();
      assertThat(browser.evaluate("document.scripts.length").asInt()).isZero();
      assertThat(browser.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
      assertThat(browser.evaluate("document.querySelectorAll('img, iframe, object, embed, form').length").asInt())
          .isZero();
      assertThat(browser.evaluate("document.body.innerText").asText())
          .contains("<script>alert(1)</script>")
          .contains("<img src=x onerror=alert(2)>");
      screenshot(browser, "hostile.png");
    }
  }

  @Test
  void theCheckSeesErrorsAndRequestsWhenAPageHasThem() throws Exception {
    Path page = dir.resolve("bad.html");
    Files.writeString(
        page,
        "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\""
            + " content=\"default-src 'none'\"><style>p{color:red}</style></head>"
            + "<body><p>x</p><img src=\"missing.png\"></body></html>");
    try (HeadlessChromium browser = new HeadlessChromium(chromium, dir.resolve("profile"))) {
      assertThat(String.join("\n", problems(browser, page)))
          .as("a refused stylesheet and a refused image")
          .contains("log error")
          .contains("missing.png");
    }
  }

  /**
   * Opens the page and lists everything that went wrong: console messages, uncaught exceptions,
   * log entries of level warning or error (a CSP violation is one), requests beyond the page and
   * failed loads, dialogs.
   */
  private static List<String> problems(HeadlessChromium browser, Path page) throws Exception {
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      browser.call(domain + ".enable", Map.of());
    }
    String url = page.toUri().toString();
    JsonNode navigation = browser.call("Page.navigate", Map.of("url", url));
    assertThat(navigation.has("errorText")).as(navigation.toString()).isFalse();
    browser.await("Page.loadEventFired", p -> true);
    Thread.sleep(500); // late messages: layout, deferred CSP reports
    List<String> problems = new ArrayList<>();
    browser.events("Runtime.consoleAPICalled").forEach(e -> problems.add("console: " + e));
    browser.events("Runtime.exceptionThrown").forEach(e -> problems.add("exception: " + e));
    browser.events("Page.javascriptDialogOpening").forEach(e -> problems.add("dialog: " + e));
    browser.events("Network.loadingFailed").forEach(e -> problems.add("failed request: " + e));
    for (JsonNode entry : browser.events("Log.entryAdded")) {
      String level = entry.path("entry").path("level").asText();
      if (level.equals("error") || level.equals("warning")) {
        problems.add("log " + level + ": " + entry.path("entry"));
      }
    }
    for (JsonNode request : browser.events("Network.requestWillBeSent")) {
      String requested = request.path("request").path("url").asText();
      if (!requested.equals(url) && !requested.startsWith("data:")) {
        problems.add("request beyond the page: " + requested);
      }
    }
    return problems;
  }

  /** A full-page PNG; kept under storylens.screenshots when that property names a folder. */
  private void screenshot(HeadlessChromium browser, String name) throws Exception {
    JsonNode size = browser.call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0, "y", 0,
            "width", size.path("width").asDouble(),
            "height", Math.min(size.path("height").asDouble(), 16000),
            "scale", 1);
    JsonNode shot =
        browser.call(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    byte[] png = Base64.getDecoder().decode(shot.path("data").asText());
    assertThat(png).hasSizeGreaterThan(10_000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Files.write(dir.resolve(name), png);
    String keep = System.getProperty("storylens.screenshots");
    if (keep != null) {
      Files.write(Files.createDirectories(Path.of(keep)).resolve(name), png);
      // and in slices a person can read
      double height = size.path("height").asDouble();
      for (int slice = 0; slice * 1400 < Math.min(height, 16000); slice++) {
        Map<String, Object> part =
            Map.of("x", 0, "y", slice * 1400, "width", size.path("width").asDouble(),
                "height", Math.min(1400, height - slice * 1400), "scale", 1);
        JsonNode piece =
            browser.call(
                "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", part));
        Files.write(
            Path.of(keep).resolve(name.replace(".png", "-" + slice + ".png")),
            Base64.getDecoder().decode(piece.path("data").asText()));
      }
    }
  }

  private static String line(String title, String text, String date, String outlet) {
    return "{\"title\":" + quoted(title) + ",\"text\":" + quoted(text) + ",\"date\":\"" + date
        + "\",\"outlet\":" + quoted(outlet) + ",\"lang\":\"en\"}";
  }

  private static String quoted(String s) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).toString();
  }
}
