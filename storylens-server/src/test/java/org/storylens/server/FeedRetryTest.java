package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/**
 * Retries of feeds and pages that fail, on a loopback server that fails a set number of times
 * and then answers. The schedule runs on a clock the test moves, so nothing waits for real.
 */
class FeedRetryTest {

  private static final StoryPipeline PIPELINE =
      StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());

  @TempDir Path data;
  private HttpServer server;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  /** Answers a path gives before it works: each a status, "Retry-After" after a colon. */
  private final Map<String, java.util.Deque<String>> failures = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    java.util.Deque<String> planned = failures.get(path);
    String failure = planned == null ? null : planned.poll();
    if (failure != null) {
      String[] parts = failure.split(":");
      if (parts.length > 1) {
        exchange.getResponseHeaders().add("Retry-After", parts[1]);
      }
      exchange.sendResponseHeaders(Integer.parseInt(parts[0]), -1);
      exchange.close();
      return;
    }
    byte[] body;
    if (path.equals("/robots.txt")) {
      body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
    } else if (path.startsWith("/feed")) {
      if ("\"f1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().add("ETag", "\"f1\"");
      body =
          ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
                  + "<item><title>Courier</title><link>/pages/quake-daily-courier.html</link></item>"
                  + "<item><title>Meridian</title><link>/pages/quake-meridian.html</link></item>"
                  + "<item><title>Gone</title><link>/pages/gone.html</link></item>"
                  + "</channel></rss>")
              .getBytes(StandardCharsets.UTF_8);
    } else {
      Path file = ServerFixtures.samples().resolve(path.substring(path.lastIndexOf('/') + 1));
      if (!Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      body = Files.readAllBytes(file);
    }
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private void fail(String path, String... answers) {
    failures.put(path, new java.util.concurrent.ConcurrentLinkedDeque<>(java.util.List.of(answers)));
  }

  private int requestsOf(String path) {
    return requests.getOrDefault(path, new AtomicInteger()).get();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private FeedFollower follower(StoryLibrary library) throws IOException {
    AddressGuard guard = new AddressGuard(false, Set.of("127.0.0.1"));
    FeedFollower.Settings settings =
        new FeedFollower.Settings(
            Duration.ofMinutes(15), 0, FeedFollower.RetryPolicy.defaults(), clock, 42);
    return new FeedFollower(data, library, new Fetcher(guard, Duration.ofSeconds(10), 2_000_000), guard, settings);
  }

  private static FeedFollower.Status only(FeedFollower follower) {
    assertThat(follower.statuses()).hasSize(1);
    return follower.statuses().get(0);
  }

  @Test
  void aFeedThatFailsIsRetriedWithGrowingWaitsHonouringRetryAfterThenWorks() throws Exception {
    fail("/feed.xml", "503", "429:600", "500");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      follower.add(url("/feed.xml"));
      Instant start = clock.instant();
      assertThat(follower.pollDue()).isZero();
      FeedFollower.Status first = only(follower);
      assertThat(first.state()).isEqualTo("retrying");
      assertThat(first.failures()).isEqualTo(1);
      assertThat(first.lastError()).hasValueSatisfying(e -> assertThat(e).contains("503"));
      assertThat(first.nextAttempt()).isBetween(start.plusSeconds(48), start.plusSeconds(72));

      assertThat(follower.pollDue()).isZero();
      clock.advance(Duration.ofSeconds(30));
      assertThat(follower.pollDue()).isZero();
      assertThat(requestsOf("/feed.xml")).as("not asked again before its time").isEqualTo(1);

      clock.set(first.nextAttempt());
      follower.pollDue(); // 429, Retry-After: 600 (longer than the 2 min backoff)
      FeedFollower.Status second = only(follower);
      assertThat(second.failures()).isEqualTo(2);
      assertThat(second.nextAttempt()).isEqualTo(clock.instant().plusSeconds(600));

      clock.set(second.nextAttempt());
      follower.pollDue(); // 500: the backoff has doubled twice, 4 min ± 20 %
      FeedFollower.Status third = only(follower);
      assertThat(third.failures()).isEqualTo(3);
      assertThat(third.nextAttempt())
          .isBetween(clock.instant().plusSeconds(192), clock.instant().plusSeconds(288));

      clock.set(third.nextAttempt());
      assertThat(follower.pollDue()).isEqualTo(2);
      FeedFollower.Status ok = only(follower);
      assertThat(ok.state()).isEqualTo("ok");
      assertThat(ok.failures()).isZero();
      assertThat(ok.lastError()).isEmpty();
      assertThat(ok.lastSuccess()).contains(clock.instant());
      assertThat(ok.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
      assertThat(requestsOf("/feed.xml")).isEqualTo(4);
      assertThat(library.size()).containsExactly(2, 1);
    }
  }

  @Test
  void theBackoffIsCappedAndJittered() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      for (int failures = 1; failures <= 30; failures++) {
        Duration wait = follower.backoff(failures, Optional.empty());
        double nominal = Math.min(60.0 * Math.pow(2, failures - 1), 3600);
        assertThat((double) wait.toSeconds()).isBetween(nominal * 0.8 - 1, nominal * 1.2);
      }
      assertThat(follower.backoff(1, Optional.of(Duration.ofDays(3))))
          .as("Retry-After honoured only up to its cap")
          .isEqualTo(Duration.ofHours(6));
      assertThat(follower.retryAfter("120")).contains(Duration.ofSeconds(120));
      assertThat(follower.retryAfter("Sun, 01 Mar 2026 10:05:00 GMT")).contains(Duration.ofMinutes(5));
      assertThat(follower.retryAfter("soon")).isEmpty();
    }
  }

  @Test
  void aPermanentFailureIsNotHammeredAndAddingTheFeedAgainResetsIt() throws Exception {
    fail("/feed-gone.xml", "404", "404");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      follower.add(url("/feed-gone.xml"));
      follower.pollDue();
      FeedFollower.Status failing = only(follower);
      assertThat(failing.state()).isEqualTo("failing");
      assertThat(failing.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
      for (int i = 0; i < 20; i++) {
        clock.advance(Duration.ofHours(1));
        follower.pollDue();
      }
      assertThat(requestsOf("/feed-gone.xml")).isEqualTo(1);

      follower.add(url("/feed-gone.xml"));
      assertThat(only(follower).state()).isEqualTo("new");
      follower.pollDue(); // the second planned 404
      follower.pollDue();
      assertThat(requestsOf("/feed-gone.xml")).isEqualTo(2);
    }
  }

  @Test
  void aPageThatFailsTransientlyIsRetriedAtLaterPollsAndAMissingOneIsNotAskedAgain() throws Exception {
    fail("/pages/quake-meridian.html", "503", "502");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      follower.add(url("/feed.xml"));
      assertThat(follower.pollDue()).isEqualTo(1);
      FeedFollower.Status first = only(follower);
      assertThat(first.state()).isEqualTo("ok");
      assertThat(first.pendingPages()).isEqualTo(1);
      assertThat(first.failedPages()).as("the 404 page").isEqualTo(1);

      clock.advance(Duration.ofMinutes(16));
      assertThat(follower.pollDue()).as("feed 304; the page fails again").isZero();
      clock.advance(Duration.ofMinutes(16));
      assertThat(follower.pollDue()).isEqualTo(1);
      FeedFollower.Status done = only(follower);
      assertThat(done.pendingPages()).isZero();
      assertThat(requestsOf("/pages/quake-meridian.html")).isEqualTo(3);
      assertThat(requestsOf("/pages/gone.html")).as("a 404 is not asked again").isEqualTo(1);
      assertThat(library.size()).containsExactly(2, 1);
    }
  }

  @Test
  void aPageIsGivenUpAfterItsAttemptsAndTheStateSurvivesARestart() throws Exception {
    fail("/pages/quake-meridian.html", "500", "500", "500", "500", "500", "500", "500");
    fail("/feed-b.xml", "503");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      follower.add(url("/feed.xml"));
      for (int i = 0; i < 8; i++) {
        follower.pollDue();
        clock.advance(Duration.ofMinutes(16));
      }
      assertThat(requestsOf("/pages/quake-meridian.html"))
          .as("tried " + FeedFollower.RetryPolicy.defaults().pageAttempts() + " times, then given up")
          .isEqualTo(FeedFollower.RetryPolicy.defaults().pageAttempts());
      assertThat(only(follower).failedPages()).isEqualTo(2);
      follower.remove(follower.feeds().get(0).id());
      follower.add(url("/feed-b.xml"));
      follower.pollDue();
    }
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = follower(library)) {
      FeedFollower.Status kept = only(follower);
      assertThat(kept.state()).isEqualTo("retrying");
      assertThat(kept.failures()).isEqualTo(1);
      assertThat(kept.lastError()).hasValueSatisfying(e -> assertThat(e).contains("503"));
      assertThat(kept.nextAttempt()).isAfter(clock.instant());
      follower.pollDue();
      assertThat(requestsOf("/feed-b.xml")).as("a restart does not poll a backing-off feed at once").isEqualTo(1);
    }
  }

  @Test
  void aHostThatHangsDoesNotHoldUpAnotherHostsFeed() throws Exception {
    Hang hang = hang("/slow-feed.xml");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        FeedFollower follower = oneAtATime(library)) {
      follower.add(url("/slow-feed.xml"));
      follower.add("http://localhost:" + server.getAddress().getPort() + "/feed.xml");
      follower.start(15);
      assertThat(hang.asked().await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the slow host was asked").isTrue();
      long started = System.nanoTime();
      while (library.size()[0] < 2 && System.nanoTime() - started < 60_000_000_000L) {
        Thread.sleep(50);
      }
      assertThat(library.size()[0]).as("the other host's pages, stored while the slow host hangs").isEqualTo(2);
      assertThat(hang.release().getCount()).isEqualTo(1);
    } finally {
      hang.release().countDown();
    }
  }

  /**
   * Closing the follower while a poll waits for an article page ends that poll: nothing is
   * written to the data folder afterwards and no page is fetched.
   */
  @Test
  void nothingIsWrittenAfterCloseByAPollItInterrupted() throws Exception {
    Hang hang = hang("/pages/quake-daily-courier.html");
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE)) {
      FeedFollower follower = oneAtATime(library);
      Map<String, java.nio.file.attribute.FileTime> beforeClose;
      try {
        follower.add(url("/feed.xml"));
        follower.start(15);
        assertThat(hang.asked().await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the page was asked").isTrue();
        // the one poll waits for the page, so nothing is being written now
        beforeClose = files(data);
        follower.close();
        hang.release().countDown();
        Thread.sleep(300);
      } finally {
        hang.release().countDown();
        follower.close();
      }
      assertThat(files(data)).as("the folder before close, and 300 ms after").isEqualTo(beforeClose);
      assertThat(library.size()[0]).as("no page fetched after close").isZero();
    }
  }

  /**
   * A follower polling every 15 minutes with the default retries, one fetch at a time, on the
   * real clock, with fetches that wait up to 90 s (longer than any hang a test lets last).
   */
  private FeedFollower oneAtATime(StoryLibrary library) throws IOException {
    AddressGuard guard = new AddressGuard(false, Set.of("127.0.0.1", "localhost"));
    FeedFollower.Settings settings =
        new FeedFollower.Settings(Duration.ofMinutes(15), 0, FeedFollower.RetryPolicy.defaults(), Clock.systemUTC(), 1);
    return new FeedFollower(data, library, new Fetcher(guard, Duration.ofSeconds(90), 2_000_000), guard, settings);
  }

  /** A path that hangs: {@code asked} counts its requests down, {@code release} lets them end. */
  private record Hang(java.util.concurrent.CountDownLatch asked, java.util.concurrent.CountDownLatch release) {}

  /**
   * Makes {@code path} hang: each request counts {@code asked} down and is answered 503 only when
   * {@code release} is counted down (or after a minute).
   */
  private Hang hang(String path) {
    Hang hang = new Hang(new java.util.concurrent.CountDownLatch(1), new java.util.concurrent.CountDownLatch(1));
    server.createContext(path, exchange -> {
      hang.asked().countDown();
      try {
        hang.release().await(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    return hang;
  }

  /** Every file under {@code folder} and when it was last written. */
  private static Map<String, java.nio.file.attribute.FileTime> files(Path folder) throws IOException {
    Map<String, java.nio.file.attribute.FileTime> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), Files.getLastModifiedTime(path));
      }
    }
    return files;
  }

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    private volatile Instant now;

    ManualClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
