package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facts of {@code storylens analyze} against gold stories, scored as {@code
 * ../shared/tools/story_score.py} scores them: a gold fact is found when a reported fact of the
 * story holding most of its articles has, in its text or evidence, one alternative of every group
 * of the fact's {@code keys}; its source F1 is the best F1 of the cited articles against the gold
 * sources among the reported facts that match. On the seed story (real articles, {@code
 * ../shared/corpus/seed-story}) and on the project's samples (three fictional stories); and the
 * samples' conflicts of numbers and dates, matched by the values the gold gives each article.
 */
class StoryFactsEval {

  /** What the scorer measures, over all gold stories of a truth file. */
  record FactScores(double recall, double sourceF1, int reported, int gold, Set<String> missed) {}

  @Test
  void theSeedStorysFactsAreFoundWithTheirSources() throws IOException {
    Path seed = AnalyzeRun.find("shared/corpus/seed-story");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed facts eval is skipped");
    FactScores scores = score(seed.resolve("truth.json"), AnalyzeRun.report(seed.toString()));
    System.out.printf(
        Locale.ROOT, "seed story facts: recall %.2f, source F1 %.3f, %d reported for %d gold, missed %s%n",
        scores.recall(), scores.sourceF1(), scores.reported(), scores.gold(), scores.missed());
    // the goals: recall 1.00, source F1 >= 0.90, at most 40 facts
    assertThat(scores.recall()).as("missed %s", scores.missed()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.sourceF1()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.reported()).isLessThanOrEqualTo(40);
  }

