package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionPagesTest {

  @Test
  void findsTheSharedBenchmarkFromAModuleDirectoryBelowIt(@TempDir Path root) throws IOException {
    Path benchmark = writeBenchmark(root.resolve("shared/benchmarks/article-extraction"));
    Path module = Files.createDirectories(root.resolve("project/storylens-bench"));

    assertThat(ExtractionPages.locate(module)).contains(benchmark.toAbsolutePath().normalize());
  }

  @Test
  void findsNothingWhereThereIsNoSharedFolder(@TempDir Path root) throws IOException {
    Path module = Files.createDirectories(root.resolve("project/storylens-bench"));

    assertThat(ExtractionPages.locate(module)).isEmpty();
  }

  @Test
  void loadsGoldAndUnzipsPages(@TempDir Path root) throws IOException {
    ExtractionPages pages = ExtractionPages.load(writeBenchmark(root.resolve("bench")));

    assertThat(pages.pages()).hasSize(1);
    ExtractionPages.Page page = pages.pages().get(0);
    assertThat(page.id()).isEqualTo("p1");
    assertThat(page.url()).isEqualTo("https://example.org/a");
    assertThat(page.goldBody()).isEqualTo("Body text.");
    assertThat(new String(page.html(), StandardCharsets.UTF_8)).contains("<p>Body text.</p>");
  }

  private static Path writeBenchmark(Path directory) throws IOException {
    Files.createDirectories(directory.resolve("html"));
    Files.writeString(
        directory.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"Body text.\", \"url\": \"https://example.org/a\"}}");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(directory.resolve("html/p1.html.gz")))) {
      out.write("<html><body><p>Body text.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    return directory;
  }
}
