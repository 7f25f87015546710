package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.SharedData;
import org.storylens.StoryPipeline;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * Extraction of the bundled samples against their gold file, {@code samples/truth.json}: the noise
 * written into the page-text samples is gone, the HTML samples' bodies start and end where the
 * article does, and the metadata is as the pages state it. The samples were written for StoryLens;
 * the extraction was not tuned to them, so these are floors, not exact answers.
 */
class SamplesEval {

  private static Path samples;
  private static JsonNode truth;
  private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

  @BeforeAll
  static void extractTheSamples() throws IOException {
    samples = SharedData.samples().orElse(null);
    assumeTrue(samples != null, "samples/truth.json not found above " + Path.of("").toAbsolutePath());
    truth = new ObjectMapper().readTree(samples.resolve("truth.json").toFile());
    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (Stream<ExtractionOutcome> outcomes =
        pipeline.extract(List.of(samples.toString()), InputStream.nullInputStream())) {
      outcomes.forEach(
          o -> {
            assertThat(o).isInstanceOf(ExtractionOutcome.Extracted.class);
            Article a = ((ExtractionOutcome.Extracted) o).article();
            String name = Path.of(a.source()).getFileName().toString();
            ARTICLES.put(name.substring(0, name.lastIndexOf('.')), a);
          });
    }
  }

  @Test
  void everySampleIsAnArticle() {
    List<String> keys = new ArrayList<>();
    truth.get("articles").fieldNames().forEachRemaining(keys::add);
    assertThat(ARTICLES.keySet()).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void theNoiseInPageTextIsGone() {
    int total = 0;
    List<String> leaked = new ArrayList<>();
    for (var entry : iterable(truth.get("noise").fields())) {
      String text = normalise(ARTICLES.get(entry.getKey()).text());
      for (JsonNode span : entry.getValue()) {
        total++;
        if (text.contains(normalise(span.asText()))) {
          leaked.add(entry.getKey() + ": " + span.asText());
        }
      }
    }
    assertThat(total).isGreaterThan(30);
    assertThat(1.0 - (double) leaked.size() / total).as("noise removed; leaked %s", leaked).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void htmlBodiesStartAndEndWhereTheArticleDoes() {
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (var entry : iterable(truth.get("articles").fields())) {
      JsonNode gold = entry.getValue();
      if (!gold.has("body_starts")) {
        continue;
      }
      total++;
      Article article = ARTICLES.get(entry.getKey());
      List<String> paragraphs = article.paragraphs();
      // The headline leads the text; the gold body starts after it.
      String body =
          article.title().equals(Optional.of(paragraphs.get(0)))
              ? String.join("\n\n", paragraphs.subList(1, paragraphs.size()))
              : article.text();
      String text = words(body);
      if (!text.startsWith(words(gold.get("body_starts").asText()))
          || !text.endsWith(words(gold.get("body_ends").asText()))) {
        wrong.add(entry.getKey());
      }
    }
    assertThat(total).isGreaterThanOrEqualTo(6);
    assertThat(wrong).as("bodies cut wrongly").hasSizeLessThanOrEqualTo(total / 6);
  }

  @Test
  void metadataIsAsThePagesStateIt() {
    Map<String, Integer> correct = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (var entry : iterable(truth.get("articles").fields())) {
      n++;
      JsonNode gold = entry.getValue();
      Article a = ARTICLES.get(entry.getKey());
      score(correct, misses, entry.getKey(), "title", gold, "headline", a.title());
      score(correct, misses, entry.getKey(), "outlet", gold, "outlet", a.outlet());
      score(correct, misses, entry.getKey(), "byline", gold, "byline", a.byline());
      score(correct, misses, entry.getKey(), "published", gold, "published", a.published().map(Published::iso));
      score(correct, misses, entry.getKey(), "basedOn", gold, "based_on", a.basedOn());
    }
    int fields = correct.values().stream().mapToInt(Integer::intValue).sum();
    assertThat((double) fields / (5.0 * n)).as("metadata fields right; misses %s", misses).isGreaterThanOrEqualTo(0.85);
    assertThat(correct.get("published")).as("published dates; misses %s", misses).isGreaterThanOrEqualTo(n - 1);
  }

  private static void score(
      Map<String, Integer> correct,
      List<String> misses,
      String key,
      String field,
      JsonNode gold,
      String goldField,
      Optional<String> got) {
    Function<String, String> norm = s -> s.strip().toLowerCase(Locale.ROOT);
    Optional<String> want =
        Optional.ofNullable(gold.get(goldField)).filter(JsonNode::isTextual).map(JsonNode::asText);
    boolean ok =
        want.isEmpty()
            ? got.isEmpty()
            : got.map(norm).equals(want.map(norm))
                || (field.equals("published") && got.map(g -> g.startsWith(want.get())).orElse(false));
    correct.merge(field, ok ? 1 : 0, Integer::sum);
    if (!ok) {
      misses.add(key + "." + field + "=" + got.orElse("null") + " (want " + want.orElse("null") + ")");
    }
  }

  private static String normalise(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Words only: where a body starts and ends does not hang on a closing quote mark. */
  private static String words(String s) {
    return normalise(s.replaceAll("[^\\p{L}\\p{N}]+", " "));
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }

}