  @Test
  void theSamplesFactsAreFoundWithTheirSources() throws IOException {
    Path samples = AnalyzeRun.find("samples/truth.json");
    assumeTrue(samples != null, "samples/truth.json not found");
    Path folder = samples.getParent();
    FactScores scores = score(samples, AnalyzeRun.report(folder.toString()));
    System.out.printf(
        Locale.ROOT, "samples facts: recall %.2f, source F1 %.3f, %d reported for %d gold, missed %s%n",
        scores.recall(), scores.sourceF1(), scores.reported(), scores.gold(), scores.missed());
    assertThat(scores.recall()).as("missed %s", scores.missed()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.sourceF1()).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * The seed's one conflict: one outlet says the presidents met, the others that they spoke by
   * telephone. Scored as story_score.py does (a reported conflict with a claim of the gold's
   * article), and more strictly: the conflict must also set it against a gold "against" article,
   * and the story must report no other conflict (the seed has none).
   */
  @Test
  void theSeedStorysMeetingOrCallConflictIsFound() throws IOException {
    Path seed = AnalyzeRun.find("shared/corpus/seed-story");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed conflict eval is skipped");
    JsonNode truth = new ObjectMapper().readTree(seed.resolve("truth.json").toFile());
    JsonNode report = AnalyzeRun.report(seed.toString());
    Map<String, String> keyOf = AnalyzeRun.keys(report);
    JsonNode gold = truth.get("stories").get(0).get("conflicts").get(0);
    List<JsonNode> conflicts = new java.util.ArrayList<>();
    report.get("stories").forEach(story -> story.get("conflicts").forEach(conflicts::add));
    assertThat(conflicts).hasSize(truth.get("stories").get(0).get("conflicts").size());
    Set<String> articles = new HashSet<>();
    conflicts.get(0).get("claims").forEach(c -> articles.add(keyOf.get(c.get("article").asText())));
    assertThat(articles).containsAll(AnalyzeRun.strings(gold.get("articles")));
    assertThat(articles).containsAnyElementsOf(AnalyzeRun.strings(gold.get("against")));
  }

  @Test
  void theSamplesNumberAndDateConflictsAreFoundAndFewAreFalse() throws IOException {
    Path samples = AnalyzeRun.find("samples/truth.json");
    assumeTrue(samples != null, "samples/truth.json not found");
    JsonNode truth = new ObjectMapper().readTree(samples.toFile());
    JsonNode report = AnalyzeRun.report(samples.getParent().toString());
    Map<String, String> keyOf = AnalyzeRun.keys(report);
    int gold = 0;
    int found = 0;
    Set<JsonNode> matched = new HashSet<>();
    for (JsonNode story : truth.get("stories")) {
      for (JsonNode conflict : story.get("conflicts")) {
        if (!conflict.has("values")) {
          continue;
        }
        gold++;
        boolean hit = false;
        for (JsonNode reported : report.get("stories")) {
          for (JsonNode candidate : reported.get("conflicts")) {
            if (sameConflict(conflict, candidate, keyOf)) {
              hit = true;
              matched.add(candidate);
              if ("update".equals(conflict.path("kind").asText())) {
                assertThat(candidate.get("kind").asText()).as(conflict.get("id").asText()).isEqualTo("update");
              }
            }
          }
        }
        found += hit ? 1 : 0;
      }
    }
    int reported = 0;
    for (JsonNode story : report.get("stories")) {
      reported += story.get("conflicts").size();
    }
    System.out.printf(
        Locale.ROOT, "samples conflicts: %d of %d gold found; %d reported, %d of them gold%n",
        found, gold, reported, matched.size());
    assertThat(found).isGreaterThanOrEqualTo(5);
    assertThat((double) matched.size() / reported).isGreaterThanOrEqualTo(0.8);
  }

  /**
   * A reported conflict is the gold one when it sets an article of the gold's {@code articles}
   * against one of its {@code against}, each with the number the gold gives it.
   */
  private static boolean sameConflict(JsonNode gold, JsonNode reported, Map<String, String> keyOf) {
    boolean side = false;
    boolean other = false;
    for (JsonNode claim : reported.get("claims")) {
      String key = keyOf.get(claim.get("article").asText());
      JsonNode want = gold.get("values").get(key);
      if (want == null || !numbersOf(claim.get("value").asText()).containsAll(numbersOf(want.asText()))) {
        continue;
      }
      side |= AnalyzeRun.strings(gold.get("articles")).contains(key);
      other |= AnalyzeRun.strings(gold.get("against")).contains(key);
    }
    return side && other;
  }

  private static Set<String> numbersOf(String text) {
    Set<String> numbers = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(text);
    while (m.find()) {
      numbers.add(m.group().replace(",", ""));
    }
    return numbers;
  }

  static FactScores score(Path truthFile, JsonNode report) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> keyOf = AnalyzeRun.keys(report);
    int hits = 0;
    int total = 0;
    double f1Sum = 0;
    Set<String> missed = new java.util.LinkedHashSet<>();
    for (JsonNode gold : truth.get("stories")) {
      JsonNode best = AnalyzeRun.storyOf(gold, report, keyOf);
      for (JsonNode fact : gold.get("facts")) {
        total++;
        double bestF1 = -1;
        if (best != null) {
          for (JsonNode reported : best.get("facts")) {
            StringBuilder blob = new StringBuilder(reported.get("text").asText());
            reported.get("evidence").forEach(e -> blob.append(' ').append(e.get("sentence").asText()));
            if (matches(fact.get("keys"), blob.toString())) {
              Set<String> cited = new HashSet<>();
              reported.get("sources").forEach(s -> cited.add(keyOf.get(s.asText())));
              bestF1 = Math.max(bestF1, AnalyzeRun.f1(cited, AnalyzeRun.strings(fact.get("sources"))));
            }
          }
        }
        if (bestF1 >= 0) {
          hits++;
          f1Sum += bestF1;
        } else {
          missed.add(fact.get("id").asText());
        }
      }
    }
    int reported = 0;
    for (JsonNode story : report.get("stories")) {
      reported += story.get("facts").size();
    }
    return new FactScores(
        total == 0 ? 1 : (double) hits / total, hits == 0 ? 0 : f1Sum / hits, reported, total, missed);
  }

  private static boolean matches(JsonNode keys, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (JsonNode group : keys) {
      boolean any = false;
      for (JsonNode alternative : group) {
        any |= lower.contains(alternative.asText().toLowerCase(Locale.ROOT));
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
