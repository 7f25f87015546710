package org.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.AnalyzedArticle;

/**
 * A labelled clustering benchmark split (ECB+ style JSONL: {@code id}, {@code cluster}, and the
 * article fields): the articles as the project's own JSONL ingest reads them and its analysis
 * stage analyses them, and the gold story of each.
 */
public record LabelledStream(List<AnalyzedArticle> articles, Map<String, String> gold) {

  public LabelledStream {
    articles = List.copyOf(articles);
    gold = Collections.unmodifiableMap(new LinkedHashMap<>(gold));
  }

  /**
   * Reads a split through {@link StoryPipeline#extract}, the path {@code storylens cluster} takes.
   * (Some ECB+ articles, 20 of 197 in dev and 31 of 575 in train, hold their only sentences in
   * {@code title}; the ingest lets the title stand for the text, so every gold id is scored.)
   */
  public static LabelledStream load(Path jsonl) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        JsonNode node = json.readTree(line);
        gold.put(node.get("id").asText(), node.get("cluster").asText());
      }
    }
    return new LabelledStream(articles(jsonl), gold);
  }

  private static List<AnalyzedArticle> articles(Path jsonl) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (Stream<ExtractionOutcome> outcomes =
        pipeline.extract(List.of(jsonl.toString()), InputStream.nullInputStream())) {
      outcomes.forEach(
          outcome -> {
            if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
              throw new IllegalStateException(jsonl + ": an article was skipped: " + outcome);
            }
            articles.add(pipeline.analyze(extracted.article()));
          });
    }
    return articles;
  }

  /**
   * The articles in a seeded random order: {@code Collections.shuffle} with {@code new
   * Random(seed)}, so every seed names one documented order.
   */
  public List<AnalyzedArticle> shuffled(long seed) {
    List<AnalyzedArticle> order = new ArrayList<>(articles);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /** The split folder beside the project: walks up from {@code start} to a {@code shared/benchmarks}. */
  public static Optional<Path> locate(Path start, String benchmark) {
    for (Path at = start.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve("benchmarks").resolve(benchmark);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
