package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.storylens.model.StoryReport;

class StoryReportsTest {

  /** Stories whose "report" is their version; computing one can be held up by a latch. */
  private static final class Stories {
    final Map<String, Long> versions = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();
    final java.util.Queue<String> order = new java.util.concurrent.ConcurrentLinkedQueue<>();
    volatile CountDownLatch gate = new CountDownLatch(0);

    Optional<StoryReports.Computed> compute(String story) {
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Long version = versions.get(story);
      if (version == null) {
        return Optional.empty();
      }
      computed.computeIfAbsent(story, s -> new AtomicInteger()).incrementAndGet();
      order.add(story + "@" + version);
      StoryReport report =
          new StoryReport(story, "v" + version, List.of(), List.of(), List.of(), List.of(), List.of(),
              List.of(), List.of(), List.of(), List.of(), List.of());
      return Optional.of(
          new StoryReports.Computed(story, version, StoryPages.render(version, List.of(), report)));
    }

    int times(String story) {
      return computed.getOrDefault(story, new AtomicInteger()).get();
    }
  }

  private static void eventually(Runnable check) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.sleep(10);
      }
    }
  }

  @Test
  void aReaderGetsTheLastReportAtOnceWhileANewerOneIsComputed() throws Exception {
    Stories stories = new Stories();
    try (StoryReports reports = new StoryReports(stories::compute, 1.0)) {
      stories.versions.put("s", 1L);
      assertThat(reports.get("s", 1, 0)).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(1));

      stories.gate = new CountDownLatch(1); // the recomputation cannot finish yet
      stories.versions.put("s", 2L);
      reports.changed("s");
      long before = System.nanoTime();
      assertThat(reports.get("s", 2, 0)).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(1));
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
      stories.gate.countDown();
      eventually(() -> assertThat(reports.get("s", 2, 0).orElseThrow().version()).isEqualTo(2));
      assertThat(reports.backlog()).isZero();
    }
  }

  @Test
  void aStoryWithNoReportOrAReaderWhoInsistsGetsItComputedNow() {
    Stories stories = new Stories();
    try (StoryReports reports = new StoryReports(stories::compute, 1.0)) {
      stories.versions.put("s", 3L);
      assertThat(reports.get("s", 3, 0).orElseThrow().version()).isEqualTo(3);
      stories.versions.put("s", 4L);
      assertThat(reports.get("s", 4, 4).orElseThrow().version()).isEqualTo(4);
      assertThat(reports.get("gone", 1, 0)).isEmpty();
    }
  }

  @Test
  void storiesReadersAskForGoFirst() throws Exception {
    Stories stories = new Stories();
    try (StoryReports reports = new StoryReports(stories::compute, 1.0)) {
      for (int i = 0; i < 50; i++) {
        stories.versions.put("s" + i, 1L);
        reports.get("s" + i, 1, 0);
      }
      stories.gate = new CountDownLatch(1);
      for (int i = 0; i < 50; i++) {
        stories.versions.put("s" + i, 2L);
        reports.changed("s" + i);
      }
      reports.get("s49", 2, 0); // a reader looks at the last one marked
      stories.gate.countDown();
      eventually(() -> assertThat(reports.get("s49", 2, 0).orElseThrow().version()).isEqualTo(2));
      // s49 is the first or second story recomputed (s0 may have been under way already)
      List<String> recomputed = stories.order.stream().filter(o -> o.endsWith("@2")).toList();
      assertThat(recomputed.indexOf("s49@2")).isBetween(0, 1);
      eventually(() -> assertThat(reports.backlog()).isZero());
      assertThat(stories.times("s0")).isEqualTo(2);
    }
  }

  @Test
  void storiesNobodyAskedForAreAllComputedWhileTheWorkerRestsBetweenThem() throws Exception {
    Stories stories = new Stories();
    try (StoryReports reports = new StoryReports(stories::compute, 0.5)) {
      for (int i = 0; i < 200; i++) {
        stories.versions.put("s" + i, 1L);
        reports.changed("s" + i);
      }
      eventually(() -> assertThat(reports.backlog()).isZero());
      for (int i = 0; i < 200; i++) {
        assertThat(stories.times("s" + i)).isEqualTo(1);
      }
    }
  }
}
