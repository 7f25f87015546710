package org.storylens.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import org.storylens.model.Article;
import org.storylens.model.Report;
import org.storylens.model.StoryReport;
import org.storylens.report.HtmlReportWriter;
import org.storylens.report.ReportJsonWriter;

/**
 * A story's two pages, rendered once when its report is computed and kept gzip-compressed (a
 * tenth of their size, so every story's pages can stay in memory): the report as JSON (schema 1:
 * its articles and its story) and the UI's HTML page. A client that accepts gzip is sent the
 * bytes as kept; any other gets them inflated.
 */
final class StoryPages {

  private final byte[] json;
  private final byte[] html;

  private StoryPages(byte[] json, byte[] html) {
    this.json = Objects.requireNonNull(json, "json");
    this.html = Objects.requireNonNull(html, "html");
  }

  /** Renders both pages of a story's report, computed at the story's change {@code version}. */
  static StoryPages render(long version, List<Article> articles, StoryReport story) {
    Report report = new Report(articles, List.of(), List.of(story));
    // the JSON is written straight into its compression: a big story's is megabytes, never held whole
    byte[] json = gzip(out -> ReportJsonWriter.write(report, out));
    String html = UiPages.story(HtmlReportWriter.render(report), story.id(), articles, version);
    return new StoryPages(json, gzip(html));
  }

  /** The JSON report, gzip-compressed. */
  byte[] jsonGzip() {
    return json;
  }

  /** The HTML page, gzip-compressed. */
  byte[] htmlGzip() {
    return html;
  }

  /** How many bytes the two pages take. */
  long weight() {
    return (long) json.length + html.length;
  }

  /**
   * Deflaters kept between pages: making one costs more than compressing a list page with it.
   * At most about {@value #KEPT_DEFLATERS} wait here; more at once are made and ended. The queue
   * takes no lock: the low-priority report worker compresses too, and a lock it held when
   * preempted would keep the readers waiting ({@link StoryReports}).
   */
  private static final int KEPT_DEFLATERS = 8;

  private static final java.util.Queue<Deflater> DEFLATERS = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private static final java.util.concurrent.atomic.AtomicInteger KEPT = new java.util.concurrent.atomic.AtomicInteger();

  /** The gzip header as {@code GZIPOutputStream} writes it: deflate, no name, no time. */
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

  /** The text in UTF-8, gzip-compressed (RFC 1952). */
  static byte[] gzip(String text) {
    return gzip(out -> out.write(text));
  }

  /** What writes text to a writer. */
  @FunctionalInterface
  interface Text {
    void writeTo(Writer out) throws IOException;
  }

  /** What {@code text} writes, in UTF-8, gzip-compressed (RFC 1952) with a kept deflater. */
  static byte[] gzip(Text text) {
    Deflater deflater = borrowDeflater();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      out.writeBytes(GZIP_HEADER);
      CRC32 crc = new CRC32();
      // closing finishes the deflater without ending it (it is not the stream's own)
      try (Writer writer = new BufferedWriter(new OutputStreamWriter(
          new CheckedOutputStream(new DeflaterOutputStream(out, deflater, 8192), crc), StandardCharsets.UTF_8))) {
        text.writeTo(writer);
      }
      writeIntLittleEndian(out, (int) crc.getValue());
      writeIntLittleEndian(out, (int) deflater.getBytesRead());
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    } finally {
      giveBack(deflater);
    }
  }

  /**
   * {@code bytes} gzip-compressed (RFC 1952) at deflate level {@code level} ({@link
   * Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION}) with a kept deflater. For a page
   * that is sent a few times and then replaced, the fastest level keeps most of the saving at a
   * fraction of the cost (docs/benchmarks.md); a story's pages, kept for minutes, use the default.
   */
  static byte[] gzip(byte[] bytes, int level) {
    if (level < Deflater.BEST_SPEED || level > Deflater.BEST_COMPRESSION) {
      throw new IllegalArgumentException("level must be from 1 to 9: " + level);
    }
    Deflater deflater = borrowDeflater();
    try {
      deflater.setLevel(level);
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
      out.writeBytes(GZIP_HEADER);
      byte[] buffer = new byte[Math.min(8192, bytes.length + 64)];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      CRC32 crc = new CRC32();
      crc.update(bytes);
      writeIntLittleEndian(out, (int) crc.getValue());
      writeIntLittleEndian(out, bytes.length);
      return out.toByteArray();
    } finally {
      giveBack(deflater);
    }
  }

  /** A kept raw deflater at the default level, or a new one when none is kept. */
  private static Deflater borrowDeflater() {
    Deflater deflater = DEFLATERS.poll();
    if (deflater == null) {
      return new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    }
    KEPT.decrementAndGet();
    return deflater;
  }

  /**
   * Resets a borrowed deflater to the default level, as every borrower expects it, and keeps it,
   * or ends it when enough are kept.
   */
  private static void giveBack(Deflater deflater) {
    deflater.reset();
    deflater.setLevel(Deflater.DEFAULT_COMPRESSION);
    if (KEPT.incrementAndGet() <= KEPT_DEFLATERS) {
      DEFLATERS.add(deflater);
    } else {
      KEPT.decrementAndGet();
      deflater.end();
    }
  }

  private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
    for (int shift = 0; shift < 32; shift += 8) {
      out.write(value >>> shift);
    }
  }

  static byte[] gunzip(byte[] compressed) {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
