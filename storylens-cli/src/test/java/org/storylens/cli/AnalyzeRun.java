package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import picocli.CommandLine;

/** What the evals share: {@code storylens analyze} run in-process, and locating test data. */
final class AnalyzeRun {

  private AnalyzeRun() {}

  /** The report {@code storylens analyze ARGS...} writes; the command must succeed. */
  static JsonNode report(String... args) throws IOException {
    return new ObjectMapper().readTree(output(args));
  }

  /** What {@code storylens analyze ARGS...} writes on standard output; it must succeed. */
  static String output(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new StoryLensCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    AnalyzeCommand analyze = cli.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(new byte[0]);
    List<String> command = new ArrayList<>(List.of("analyze"));
    command.addAll(List.of(args));
    assertThat(cli.execute(command.toArray(String[]::new))).as(err.toString()).isZero();
    return out.toString();
  }

  /** {@code relative} under the working folder or one above it; null when none has it. */
  static Path find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    return null;
  }

  /** Article id to file stem (the report's {@code source} without folders and extension). */
  static java.util.Map<String, String> keys(JsonNode report) {
    java.util.Map<String, String> keyOf = new java.util.HashMap<>();
    for (JsonNode article : report.get("articles")) {
      String name = Path.of(article.get("source").asText()).getFileName().toString();
      keyOf.put(article.get("id").asText(), name.substring(0, name.indexOf('.')));
    }
    return keyOf;
  }

  /** The F1 of a predicted set against a gold set; 0 when they share nothing. */
  static double f1(java.util.Set<String> predicted, java.util.Set<String> gold) {
    java.util.Set<String> common = new java.util.HashSet<>(predicted);
    common.retainAll(gold);
    if (common.isEmpty()) {
      return 0;
    }
    double p = (double) common.size() / predicted.size();
    double r = (double) common.size() / gold.size();
    return 2 * p * r / (p + r);
  }

  /** The strings of a JSON array. */
  static java.util.Set<String> strings(JsonNode array) {
    java.util.Set<String> values = new java.util.HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The report story holding most of the gold story's articles. */
  static JsonNode storyOf(JsonNode gold, JsonNode report, java.util.Map<String, String> keyOf) {
    java.util.Set<String> goldArticles = strings(gold.get("articles"));
    JsonNode best = null;
    int bestCount = 0;
    for (JsonNode story : report.get("stories")) {
      int count = 0;
      for (JsonNode id : story.get("articles")) {
        count += goldArticles.contains(keyOf.get(id.asText())) ? 1 : 0;
      }
      if (count > bestCount) {
        best = story;
        bestCount = count;
      }
    }
    return best;
  }
}
