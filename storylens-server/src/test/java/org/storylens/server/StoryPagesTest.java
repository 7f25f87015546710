package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StoryPagesTest {

  /** Texts of every size the pages have: empty, short, longer than a buffer, and incompressible. */
  private static List<String> texts() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      noise.appendCodePoint(0x20 + random.nextInt(0x2FF));
    }
    return List.of(
        "",
        "{\"page\":1}",
        "Quake hits Haldor: “worst in decades” — 126 dead. ".repeat(2_000),
        noise.toString());
  }

  private static String inflate(byte[] gzipped) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void gzipIsReadBackByTheJdksReaderWhateverTheTextAndHoweverOftenTheDeflatersAreReused()
      throws IOException {
    for (int round = 0; round < 3; round++) {
      for (String text : texts()) {
        byte[] gzipped = StoryPages.gzip(text);
        assertThat(inflate(gzipped)).isEqualTo(text);
        assertThat(new String(StoryPages.gunzip(gzipped), StandardCharsets.UTF_8)).isEqualTo(text);
      }
    }
    String repetitive = texts().get(2);
    assertThat(StoryPages.gzip(repetitive).length).isLessThan(repetitive.length() / 20);
  }

  @Test
  void bytesGzippedAtEveryLevelAreReadBackAndTheFastestStillCompressesAListPage() throws IOException {
    for (int round = 0; round < 2; round++) {
      for (String text : texts()) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        for (int level = java.util.zip.Deflater.BEST_SPEED; level <= java.util.zip.Deflater.BEST_COMPRESSION; level += 4) {
          assertThat(inflate(StoryPages.gzip(plain, level))).isEqualTo(text);
        }
        // a deflater used at another level is handed back at the default one
        assertThat(inflate(StoryPages.gzip(text))).isEqualTo(text);
      }
    }
    StringBuilder list = new StringBuilder("{\"page\":1,\"size\":20,\"total\":12763,\"stories\":[");
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 20; i++) {
      list.append(i == 0 ? "" : ",").append("{\"id\":\"").append(Long.toHexString(random.nextLong()))
          .append("\",\"title\":\"Floods close ").append(random.nextInt(500)).append(" roads in the north\",")
          .append("\"articles\":").append(1 + random.nextInt(9)).append(",\"outlets\":2,\"first\":\"2026-12-01\",\"last\":null}");
    }
    byte[] page = list.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    assertThat(StoryPages.gzip(page, java.util.zip.Deflater.BEST_SPEED).length).isLessThan(page.length / 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryPages.gzip(page, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threadsCompressingTogetherEachGetTheirOwnTextBack() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = "page " + i + " " + "story ".repeat(i * 7);
        checks.add(pool.submit(() -> inflate(StoryPages.gzip(text)).equals(text)));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
