package org.storylens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark on disk: {@code ground-truth.json} and {@code
 * html/<id>.html.gz}. Pages are read and un-gzipped into memory before anything is timed, so
 * timings measure parsing and extraction, not the disk.
 */
public record ExtractionPages(List<Page> pages) {

  /** One benchmark page: its id, source address, raw (still encoded) HTML and gold body. */
  public record Page(String id, String url, byte[] html, String goldBody) {}

  public ExtractionPages {
    pages = List.copyOf(pages);
  }

  public static ExtractionPages load(Path directory) {
    try {
      JsonNode truth = new ObjectMapper().readTree(directory.resolve("ground-truth.json").toFile());
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> entry : truth.properties()) {
        sorted.put(entry.getKey(), entry.getValue());
      }
      List<Page> pages = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
        Path file = directory.resolve("html").resolve(entry.getKey() + ".html.gz");
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          html = in.readAllBytes();
        }
        pages.add(
            new Page(
                entry.getKey(),
                entry.getValue().path("url").asText(""),
                html,
                entry.getValue().path("articleBody").asText("")));
      }
      return new ExtractionPages(pages);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark in " + directory, e);
    }
  }

  /**
   * Finds {@code shared/benchmarks/article-extraction} by walking up from {@code start}: the shared
   * folder sits beside the project checkout, and builds run from the project root or from a module
   * directory.
   */
  public static Optional<Path> locate(Path start) {
    for (Path at = start.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve("benchmarks").resolve("article-extraction");
      if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
