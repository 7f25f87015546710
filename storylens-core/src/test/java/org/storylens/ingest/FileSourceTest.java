package org.storylens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.model.MediaType;

class FileSourceTest {

  @TempDir Path dir;

  private final FileSource source = new FileSource(IngestConfig.defaults());

  private List<SourceItem> read(String... inputs) {
    try (Stream<SourceItem> items = source.read(List.of(inputs))) {
      return items.toList();
    }
  }

  private static List<String> sources(List<SourceItem> items) {
    return items.stream().map(SourceItem::source).toList();
  }

  @Test
  void walksFoldersRecursivelyInNameOrderAndPassesOverOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b/inner/z.htm"), "<p>z</p>");
    Files.writeString(dir.resolve("b/y.txt"), "y");
    Files.writeString(dir.resolve("a/x.html"), "<p>x</p>");
    Files.writeString(dir.resolve("a/notes.md"), "not an input");
    Files.writeString(dir.resolve(".hidden/secret.txt"), "hidden");
    Files.writeString(dir.resolve("c.txt"), "c");

    String root = dir.toString();
    assertThat(sources(read(root)))
        .containsExactly(root + "/a/x.html", root + "/b/inner/z.htm", root + "/b/y.txt", root + "/c.txt");
    assertThat(read(root))
        .allMatch(i -> i instanceof SourceItem.Document)
        .extracting(i -> ((SourceItem.Document) i).document().mediaType())
        .containsExactly(MediaType.HTML, MediaType.HTML, MediaType.TEXT, MediaType.TEXT);
  }

  @Test
  void keepsTheSourceAsTheUserWroteIt() throws IOException {
    Files.writeString(dir.resolve("one.txt"), "one");
    String given = dir + "/./one.txt";
    assertThat(sources(read(given))).containsExactly(given);
  }

  @Test
  void skipsMissingAndUnsupportedInputsWithReasonsAndGoesOn() throws IOException {
    Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("ok.txt"), "fine");
    List<SourceItem> items =
        read(dir + "/missing.txt", dir + "/report.pdf", dir + "/ok.txt");
    assertThat(items).hasSize(3);
    assertThat(((SourceItem.Skip) items.get(0)).skipped().reason()).isEqualTo("no such file or folder");
    assertThat(((SourceItem.Skip) items.get(1)).skipped().reason()).contains("unsupported file type");
    assertThat(items.get(2)).isInstanceOf(SourceItem.Document.class);
  }

  @Test
  void refusesA100MegabyteFileWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.html");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024); // sparse: costs no disk and no time
    }
    Files.writeString(dir.resolve("small.txt"), "small");
    List<SourceItem> items = read(dir.toString());
    assertThat(items).hasSize(2);
    SourceItem.Skip skip = (SourceItem.Skip) items.get(0);
    assertThat(skip.skipped().reason()).contains("100.0 MB").contains("16.0 MB limit");
    assertThat(items.get(1)).isInstanceOf(SourceItem.Document.class);
  }

  @Test
  void readsJsonlLineByLineSkippingBlankAndOversizedLines() throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    String big = "{\"text\":\"" + "x".repeat(300) + "\"}";
    Files.writeString(jsonl, "{\"title\":\"a\"}\n\n   \n" + big + "\n{\"title\":\"c\"}");
    FileSource small = new FileSource(new IngestConfig(1024, 128));
    List<SourceItem> items;
    try (Stream<SourceItem> stream = small.read(List.of(jsonl.toString()))) {
      items = stream.toList();
    }
    assertThat(sources(items)).containsExactly(jsonl + ":1", jsonl + ":4", jsonl + ":5");
    assertThat(items.get(0)).isInstanceOf(SourceItem.Document.class);
    assertThat(((SourceItem.Skip) items.get(1)).skipped().reason()).contains("line limit");
    SourceItem.Document last = (SourceItem.Document) items.get(2);
    assertThat(new String(last.document().content().toArray(), StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"c\"}");
  }

  @Test
  void readsGzippedPagesAndStopsAGzipBombAtTheLimit() throws IOException {
    Path page = dir.resolve("page.html.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(page))) {
      out.write("<p>compressed page</p>".getBytes(StandardCharsets.UTF_8));
    }
    Path bomb = dir.resolve("bomb.txt.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        out.write(zeros); // 20 MB of zeros in a file of a few KB
      }
    }
    List<SourceItem> items = read(dir.toString());
    assertThat(sources(items)).containsExactly(dir + "/bomb.txt.gz", dir + "/page.html.gz");
    assertThat(((SourceItem.Skip) items.get(0)).skipped().reason())
        .startsWith("decompresses to more than the 16.0 MB limit");
    SourceItem.Document doc = (SourceItem.Document) items.get(1);
    assertThat(doc.document().mediaType()).isEqualTo(MediaType.HTML);
    assertThat(new String(doc.document().content().toArray(), StandardCharsets.UTF_8))
        .isEqualTo("<p>compressed page</p>");
  }

  @Test
  void tellsWhatStandardInputHolds() {
    assertThat(typeOfStdin("  <!doctype html><p>hi</p>")).isEqualTo(MediaType.HTML);
    assertThat(typeOfStdin("Headline\n\nText of the article.")).isEqualTo(MediaType.TEXT);
    assertThat(typeOfStdin("{\"title\":\"a\"}\n{\"title\":\"b\"}")).isEqualTo(MediaType.ARTICLE_JSON);
    try (Stream<SourceItem> items =
        source.readStandardInput(
            new ByteArrayInputStream("{\"a\":1}\n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8)))) {
      assertThat(sources(items.toList())).containsExactly("-:1", "-:2");
    }
  }

  @Test
  void refusesOversizedStandardInput() {
    FileSource small = new FileSource(new IngestConfig(10, 10));
    try (Stream<SourceItem> items =
        small.readStandardInput(new ByteArrayInputStream(new byte[100]))) {
      SourceItem.Skip skip = (SourceItem.Skip) items.toList().get(0);
      assertThat(skip.skipped().reason()).contains("over the 10 bytes limit");
    }
  }

  private MediaType typeOfStdin(String content) {
    try (Stream<SourceItem> items =
        source.readStandardInput(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
      return ((SourceItem.Document) items.toList().get(0)).document().mediaType();
    }
  }
}
