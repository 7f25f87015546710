package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code storylens analyze samples} against the samples' gold file, {@code samples/truth.json}:
 * the stories are the gold stories, no more and no fewer articles in each, and the gold
 * derivations are among the links. Articles are matched by file name, as {@code story_score.py}
 * matches them; nothing here names an article id.
 */
class AnalyzeSamplesEval {

  private static Path samples;
  private static JsonNode truth;
  private static JsonNode report;
  private static final Map<String, String> KEY_OF_ID = new HashMap<>();
  private static final Map<String, String> STORY_OF_KEY = new HashMap<>();

  @BeforeAll
  static void analyzeTheSamples() throws IOException {
    Path truthFile = AnalyzeRun.find("samples/truth.json");
    assumeTrue(truthFile != null, "samples/truth.json not found above " + Path.of("").toAbsolutePath());
    samples = truthFile.getParent();
    truth = new ObjectMapper().readTree(truthFile.toFile());
    report = AnalyzeRun.report(samples.toString());
    for (JsonNode article : report.get("articles")) {
      String name = Path.of(article.get("source").asText()).getFileName().toString();
      KEY_OF_ID.put(article.get("id").asText(), name.substring(0, name.indexOf('.')));
    }
    for (JsonNode story : report.get("stories")) {
      for (JsonNode id : story.get("articles")) {
        STORY_OF_KEY.put(KEY_OF_ID.get(id.asText()), story.get("id").asText());
      }
    }
  }

  @Test
  void everySampleIsInExactlyOneStory() {
    assertThat(STORY_OF_KEY.keySet()).containsExactlyInAnyOrderElementsOf(keys(truth.get("articles")));
  }

  @Test
  void eachGoldStoryIsOneReportedStoryWithNothingElseInIt() {
    for (JsonNode gold : truth.get("stories")) {
      String name = gold.get("id").asText();
      Set<String> members = values(gold.get("articles"));
      Set<String> reported = new LinkedHashSet<>();
      for (String key : members) {
        reported.add(STORY_OF_KEY.get(key));
      }
      assertThat(reported).as("gold story %s is split over reported stories", name).hasSize(1);
      String story = reported.iterator().next();
      Set<String> together = new LinkedHashSet<>();
      STORY_OF_KEY.forEach((key, s) -> {
        if (s.equals(story)) {
          together.add(key);
        }
      });
      assertThat(together).as("the reported story of gold story %s", name).isEqualTo(members);
    }
  }

  @Test
  void articlesInNoGoldStoryStandAlone() {
    for (JsonNode distractor : truth.get("distractors")) {
      String key = distractor.asText();
      long company =
          STORY_OF_KEY.values().stream().filter(s -> s.equals(STORY_OF_KEY.get(key))).count();
      assertThat(company).as("distractor %s shares its story", key).isEqualTo(1);
    }
  }

  @Test
  void theGoldDerivationsAreReported() {
    for (JsonNode gold : truth.get("stories")) {
      for (JsonNode derivation : gold.get("derivations")) {
        String from = derivation.get("from").asText();
        String to = derivation.get("to").asText();
        boolean found = false;
        for (JsonNode story : report.get("stories")) {
          for (JsonNode link : story.get("derivations")) {
            found |= from.equals(KEY_OF_ID.get(link.get("from").asText()))
                && to.equals(KEY_OF_ID.get(link.get("to").asText()));
          }
        }
        assertThat(found).as("derivation %s -> %s in gold story %s", from, to, gold.get("id").asText())
            .isTrue();
      }
    }
  }

  @Test
  void storiesComeBiggestFirstAndCarryEntitiesAndATimeline() {
    JsonNode stories = report.get("stories");
    assertThat(stories.size()).isEqualTo(truth.get("stories").size() + truth.get("distractors").size());
    for (int i = 1; i < stories.size(); i++) {
      assertThat(stories.get(i).get("articles").size())
          .isLessThanOrEqualTo(stories.get(i - 1).get("articles").size());
    }
    JsonNode biggest = stories.get(0);
    assertThat(biggest.get("entities").size()).isPositive();
    assertThat(biggest.get("timeline").size()).isPositive();
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

}
