package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/**
 * Files dropped into a watched folder become articles once they stop changing; junk, oversized
 * and unsupported files are skipped with a reason and the watcher goes on.
 */
class FolderWatcherTest {

  private static final StoryPipeline PIPELINE =
      StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());

  static final String FERRY =
      "Ferry service between Lindholm and Sarvik suspended after storm damage\n\n"
          + "LINDHOLM, March 9 (Harbour Post) - The ferry service between Lindholm and Sarvik was"
          + " suspended on Sunday after a storm damaged the loading ramp at the Lindholm terminal,"
          + " the operator said, leaving about 2,000 daily passengers without a crossing.\n\n"
          + "Engineers from the port authority inspected the ramp on Sunday afternoon and said"
          + " repairs would take at least four days. The operator said it would run two extra"
          + " buses an hour around the bay while the ramp is closed.\n\n"
          + "The storm brought winds of up to 110 kilometres an hour to the coast overnight,"
          + " uprooting trees and cutting power to 3,400 homes in the Sarvik district.";

  static final String FOLLOW_UP =
      "Lindholm ferry back in service after ramp repairs\n\n"
          + "LINDHOLM, March 14 (Harbour Post) - Ferries between Lindholm and Sarvik sailed again on"
          + " Friday morning, five days after a storm wrecked the loading ramp at the Lindholm terminal."
          + " The harbour authority said a temporary steel ramp would carry cars and lorries until a"
          + " permanent one is built in the summer. Commuters who had driven the long way round the"
          + " fjord said the first crossing was full within minutes. The operator will run two extra"
          + " evening sailings this week to clear a backlog of freight.\n";

  static final String LIBRARY_RSS =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Gazette</title>"
          + "<item><title>Riverside library reopens after two years of repairs</title>"
          + "<link>https://gazette.example/library</link><pubDate>Mon, 10 Mar 2025 09:00:00 GMT</pubDate>"
          + "<description><![CDATA[<p>The Riverside public library reopened on Monday after two years"
          + " of repairs to its flood-damaged basement, the city council said.</p><p>The council spent"
          + " 4.2 million on the work, which added a new reading room and raised the building's"
          + " electrics above the flood line. About 600 visitors came on the first morning.</p>"
          + "<script>alert(1)</script>]]></description></item>"
          + "<item><title>Only a link</title><link>https://gazette.example/link-only</link></item>"
          + "</channel></rss>";

  @TempDir Path data;
  @TempDir Path inbox;

  private Map<String, String> bySource(List<FolderWatcher.Outcome> outcomes) {
    return outcomes.stream()
        .collect(Collectors.toMap(
            o -> o.source().substring(inbox.toString().length() + 1),
            o -> o.article().map(a -> "article").orElse("skipped: " + o.skipped().orElse(""))));
  }

  @Test
  void droppedFilesBecomeArticlesOnceStableAndJunkIsSkippedWithAReason() throws Exception {
    byte[] junk = new byte[4000];
    new Random(7).nextBytes(junk);
    Files.writeString(inbox.resolve("ferry.txt"), FERRY, StandardCharsets.UTF_8);
    Files.copy(ServerFixtures.samples().resolve("quake-meridian.html"), inbox.resolve("meridian.html"));
    Files.writeString(inbox.resolve("gazette.rss"), LIBRARY_RSS, StandardCharsets.UTF_8);
    Files.write(inbox.resolve("noise.txt"), junk);
    Files.writeString(inbox.resolve("empty.md"), "   \n\n  ", StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("broken.xml"), "<rss><channel><item>", StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("huge.txt"), "word ".repeat(60_000), StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("slides.pdf"), "%PDF-1.4", StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("draft.txt.part"), FERRY, StandardCharsets.UTF_8);
    Files.createDirectories(inbox.resolve(".hidden"));
    Files.writeString(inbox.resolve(".hidden/secret.txt"), FERRY, StandardCharsets.UTF_8);
    Path half = inbox.resolve("sub/half.txt");
    Files.createDirectories(half.getParent());
    // another outlet's copy of the ferry story: a copy is an article of its own (the same outlet's
    // text again would be stored once)
    String copy = FERRY.replace("Harbour Post", "Coast Radio");
    String[] halves = {copy.substring(0, copy.indexOf("Engineers")), copy.substring(copy.indexOf("Engineers"))};
    Files.writeString(half, halves[0], StandardCharsets.UTF_8);

    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FolderWatcher watcher =
            new FolderWatcher(List.of(inbox), library, data,
                new FolderWatcher.Settings(Duration.ofSeconds(30), Duration.ofMillis(10), 100_000))) {
      assertThat(watcher.scan()).as("nothing is read on first sight").isEmpty();
      // the writer goes on: the half-written file changes between the scans
      Files.writeString(half, halves[1], StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      Files.setLastModifiedTime(half, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
      Map<String, String> second = bySource(watcher.scan());
      assertThat(second).containsEntry("ferry.txt", "article").containsEntry("meridian.html", "article");
      assertThat(second).containsEntry("gazette.rss#https://gazette.example/library", "article");
      assertThat(second.get("gazette.rss#https://gazette.example/link-only")).contains("no text of its own");
      assertThat(second.get("noise.txt")).startsWith("skipped: ");
      assertThat(second.get("empty.md")).contains("empty");
      assertThat(second.get("broken.xml")).contains("not a feed");
      assertThat(second.get("huge.txt")).contains("over the 100000 byte limit");
      assertThat(second.get("slides.pdf")).contains("not a type");
      assertThat(second).doesNotContainKeys("draft.txt.part", ".hidden/secret.txt", "sub/half.txt");

      List<FolderWatcher.Outcome> third = watcher.scan();
      assertThat(third).extracting(FolderWatcher.Outcome::source).containsExactly(inbox + "/sub/half.txt");
      String halfArticle = third.get(0).article().orElseThrow();
      assertThat(library.article(halfArticle).orElseThrow().text()).contains("uprooting trees");
      assertThat(watcher.scan()).as("unchanged files are not read again").isEmpty();

      var gazette = library.stories(false).stream().filter(s -> s.title().contains("Riverside")).findFirst();
      assertThat(gazette).isPresent();
      assertThat(library.size()[0]).isEqualTo(4);
    }
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FolderWatcher watcher =
            new FolderWatcher(List.of(inbox), library, data,
                new FolderWatcher.Settings(Duration.ofSeconds(30), Duration.ofMillis(10), 100_000))) {
      watcher.scan();
      assertThat(watcher.scan()).as("after a restart, files read before are not read again").isEmpty();
      // a one-word correction by the same outlet is read again but is the same article
      Files.writeString(inbox.resolve("ferry.txt"), FERRY.replace("four days", "five days"), StandardCharsets.UTF_8);
      Files.setLastModifiedTime(inbox.resolve("ferry.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 9000));
      watcher.scan();
      assertThat(bySource(watcher.scan())).containsEntry("ferry.txt", "article");
      assertThat(library.size()[0]).as("a corrected article is stored once").isEqualTo(4);
      // a new text in the same file is a new article
      Files.writeString(inbox.resolve("ferry.txt"), FOLLOW_UP, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(inbox.resolve("ferry.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 19000));
      watcher.scan();
      assertThat(bySource(watcher.scan())).containsEntry("ferry.txt", "article");
      assertThat(library.size()[0]).as("a changed file is a new article").isEqualTo(5);
    }
  }

  @Test
  void theRunningWatcherPicksUpAFileDroppedLater() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FolderWatcher watcher =
            new FolderWatcher(List.of(inbox), library, data,
                new FolderWatcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(200), 100_000))) {
      watcher.start();
      Thread.sleep(300);
      Path tmp = inbox.resolve("ferry.txt.tmp");
      Files.writeString(tmp, FERRY, StandardCharsets.UTF_8);
      Files.move(tmp, inbox.resolve("ferry.txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      long start = System.nanoTime();
      while (library.size()[0] == 0 && System.nanoTime() - start < 15_000_000_000L) {
        Thread.sleep(50);
      }
      assertThat(library.size()[0]).isEqualTo(1);
      assertThat(library.stories(false).get(0).title()).contains("Ferry service");
    }
  }
}
