package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed story ({@code ../shared/corpus/seed-story}, five outlets on one event, raw page text)
 * analysed together with the bundled samples (three other events and an unrelated article): the
 * five seed articles must form one story with nothing else in it, and no sample may join them.
 */
class SeedAmongSamplesEval {

  @Test
  void theFiveSeedArticlesAreOneStoryWithNothingElse() throws IOException {
    Path seed = AnalyzeRun.find("shared/corpus/seed-story");
    Path samples = AnalyzeRun.find("samples");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed eval is skipped");
    assumeTrue(samples != null, "samples/ not found");
    List<String> inputs = new ArrayList<>();
    inputs.add(samples.toString());
    try (Stream<Path> files = Files.list(seed)) {
      files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> inputs.add(f.toString()));
    }
    assertThat(inputs).hasSize(6);

    List<String> args = new ArrayList<>(List.of("--no-progress"));
    args.addAll(inputs);
    JsonNode report = AnalyzeRun.report(args.toArray(String[]::new));
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

}
