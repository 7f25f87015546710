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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {

  /** Two stories written for this test: a library opening and a bridge closure, two reports each. */
  private static final List<String> LINES =
      List.of(
          line("lib-1", "Elmford library opens night reading room",
              "The Elmford city library opened a night reading room on Monday, keeping its"
                  + " second floor open until midnight. Head librarian Ona Brisk said the room"
                  + " has forty seats and free tea for students and shift workers."),
          line("bridge-1", "Council closes Harlow stone bridge to cars",
              "The Harlow council voted to close the old stone bridge to cars after engineers"
                  + " found cracks in two arches. Mayor Teo Vance said buses will detour through"
                  + " the market square."),
          line("lib-2", "Night reading room draws students in Elmford",
              "Students filled the new night reading room at the Elmford library, librarian Ona"
                  + " Brisk said, as the forty seats and free tea drew shift workers until"
                  + " midnight."),
          line("bridge-2", "Harlow bridge closure: buses detour",
              "Buses detoured through the Harlow market square on Tuesday after the council"
                  + " closed the cracked stone bridge to cars, Mayor Teo Vance said, while"
                  + " engineers examined the arches."));

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static String line(String id, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"date\":null,\"lang\":\"en\",\"extra\":1}";
  }

  private int run(String stdin, String... args) {
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    ClusterCommand cluster = cli.getSubcommands().get("cluster").getCommand();
    cluster.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  private static Map<String, String> assignments(String tsv) {
    return tsv.lines()
        .map(l -> l.split("\t"))
        .collect(Collectors.toMap(p -> p[0], p -> p[1]));
  }

  @Test
  void writesOneIdTabStoryLinePerArticle() throws IOException {
    Path in = Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", LINES) + "\n");
    int exit = run("", "cluster", "--in", in.toString());

    assertThat(exit).isZero();
    assertThat(out.toString().lines()).hasSize(4);
    Map<String, String> stories = assignments(out.toString());
    assertThat(stories.get("lib-2")).isEqualTo(stories.get("lib-1"));
    assertThat(stories.get("bridge-2")).isEqualTo(stories.get("bridge-1"));
    assertThat(stories.get("lib-1")).isNotEqualTo(stories.get("bridge-1"));
  }

  @Test
  void aRestartWithStateReportsNothingTwiceAndCompletesTheOutputFile() throws IOException {
    Path first = Files.writeString(dir.resolve("first.jsonl"), LINES.get(0) + "\n" + LINES.get(1) + "\n");
    Path all = Files.writeString(dir.resolve("all.jsonl"), String.join("\n", LINES) + "\n");
    Path state = dir.resolve("state");
    Path output = dir.resolve("stories.tsv");
    assertThat(run("", "cluster", "--in", first.toString(), "--state", state.toString(),
        "--out", output.toString())).isZero();
    // as if killed after recording lib-1 and bridge-1 but before writing bridge-1's line
    List<String> written = Files.readAllLines(output);
    Files.writeString(output, written.get(0) + "\n" + "bridge");

    assertThat(run("", "cluster", "--in", all.toString(), "--state", state.toString(),
        "--out", output.toString())).isZero();

    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(4);
    assertThat(lines.stream().map(l -> l.split("\t")[0]))
        .containsExactly("lib-1", "bridge-1", "lib-2", "bridge-2");
    assertThat(err.toString()).contains("2 articles were already assigned");
  }

  @Test
  void writesTheDerivationLinksAsJsonLinesWhenAsked() throws IOException {
    // lib-copy repeats lib-1 word for word: a near-duplicate
    String copy = LINES.get(0).replace("\"lib-1\"", "\"lib-copy\"");
    Path in = Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", LINES) + "\n" + copy + "\n");
    Path links = dir.resolve("links.jsonl");
    assertThat(run("", "cluster", "--in", in.toString(), "--links", links.toString())).isZero();

    assertThat(out.toString().lines()).hasSize(5);
    List<String> lines = Files.readAllLines(links);
    assertThat(lines).hasSize(1);
    JsonNode link = new ObjectMapper().readTree(lines.get(0));
    assertThat(link.get("from").asText()).isEqualTo("lib-1");
    assertThat(link.get("to").asText()).isEqualTo("lib-copy");
    assertThat(link.get("kind").asText()).isEqualTo("near-duplicate");
    assertThat(link.get("score").asDouble()).isGreaterThan(0.9);
    assertThat(link.get("evidence").asText()).isNotBlank();
    assertThat(assignments(out.toString()).get("lib-copy")).isEqualTo(assignments(out.toString()).get("lib-1"));
  }

  @Test
  void readsStandardInput() {
    assertThat(run(String.join("\n", LINES), "cluster", "--in", "-")).isZero();
    assertThat(out.toString().lines()).hasSize(4);
  }

  @Test
  void skippedLinesAreListedAndExitOne() throws IOException {
    Path in = Files.writeString(dir.resolve("articles.jsonl"), LINES.get(0) + "\nnot json\n");
    assertThat(run("", "cluster", "--in", in.toString())).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("skipped");
  }

  @Test
  void usageErrorsExitTwoAndHelpExitsZero() {
    assertThat(run("", "cluster")).isEqualTo(2);
    assertThat(run("", "cluster", "--in")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage:");
    assertThat(run("", "cluster", "--help")).isZero();
    assertThat(out.toString()).contains("--state").contains("--links").contains("--threads");
  }
}
