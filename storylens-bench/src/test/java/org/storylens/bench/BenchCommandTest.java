package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

  private static final String BODY =
      "The council voted on Monday to close the old bridge to cars, ending months of debate"
          + " about the cost of repairs and the future of the crossing.";

  @Test
  void extractionWritesPredictionsBothToolsAndPrintsTheTable(@TempDir Path root)
      throws IOException {
    Path pages = Files.createDirectories(root.resolve("bench/html"));
    Files.writeString(
        root.resolve("bench/ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://example.org/a\"}}");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(pages.resolve("p1.html.gz")))) {
      out.write(
          ("<html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav>"
                  + "<article><h1>Bridge</h1><p>"
                  + BODY
                  + "</p></article></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }
    StringWriter printed = new StringWriter();
    CommandLine command = new CommandLine(new BenchCommand()).setOut(new PrintWriter(printed));

    int exit =
        command.execute(
            "extraction",
            "--pages",
            root.resolve("bench").toString(),
            "--out",
            root.resolve("out").toString(),
            "--warmup",
            "0");

    assertThat(exit).isZero();
    assertThat(printed.toString()).contains("storylens", "readability4j", "median ms");
    JsonNode predictions = new ObjectMapper().readTree(root.resolve("out/storylens.json").toFile());
    assertThat(predictions.path("output").path("p1").asText()).isEqualTo(BODY);
    assertThat(predictions.path("meta").path("tool").asText()).isEqualTo("storylens");
    assertThat(predictions.path("meta").path("pages").asInt()).isEqualTo(1);
    assertThat(root.resolve("out/readability4j.json")).exists();
    assertThat(root.resolve("out/per-page.tsv")).exists();
  }

  @Test
  void analysisTimesEveryPartOnThePages(@TempDir Path root) throws IOException {
    Path pages = Files.createDirectories(root.resolve("bench/html"));
    Files.writeString(
        root.resolve("bench/ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://example.org/a\"}}");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(pages.resolve("p1.html.gz")))) {
      out.write(
          ("<html><body><article><h1>Bridge</h1><p>Mayor Ada Lind said on Monday: \"" + BODY
                  + "\"</p></article></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }
    StringWriter printed = new StringWriter();
    CommandLine command = new CommandLine(new BenchCommand()).setOut(new PrintWriter(printed));

    int exit =
        command.execute(
            "analysis", "--pages", root.resolve("bench").toString(), "--rounds", "1");

    assertThat(exit).isZero();
    assertThat(printed.toString())
        .contains("1 pages, 1 articles")
        .contains("entities", "time expressions", "quotes", "articles/s on one thread")
        .contains("extract + analyse on 2 threads");
  }

  @Test
  void aMissingBenchmarkIsAUsageError(@TempDir Path root) {
    CommandLine command =
        new CommandLine(new BenchCommand()).setErr(new PrintWriter(new StringWriter()));

    assertThat(command.execute("extraction", "--pages", root.toString())).isEqualTo(2);
  }

  @Test
  void benchServeStartsTheServiceWithTheLaunchersJvmOptions() throws IOException {
    Path launcher = Path.of("..", "storylens");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(launcher), "the project's launcher is not at " + launcher.toAbsolutePath());
    String script = Files.readString(launcher);
    assertThat(script).contains("serve_opts=(" + ServeLoadBenchmark.SERVICE_JVM_OPTIONS + ")");
  }

  @Test
  void benchServeSummarisesRoundsByTheirMedianAndRange() {
    assertThat(ServeLoadBenchmark.spread(java.util.List.of(90.0, 40.5, 61.0))).isEqualTo("61.0 (40.5-90.0)");
    assertThat(ServeLoadBenchmark.spread(java.util.List.of(50.0, 40.0, 70.0, 60.0))).isEqualTo("55.0 (40.0-70.0)");
  }
}
