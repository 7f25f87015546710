package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Primary sources and statement variants of {@code storylens analyze} against gold stories: the
 * seed story (real articles, {@code ../shared/corpus/seed-story}) and the project's samples (three
 * fictional stories).
 *
 * <p>A gold primary source is found by a reported one whose name ends in one of the gold name's
 * capitalised words (the speaker's surname, the institution's head word: "Valk", "Kremlin",
 * "Commission"); its score is the best F1 of such a source's {@code quotedBy} against the gold
 * {@code quoted_by}, 0 when none matches. The gold variants say in prose what differs; the probes
 * below are the words each form of a found variant must show, written for this eval from that
 * prose.
 */
class StoryQuotesEval {

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+");

  /** Per gold story: the primary-source F1 and whether the matching source was reported first. */
  record SourceScore(String story, double f1, boolean first, int reported) {}

  @Test
  void theSeedStorysPrimarySourceAndTranslationVariantAreFound() throws IOException {
    Path seed = AnalyzeRun.find("shared/corpus/seed-story");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed quotes eval is skipped");
    JsonNode report = AnalyzeRun.report(seed.toString());
    List<SourceScore> scores = primarySources(seed.resolve("truth.json"), report);
    Map<String, Boolean> variants =
        variants(
            seed.resolve("truth.json"),
            report,
            Map.of(
                "assistance-wording",
                List.of("financial assistance", "material assistance", "financial support")));
    System.out.printf(
        Locale.ROOT, "seed quotes: primary sources %s, variants %s (%d reported)%n",
        scores, variants, variantCount(report));
    assertThat(scores).allSatisfy(s -> assertThat(s.f1()).isGreaterThanOrEqualTo(0.9));
    assertThat(scores).allSatisfy(s -> assertThat(s.first()).isTrue());
    assertThat(variants).containsEntry("assistance-wording", true);
    assertThat(variantCount(report)).isLessThanOrEqualTo(8);
  }

  @Test
  void theSamplesPrimarySourcesAndQuoteVariantsAreFound() throws IOException {
    Path truth = AnalyzeRun.find("samples/truth.json");
    assumeTrue(truth != null, "samples/truth.json not found");
    JsonNode report = AnalyzeRun.report(truth.getParent().toString());
    List<SourceScore> scores = primarySources(truth, report);
    Map<String, Boolean> variants =
        variants(
            truth,
            report,
            Map.of(
                "helicopter-quote", List.of("helicopter has been sent", "every available helicopter had been sent"),
                "orderly-quote", List.of("This is an orderly resolution", "orderly resolution")));
    double meanF1 = scores.stream().mapToDouble(SourceScore::f1).average().orElse(0);
    System.out.printf(
        Locale.ROOT, "samples quotes: primary sources %s (mean F1 %.3f), variants %s (%d reported)%n",
        scores, meanF1, variants, variantCount(report));
    assertThat(scores).hasSize(3);
    assertThat(meanF1).isGreaterThanOrEqualTo(0.95);
    assertThat(variants).containsEntry("helicopter-quote", true).containsEntry("orderly-quote", true);
  }

  private static List<SourceScore> primarySources(Path truthFile, JsonNode report)
      throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> keyOf = AnalyzeRun.keys(report);
    List<SourceScore> scores = new ArrayList<>();
    for (JsonNode gold : truth.get("stories")) {
      JsonNode source = gold.get("primary_source");
      if (source == null) {
        continue;
      }
      Set<String> words = new HashSet<>();
      Matcher word = CAPITALISED.matcher(source.get("name").asText().replace("'s", ""));
      while (word.find()) {
        words.add(word.group().toLowerCase(Locale.ROOT));
      }
      JsonNode story = AnalyzeRun.storyOf(gold, report, keyOf);
      double best = 0;
      boolean first = false;
      int index = 0;
      int reported = story == null ? 0 : story.get("primarySources").size();
      for (JsonNode found : story == null ? List.<JsonNode>of() : iterable(story.get("primarySources"))) {
        String[] nameWords = found.get("name").asText().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.contains(nameWords[nameWords.length - 1])) {
          Set<String> cited = new HashSet<>();
          found.get("quotedBy").forEach(id -> cited.add(keyOf.get(id.asText())));
          double f1 = AnalyzeRun.f1(cited, AnalyzeRun.strings(source.get("quoted_by")));
          if (f1 > best) {
            best = f1;
            first = index == 0;
          }
        }
        index++;
      }
      scores.add(new SourceScore(gold.get("id").asText(), best, first, reported));
    }
    return scores;
  }

  /**
   * For each probed gold variant: whether a reported variant of its story has, for every probe,
   * a form containing it.
   */
  private static Map<String, Boolean> variants(
      Path truthFile, JsonNode report, Map<String, List<String>> probes) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> keyOf = AnalyzeRun.keys(report);
    Map<String, Boolean> found = new LinkedHashMap<>();
    for (JsonNode gold : truth.get("stories")) {
      JsonNode story = AnalyzeRun.storyOf(gold, report, keyOf);
      for (JsonNode variant : iterable(gold.get("variants"))) {
        List<String> wanted = probes.get(variant.get("id").asText());
        if (wanted == null) {
          continue;
        }
        boolean hit = false;
        for (JsonNode reported : story == null ? List.<JsonNode>of() : iterable(story.get("variants"))) {
          List<String> forms = new ArrayList<>();
          reported.get("forms").forEach(f -> forms.add(f.get("text").asText()));
          hit |= wanted.stream().allMatch(w -> forms.stream().anyMatch(f -> f.contains(w)));
        }
        found.put(variant.get("id").asText(), hit);
      }
    }
    return found;
  }

  private static int variantCount(JsonNode report) {
    int count = 0;
    for (JsonNode story : report.get("stories")) {
      count += story.get("variants").size();
    }
    return count;
  }


  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    if (array != null) {
      array.forEach(nodes::add);
    }
    return nodes;
  }
}
