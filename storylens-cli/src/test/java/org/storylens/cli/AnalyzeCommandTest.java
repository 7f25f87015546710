package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  /** A library opening, written for this test. */
  private static final String LIBRARY =
      "The Elmford city library opened a night reading room on Monday, keeping its second floor"
          + " open until midnight. Head librarian Ona Brisk said the room has forty seats and free"
          + " tea for students and shift workers.";

  /**
   * Two reports of a library opening and one of a bridge closure six weeks later, written for this
   * test. (Why weeks apart? Unrelated articles of the same day are merged today when only one story
   * is open: time proximity alone reaches the margin floor. That is for clustering to fix, not
   * what this test is about.)
   */
  private static final List<String> LINES =
      List.of(
          // out of time order on purpose: the copy is listed first but published later
          line("lib-copy", "Night reading room opens in Elmford", LIBRARY, "2025-06-10", "Valley Post"),
          line("lib-1", "Elmford library opens night reading room", LIBRARY, "2025-06-09", "Elmford Times"),
          line("bridge-1", "Council closes Harlow stone bridge to cars",
              "The Harlow council voted to close the old stone bridge to cars after engineers"
                  + " found cracks in two arches. Mayor Teo Vance said buses will detour through"
                  + " the market square.", "2025-07-21", "Harlow Herald"));

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static String line(String id, String title, String text, String date, String outlet) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"date\":\"" + date + "\",\"outlet\":\"" + outlet + "\",\"lang\":\"en\"}";
  }

  private int run(String stdin, String... args) {
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    AnalyzeCommand analyze = cli.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  private Path articles() throws IOException {
    return Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", LINES) + "\n");
  }

  @Test
  void writesASchemaOneReportWithStoriesInTimeOrderAndTheirLinks() throws IOException {
    assertThat(run("", "analyze", articles().toString(), "--threads", "2")).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.get("articles").size()).isEqualTo(3);
    assertThat(report.get("articles").get(0).get("id").asText()).as("input order").isEqualTo("lib-copy");
    assertThat(report.get("skipped").size()).isZero();
    JsonNode stories = report.get("stories");
    assertThat(stories.size()).isEqualTo(2);
    JsonNode library = stories.get(0);
    assertThat(library.get("id").asText()).isEqualTo("lib-1");
    assertThat(library.get("title").asText()).isEqualTo("Elmford library opens night reading room");
    assertThat(texts(library.get("articles"))).containsExactly("lib-1", "lib-copy");
    JsonNode link = library.get("derivations").get(0);
    assertThat(link.get("from").asText()).isEqualTo("lib-1");
    assertThat(link.get("to").asText()).isEqualTo("lib-copy");
    assertThat(link.get("kind").asText()).isEqualTo("near-duplicate");
    assertThat(texts(stories.get(1).get("articles"))).containsExactly("bridge-1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anInputNamedTwiceIsReportedOnce() throws IOException {
    String in = articles().toString();
    assertThat(run("", "analyze", in, in)).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("articles").size()).isEqualTo(3);
    assertThat(report.get("stories").get(0).get("articles").size()).isEqualTo(2);
  }

  @Test
  void writesMarkdownToAFile() throws IOException {
    Path target = dir.resolve("report.md");
    assertThat(run("", "analyze", articles().toString(), "--format", "md", "--out", target.toString()))
        .isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(target))
        .startsWith("# StoryLens report")
        .contains("## 1. Elmford library opens night reading room")
        .contains("**Valley Post** derives from **Elmford Times**: near-duplicate");
  }

  @Test
  void skippedInputsAreListedOnStderrAndInTheReportAndExitOne() throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertThat(run("", "analyze", articles().toString(), missing.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("skipped " + missing + ": no such file or folder");
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("skipped").get(0).get("source").asText()).isEqualTo(missing.toString());
    assertThat(report.get("stories").size()).isEqualTo(2);
  }

  @Test
  void hostileArticleStringsStayInertInMarkdown() throws IOException {
    String hostile =
        "<script>alert(1)</script> [click](https://evil.example) <img src=x onerror=alert(1)>";
    String lines =
        line("evil-1", hostile.replace("\"", "'"), LIBRARY, "2025-06-09", "<b>Evil</b> [x](y)")
            + "\n";
    Path in = Files.writeString(dir.resolve("evil.jsonl"), lines);
    assertThat(run("", "analyze", in.toString(), "--format", "md")).isZero();
    assertThat(out.toString())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .doesNotContainPattern("(?<!\\\\)\\]\\(")
        .contains("&lt;script&gt;");
  }

  @Test
  void readsStandardInput() {
    String page =
        "Library Opens Night Reading Room\n\nELMFORD, June 9 (Valley Ledger) — " + LIBRARY;
    assertThat(run(page, "analyze", "-")).isZero();
    assertThat(out.toString()).contains("\"stories\"").contains("Library Opens Night Reading Room");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String in = articles().toString();
    assertThat(run("", "analyze")).isEqualTo(2);
    assertThat(run("", "analyze", in, "--format", "pdf")).isEqualTo(2);
    assertThat(run("", "analyze", in, "--threads", "0")).isEqualTo(2);
    assertThat(run("", "analyze", in, "--max-bytes", "lots")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage:");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void writesOneSelfContainedHtmlPageToStandardOutputOrAFile() throws IOException {
    assertThat(run("", "analyze", articles().toString(), "--format", "html")).isZero();
    String page = out.toString();
    assertThat(page).startsWith("<!doctype html>");
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("section.story h2").eachText())
        .containsExactly(
            "1. Elmford library opens night reading room",
            "2. Council closes Harlow stone bridge to cars");
    assertThat(doc.select("script, link[rel=stylesheet], img, iframe")).isEmpty();

    Path file = dir.resolve("report.html");
    out.getBuffer().setLength(0);
    assertThat(run("", "analyze", articles().toString(), "--format", "html", "--out", file.toString()))
        .isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(page);
  }

  @Test
  void helpDescribesTheCommandAndTheTimeOrder() {
    assertThat(run("", "analyze", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("Usage: storylens analyze")
        .contains("--format")
        .contains("--threads")
        .contains("--max-bytes")
        .contains("undated articles come last")
        .contains("headline of its earliest article")
        .contains("json, md or html")
        .contains("storylens analyze samples --format html --out report.html");
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
