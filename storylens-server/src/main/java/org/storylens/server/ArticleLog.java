package org.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.storylens.model.MediaType;

/**
 * The library's one durable record: an append-only log of every accepted document, one JSON line
 * each ({@code id}, {@code source}, {@code mediaType} and the bytes as {@code content} in
 * base64), in the order the documents were clustered.
 *
 * <p>Appends are ordered by the caller; making them durable is not. {@link #awaitDurable} forces
 * the file once for every append made before it started (group commit), so uploads arriving
 * together share one {@code fsync} instead of queueing for one each, and an upload is
 * acknowledged only once its line is on the disk. A line a crash cut short has no newline and
 * does not parse; it was never acknowledged and replay skips it.
 *
 * <p>Logs written before the bytes moved into the log name a file {@code raw/ID} instead of
 * carrying {@code content}; replay reads those too.
 */
final class ArticleLog implements AutoCloseable {

  /** One logged document. */
  record Entry(String id, String source, MediaType type, byte[] content) {
    Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(content, "content");
    }
  }

  static final String FILE = "articles.log";

  private static final ObjectMapper JSON = new ObjectMapper();

    // a stream, not a FileChannel: an interrupted writer (a feed worker stopped at shutdown) must
  // not close the log for every other writer, as an interruptible channel would
  private final java.io.FileOutputStream out;
  private final Object forcing = new Object();
  private volatile long appended;
  private long durable;

  private ArticleLog(java.io.FileOutputStream out, long size) {
    this.out = out;
    this.appended = size;
    this.durable = size;
  }

  /** Opens the log in {@code folder} for appending, creating it when absent. */
  static ArticleLog open(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    boolean torn = false;
    if (Files.exists(file) && Files.size(file) > 0) {
      try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer last = ByteBuffer.allocate(1);
        read.read(last, read.size() - 1);
        torn = last.get(0) != '\n';
      }
    }
    java.io.FileOutputStream out = new java.io.FileOutputStream(file.toFile(), true);
    try {
      if (torn) {
        // a line a crash cut short is ended, so the next line starts on a line of its own
        out.write('\n');
        out.getFD().sync();
      }
      return new ArticleLog(out, Files.size(file));
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Appends a document's line; returns the mark {@link #awaitDurable} needs. Callers order their
   * appends (the library appends under its lock).
   */
  long append(byte[] bytes) throws IOException {
    out.write(bytes);
    appended += bytes.length;
    return appended;
  }

  /** An entry as the line {@link #append} writes: one JSON object and a line feed. */
  static byte[] line(Entry entry) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", entry.id()).put("source", entry.source()).put("mediaType", entry.type().name());
    line.put("content", Base64.getEncoder().encodeToString(entry.content()));
    return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Returns once every line appended up to {@code mark} is on the disk. */
  void awaitDurable(long mark) throws IOException {
    synchronized (forcing) {
      if (durable >= mark) {
        return; // another upload's force covered this one
      }
      long covered = appended; // every append finished before this read is in the sync below
      out.getFD().sync();
      durable = covered;
    }
  }

  /**
   * Reads every whole, readable line of the log in {@code folder}, in order, streaming; lines cut
   * short by a crash and lines whose document is missing are skipped.
   */
  static void replay(Path folder, Consumer<Entry> each) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        entry(folder, line).ifPresent(each);
      }
    }
  }

  private static Optional<Entry> entry(Path folder, String line) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException cutShort) {
      return Optional.empty(); // a line a crash cut short was never acknowledged
    }
    if (node == null || !node.hasNonNull("id")) {
      return Optional.empty();
    }
    String id = node.get("id").asText();
    MediaType type;
    try {
      type = MediaType.valueOf(node.path("mediaType").asText("TEXT"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    byte[] content;
    if (node.hasNonNull("content")) {
      try {
        content = Base64.getDecoder().decode(node.get("content").asText());
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    } else {
      Path raw = folder.resolve("raw").resolve(id);
      if (id.contains("/") || id.contains("\\") || id.startsWith(".") || !Files.isRegularFile(raw)) {
        return Optional.empty(); // its bytes never reached the disk: it was never acknowledged
      }
      content = Files.readAllBytes(raw);
    }
    return Optional.of(new Entry(id, node.path("source").asText(), type, content));
  }

  @Override
  public void close() throws IOException {
    synchronized (forcing) {
      if (out.getFD().valid()) {
        out.getFD().sync();
      }
      out.close();
    }
  }
}
