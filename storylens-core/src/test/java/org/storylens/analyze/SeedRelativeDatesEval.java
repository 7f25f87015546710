package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.SharedData;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.TimeExpression;

/**
 * The time tagger against the seed story's gold data ({@code shared/corpus/seed-story/truth.json}):
 * every "relative_dates" entry must resolve to its date given the article's publication date from
 * the truth, and the story's timeline dates must be found in the articles that state them. Article
 * texts are read raw from the {@code .txt} files, so the tagger is judged alone; one check repeats
 * the relative dates on the text stages 1-2 extract, as the pipeline will hand it over.
 */
class SeedRelativeDatesEval {

  private static Path seed;
  private static JsonNode truth;
  private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
  private final NewsTimeExpressionTagger tagger = new NewsTimeExpressionTagger();

  @BeforeAll
  static void findSeed() throws IOException {
    seed = SharedData.seedStory().orElse(null);
    assumeTrue(
        seed != null,
        "shared/corpus/seed-story not found above " + Path.of("").toAbsolutePath()
            + "; the seed relative-dates evaluation needs the shared corpus beside the project");
    truth = new ObjectMapper().readTree(seed.resolve("truth.json").toFile());
  }

  private static LocalDate published(String article) {
    JsonNode entry = truth.get("articles").get(article);
    JsonNode date = entry.hasNonNull("published") ? entry.get("published") : entry.get("published_inferable");
    return LocalDate.parse(date.asText().substring(0, 10));
  }

  private List<TimeExpression> times(String article, String text) {
    return tagger.find(text, splitter.split(text), Optional.of(published(article)));
  }

  private static String text(String article) throws IOException {
    return Files.readString(seed.resolve(article + ".txt"), StandardCharsets.UTF_8);
  }

  @Test
  void everyRelativeDateResolves() throws IOException {
    Map<String, String> raw = new LinkedHashMap<>();
    for (JsonNode story : truth.get("stories")) {
      for (JsonNode entry : story.get("relative_dates")) {
        String article = entry.get("article").asText();
        raw.put(article, text(article));
      }
    }
    assertThat(wrongRelativeDates(raw)).isEmpty();
  }

  @Test
  void everyRelativeDateResolvesInTheExtractedText() {
    Map<String, String> extracted = new LinkedHashMap<>();
    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (Stream<ExtractionOutcome> outcomes =
        pipeline.extract(List.of(seed.toString()), InputStream.nullInputStream())) {
      outcomes
          .filter(ExtractionOutcome.Extracted.class::isInstance)
          .map(o -> ((ExtractionOutcome.Extracted) o).article())
          .forEach(
              a ->
                  extracted.put(
                      Path.of(a.source()).getFileName().toString().replaceFirst("\\.txt$", ""),
                      a.text()));
    }
    assertThat(wrongRelativeDates(extracted)).isEmpty();
  }

  private List<String> wrongRelativeDates(Map<String, String> texts) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (JsonNode story : truth.get("stories")) {
      for (JsonNode entry : story.get("relative_dates")) {
        String article = entry.get("article").asText();
        String expression = entry.get("expression").asText();
        LocalDate expected = LocalDate.parse(entry.get("resolves_to").asText());
        String text = texts.get(article);
        assertThat(text).as("text of %s", article).isNotNull();
        List<TimeExpression> matching =
            times(article, text).stream()
                .filter(t -> t.span().of(text).equalsIgnoreCase(expression))
                .toList();
        checked++;
        if (matching.isEmpty()) {
          wrong.add(article + ": \"" + expression + "\" not tagged");
        }
        for (TimeExpression time : matching) {
          if (!time.start().equals(expected) || !time.end().equals(expected) || !time.relative()) {
            wrong.add(article + ": \"" + expression + "\" → " + time.start() + ".." + time.end());
          }
        }
      }
    }
    assertThat(checked).isPositive();
    return wrong;
  }

  /**
   * Each timeline date, for each article the truth lists as stating it, is covered by some time
   * expression of that article. Not every source writes the date out (one says "a day after they
   * were launched"), so this is a measured share with a floor, not an exact check.
   */
  @Test
  void timelineDatesAreFound() throws IOException {
    int total = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (JsonNode story : truth.get("stories")) {
      for (JsonNode event : story.get("timeline")) {
        String date = event.get("date").asText();
        for (JsonNode source : event.get("sources")) {
          String article = source.asText();
          String text = text(article);
          total++;
          boolean hit =
              times(article, text).stream()
                  .anyMatch(t -> t.iso().equals(date) || t.precision() == TimeExpression.Precision.DAY
                      && t.start().toString().startsWith(date));
          if (hit) {
            found++;
          } else {
            missed.add(article + " " + date);
          }
        }
      }
    }
    double share = found / (double) total;
    assertThat(share)
        .as("timeline dates found: %d of %d (%.2f); missed %s", found, total, share, missed)
        .isGreaterThanOrEqualTo(16 / 18.0);
    assertThat(String.join(" ", missed).toLowerCase(Locale.ROOT)).doesNotContain("2023-09-21");
  }
}
