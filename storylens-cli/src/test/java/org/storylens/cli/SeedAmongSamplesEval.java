package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The seed story ({@code ../shared/corpus/seed-story}, five outlets on one event, raw page text)
 * analysed together with the bundled samples (three other events and an unrelated article): the
 * five seed articles must form one story with nothing else in it, and no sample may join them.
 */
class SeedAmongSamplesEval {

  @Test
  void theFiveSeedArticlesAreOneStoryWithNothingElse() throws IOException {
    Path seed = find("shared/corpus/seed-story");
    Path samples = find("samples");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed eval is skipped");
    assumeTrue(samples != null, "samples/ not found");
    List<String> inputs = new ArrayList<>();
    inputs.add(samples.toString());
    try (Stream<Path> files = Files.list(seed)) {
      files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> inputs.add(f.toString()));
    }
    assertThat(inputs).hasSize(6);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    AnalyzeCommand analyze = cli.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(new byte[0]);
    List<String> args = new ArrayList<>(List.of("analyze", "--no-progress"));
    args.addAll(inputs);
    assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();

    JsonNode report = new ObjectMapper().readTree(out.toString());
    List<String> seedIds = new ArrayList<>();
    for (JsonNode article : report.get("articles")) {
      if (article.get("source").asText().contains("seed-story")) {
        seedIds.add(article.get("id").asText());
      }
    }
    assertThat(seedIds).hasSize(5);
    List<List<String>> storiesWithSeed = new ArrayList<>();
    for (JsonNode story : report.get("stories")) {
      List<String> members = new ArrayList<>();
      story.get("articles").forEach(id -> members.add(id.asText()));
      if (members.stream().anyMatch(seedIds::contains)) {
        storiesWithSeed.add(members);
      }
    }
    assertThat(storiesWithSeed).as("stories holding seed articles").hasSize(1);
    assertThat(storiesWithSeed.get(0)).containsExactlyInAnyOrderElementsOf(seedIds);
  }

  private static Path find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    return null;
  }
}
