package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.model.MediaType;

class ArticleLogTest {

  @TempDir Path folder;

  private static List<ArticleLog.Entry> replay(Path folder) throws Exception {
    List<ArticleLog.Entry> entries = new ArrayList<>();
    ArticleLog.replay(folder, entries::add);
    return entries;
  }

  @Test
  void everyDocumentComesBackByteForByteInOrder() throws Exception {
    byte[] binary = {0, (byte) 0xff, '\n', '"', '\\', 10, 13};
    try (ArticleLog log = ArticleLog.open(folder)) {
      log.awaitDurable(log.append(ArticleLog.line(new ArticleLog.Entry("a1", "https://x.example/1", MediaType.HTML, "<p>Ünïcode “quotes”</p>".getBytes(StandardCharsets.UTF_8)))));
      log.awaitDurable(log.append(ArticleLog.line(new ArticleLog.Entry("a2", "upload", MediaType.TEXT, binary))));
    }
    List<ArticleLog.Entry> entries = replay(folder);
    assertThat(entries).extracting(ArticleLog.Entry::id).containsExactly("a1", "a2");
    assertThat(new String(entries.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("<p>Ünïcode “quotes”</p>");
    assertThat(entries.get(1).content()).containsExactly(binary);
    assertThat(entries.get(1).type()).isEqualTo(MediaType.TEXT);
  }

  @Test
  void aLineACrashCutShortAndJunkLinesAreSkippedAndTheLogGoesOn() throws Exception {
    try (ArticleLog log = ArticleLog.open(folder)) {
      log.awaitDurable(log.append(ArticleLog.line(new ArticleLog.Entry("a1", "s", MediaType.TEXT, "one".getBytes(StandardCharsets.UTF_8)))));
    }
    Files.writeString(folder.resolve(ArticleLog.FILE), "{\"id\":\"torn\",\"source\":\"s\",\"mediaType\":\"TE", StandardOpenOption.APPEND);
    try (ArticleLog log = ArticleLog.open(folder)) {
      // the torn line is ended on opening, so the next one is whole
      log.awaitDurable(log.append(ArticleLog.line(new ArticleLog.Entry("a2", "s", MediaType.TEXT, "two".getBytes(StandardCharsets.UTF_8)))));
    }
    Files.writeString(folder.resolve(ArticleLog.FILE),
        "not json\n{\"id\":\"bad\",\"mediaType\":\"PDF\",\"content\":\"AA==\"}\n{\"id\":\"nobytes\",\"content\":\"%%%\"}\n",
        StandardOpenOption.APPEND);
    assertThat(replay(folder)).extracting(ArticleLog.Entry::id).containsExactly("a1", "a2");
  }

  @Test
  void anOlderLogNamingRawFilesIsRead() throws Exception {
    Files.createDirectories(folder.resolve("raw"));
    Files.writeString(folder.resolve("raw/old1"), "old text", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(ArticleLog.FILE),
        "{\"id\":\"old1\",\"source\":\"f.txt\",\"mediaType\":\"TEXT\"}\n"
            + "{\"id\":\"missing\",\"source\":\"g.txt\",\"mediaType\":\"TEXT\"}\n"
            + "{\"id\":\"../articles.log\",\"source\":\"h.txt\",\"mediaType\":\"TEXT\"}\n",
        StandardCharsets.UTF_8);
    List<ArticleLog.Entry> entries = replay(folder);
    assertThat(entries).extracting(ArticleLog.Entry::id).containsExactly("old1");
    assertThat(new String(entries.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("old text");
  }

  @Test
  void manyWritersTogetherLoseNothing() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (ArticleLog log = ArticleLog.open(folder)) {
      Object order = new Object();
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        int writer = w;
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 50; i++) {
            long mark;
            synchronized (order) {
              mark = log.append(ArticleLog.line(new ArticleLog.Entry(writer + "-" + i, "s", MediaType.TEXT, ("text " + i).getBytes(StandardCharsets.UTF_8))));
            }
            log.awaitDurable(mark);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(replay(folder)).hasSize(400).extracting(ArticleLog.Entry::id).doesNotHaveDuplicates();
  }
}
