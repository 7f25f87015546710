package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as the launcher runs it, on the bundled samples: what a newcomer's first
 * command does. Catches what unit tests on the classpath cannot (a manifest missing a library).
 */
class PackagedCommandIT {

  private static final Path JAR = Path.of(System.getProperty("storylens.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("storylens.samples"));

  /** Where each run's standard output and error go; JUnit deletes it after each test. */
  @TempDir Path scratch;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void extractsEveryBundledSampleAsJson() throws Exception {
    Run run = run("extract", SAMPLES.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode articles = new ObjectMapper().readTree(run.out());
    long samples;
    try (var files = Files.list(SAMPLES)) {
      samples =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt") || n.endsWith(".html"))
              .count();
    }
    assertThat(samples).isGreaterThanOrEqualTo(10);
    assertThat(articles.size()).isEqualTo((int) samples);
    for (JsonNode article : articles) {
      assertThat(article.get("text").asText()).hasSizeGreaterThan(500);
      assertThat(article.get("title").isTextual()).isTrue();
    }
  }

  @Test
  void analyzesTheSamplesIntoASchemaOneReport() throws Exception {
    Run run = run("analyze", SAMPLES.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode truth = new ObjectMapper().readTree(SAMPLES.resolve("truth.json").toFile());
    assertThat(report.get("articles").size()).isEqualTo(truth.get("articles").size());
    assertThat(report.get("skipped").size()).isZero();
    // every gold story and every distractor is a story: AnalyzeSamplesEval checks who is in which
    assertThat(report.get("stories").size())
        .isEqualTo(truth.get("stories").size() + truth.get("distractors").size());
    for (JsonNode story : report.get("stories")) {
      assertThat(story.get("title").asText()).isNotBlank();
      assertThat(story.get("facts").isArray()).isTrue();
    }
    Run md = run("analyze", SAMPLES.toString(), "--format", "md");
    assertThat(md.exit()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("# StoryLens report").contains("### Derivations");
  }

  @Test
  void writesMarkdownAndAnswersHelpAndVersion() throws Exception {
    Run md = run("extract", SAMPLES.toString(), "--format", "md");
    assertThat(md.exit()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("## ");
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("extract").contains("analyze").contains("cluster");
    Run version = run("--version");
    assertThat(version.out()).startsWith("storylens ");
  }
}
