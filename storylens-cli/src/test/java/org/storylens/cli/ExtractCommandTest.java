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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final String ARTICLE =
      "Library Opens Night Reading Room\n\n"
          + "ELMFORD, June 9 (Valley Ledger) — The city library opened a night reading room on"
          + " Monday, keeping its second floor open until midnight for students and shift"
          + " workers.\n\n"
          + "\"People asked for a quiet place after their late shifts,\" head librarian Ona"
          + " Brisk said, adding that the room had forty seats and free tea.";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    ExtractCommand extract = cli.getSubcommands().get("extract").getCommand();
    extract.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  @Test
  void writesAJsonArrayOfArticlesAndExitsZero() throws IOException {
    Files.writeString(dir.resolve("library.txt"), ARTICLE);
    int exit = run("", "extract", dir.toString());
    assertThat(exit).isZero();
    JsonNode articles = new ObjectMapper().readTree(out.toString());
    assertThat(articles.isArray()).isTrue();
    assertThat(articles.size()).isEqualTo(1);
    assertThat(articles.get(0).get("source").asText()).isEqualTo(dir + "/library.txt");
    assertThat(articles.get(0).get("text").asText()).contains("opened a night reading room");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void listsSkippedInputsOnStderrAndExitsOne() throws IOException {
    Files.writeString(dir.resolve("library.txt"), ARTICLE);
    Files.write(dir.resolve("empty.html"), new byte[0]);
    int exit = run("", "extract", dir.toString(), dir + "/missing.txt");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("skipped " + dir + "/empty.html: empty file")
        .contains("skipped " + dir + "/missing.txt: no such file or folder");
    assertThat(new ObjectMapper().readTree(out.toString()).size()).isEqualTo(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("", "extract")).isEqualTo(2);
    assertThat(run("", "extract", "--format", "pdf", "x")).isEqualTo(2);
    assertThat(run("", "extract", "--max-bytes", "lots", "x")).isEqualTo(2);
    assertThat(run("", "no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage:");
  }

  @Test
  void readsStandardInputAndWritesMarkdown() {
    int exit = run(ARTICLE, "extract", "-", "--format", "md");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("## Library Opens Night Reading Room")
        .contains("opened a night reading room");
  }

  @Test
  void writesToAFileWhenAsked() throws IOException {
    Files.writeString(dir.resolve("library.txt"), ARTICLE);
    Path target = dir.resolve("out.json");
    assertThat(run("", "extract", dir + "/library.txt", "--out", target.toString())).isZero();
    assertThat(new ObjectMapper().readTree(target.toFile()).get(0).get("title").asText())
        .isEqualTo("Library Opens Night Reading Room");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void helpDescribesTheCommand() {
    assertThat(run("", "extract", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: storylens extract").contains("--format");
  }
}
