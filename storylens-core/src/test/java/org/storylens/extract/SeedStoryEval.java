package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.SharedData;
import org.storylens.StoryPipeline;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;
import org.storylens.model.Published;
import org.storylens.report.ArticleJsonWriter;

/**
 * Stages 1-2 as {@code storylens extract} runs them, against the seed story's gold data ({@code
 * shared/corpus/seed-story/truth.json}), measured exactly as {@code shared/tools/story_score.py}
 * measures them: noise removed, content kept, no repeated sentence, no entity remnant, dates,
 * outlet, byline and "based on". Also writes {@code target/seed-story-report.json}, a schema-1
 * report of the articles (no stories) that the Python scorer can read.
 */
class SeedStoryEval {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"\u201d])\\s+");
  private static final Pattern REPEAT_SPLIT = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern REMNANT =
      Pattern.compile("(?<!&)(?:quot|nbsp|#39|#8217|rsquo|lsquo|ldquo|rdquo|mdash|ndash);");
  private static final Pattern AMP_REMNANT =
      Pattern.compile("(?<![&\\w])amp;", Pattern.UNICODE_CHARACTER_CLASS);

  private static Path seed;
  private static JsonNode truth;
  private static final Map<String, Result> results = new LinkedHashMap<>();

  record Result(String raw, Article article) {
    String text() {
      return article.text();
    }
  }

  @BeforeAll
  static void run() throws IOException {
    seed = SharedData.seedStory().orElse(null);
    assumeTrue(
        seed != null,
        "shared/corpus/seed-story not found above " + Path.of("").toAbsolutePath()
            + "; the seed-story evaluation needs the shared corpus checked out beside the project");
    truth = new ObjectMapper().readTree(seed.resolve("truth.json").toFile());
    // The whole of stages 1-2, as `storylens extract` runs it.
    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (Stream<ExtractionOutcome> outcomes =
        pipeline.extract(List.of(seed.toString()), InputStream.nullInputStream())) {
      for (ExtractionOutcome outcome : (Iterable<ExtractionOutcome>) outcomes::iterator) {
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
        Article article = ((ExtractionOutcome.Extracted) outcome).article();
        Path file = Path.of(article.source());
        String key = file.getFileName().toString().replaceFirst("\\.txt$", "");
        results.put(key, new Result(Files.readString(file, StandardCharsets.UTF_8), article));
      }
    }
    writeReport();
  }

  @Test
  void everyArticleOfTheTruthIsThere() {
    assertThat(results.keySet()).containsAll(fields(truth.get("articles")).stream().map(Map.Entry::getKey).toList());
  }

  @Test
  void allNoiseIsRemoved() {
    List<String> leaked = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, JsonNode> entry : fields(truth.get("noise"))) {
      String text = norm(results.get(entry.getKey()).text());
      for (JsonNode span : entry.getValue()) {
        total++;
        if (text.contains(norm(span.asText()))) {
          leaked.add(entry.getKey() + ": " + span.asText());
        }
      }
    }
    double noiseRemoved = (total - leaked.size()) / (double) total;
    assertThat(leaked).as("noise_removed = %.2f", noiseRemoved).isEmpty();
  }

  @Test
  void contentIsKept() {
    int kept = 0;
    int total = 0;
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, Result> entry : results.entrySet()) {
      List<String> spans = new ArrayList<>();
      JsonNode noise = truth.get("noise").get(entry.getKey());
      if (noise != null) {
        noise.forEach(n -> spans.add(norm(n.asText())));
      }
      String text = NON_WORD.matcher(norm(entry.getValue().text())).replaceAll(" ");
      for (String rawLine : entry.getValue().raw().split("\\R")) {
        String line = norm(rawLine);
        if (line.length() < 40 || spans.contains(line)) {
          continue;
        }
        for (String span : spans) {
          line = line.replace(span, " ");
        }
        for (String sentence : SENTENCE_END.split(line)) {
          sentence = sentence.strip();
          if (sentence.length() < 40) {
            continue;
          }
          total++;
          List<String> words = new ArrayList<>();
          Matcher w = WORD.matcher(sentence);
          while (w.find()) {
            words.add(w.group());
          }
          String probe = String.join(" ", words.subList(Math.min(2, words.size()), Math.min(8, words.size())));
          if (!probe.isEmpty() && text.contains(NON_WORD.matcher(probe).replaceAll(" "))) {
            kept++;
          } else {
            lost.add(entry.getKey() + ": " + sentence);
          }
        }
      }
    }
    double contentKept = kept / (double) total;
    assertThat(contentKept).as("content_kept; lost: %s", lost).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void noSentenceIsRepeatedAndNoEntityRemains() {
    int repeated = 0;
    int remnants = 0;
    for (Result result : results.values()) {
      List<String> sentences =
          Stream.of(REPEAT_SPLIT.split(result.text())).map(String::strip).filter(s -> s.length() > 60).toList();
      repeated += sentences.size() - new HashSet<>(sentences).size();
      remnants += count(REMNANT, result.text()) + count(AMP_REMNANT, result.text());
    }
    assertThat(repeated).as("repeated_sentences").isZero();
    assertThat(remnants).as("entity_remnants").isZero();
  }

  @Test
  void publicationDatesAreRight() {
    for (Map.Entry<String, JsonNode> entry : fields(truth.get("articles"))) {
      JsonNode gold = entry.getValue();
      String want = text(gold, "published").or(() -> text(gold, "published_inferable")).orElse(null);
      if (want == null) {
        continue;
      }
      Optional<Published> got = results.get(entry.getKey()).article().published();
      assertThat(got.map(Published::iso).map(s -> s.substring(0, 10)))
          .as("published date of %s", entry.getKey())
          .contains(want.substring(0, 10));
      text(gold, "updated")
          .ifPresent(
              updated ->
                  assertThat(results.get(entry.getKey()).article().updated().map(Published::iso))
                      .as("updated of %s", entry.getKey())
                      .contains(updated));
      if (want.length() > 10) {
        assertThat(got.map(Published::iso)).as("published time of %s", entry.getKey()).contains(want);
      }
    }
  }

  @Test
  void outletBylineAndBasedOnAreRight() {
    for (Map.Entry<String, JsonNode> entry : fields(truth.get("articles"))) {
      JsonNode gold = entry.getValue();
      Article m = results.get(entry.getKey()).article();
      assertThat(m.outlet()).as("outlet of %s", entry.getKey()).isEqualTo(text(gold, "outlet"));
      assertThat(m.byline()).as("byline of %s", entry.getKey()).isEqualTo(text(gold, "byline"));
      assertThat(m.basedOn()).as("basedOn of %s", entry.getKey()).isEqualTo(text(gold, "based_on"));
    }
  }

  @Test
  void titleIsTheHeadline() {
    for (Map.Entry<String, Result> entry : results.entrySet()) {
      String headline =
          entry.getValue().raw().lines().map(String::strip).filter(l -> !l.isEmpty()).skip(isNavigation(entry) ? 1 : 0)
              .findFirst()
              .orElseThrow();
      assertThat(entry.getValue().article().title()).as("title of %s", entry.getKey()).contains(headline);
    }
  }

  /** A page whose first line is gold noise (navigation) has its headline on the next line. */
  private static boolean isNavigation(Map.Entry<String, Result> entry) {
    JsonNode noise = truth.get("noise").get(entry.getKey());
    String first = entry.getValue().raw().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (noise == null) {
      return false;
    }
    for (JsonNode span : noise) {
      if (span.asText().equals(first)) {
        return true;
      }
    }
    return false;
  }

  /** A schema-1 report of the articles (no stories yet) that story_score.py can read. */
  private static void writeReport() throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return;
    }
    try (JsonGenerator json =
        new JsonFactory()
            .createGenerator(target.resolve("seed-story-report.json").toFile(), JsonEncoding.UTF8)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeArrayFieldStart("articles");
      for (Result result : results.values()) {
        ArticleJsonWriter.writeArticle(json, result.article());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("skipped");
      json.writeEndArray();
      json.writeArrayFieldStart("stories");
      json.writeEndArray();
      json.writeEndObject();
    }
  }


  private static String norm(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return new ArrayList<>(node.properties());
  }
}
