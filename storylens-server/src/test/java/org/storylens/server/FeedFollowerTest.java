package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/**
 * A feed on a loopback test server whose items link to the project's sample pages: followed,
 * its pages stored once, robots.txt obeyed, the feed asked for again conditionally, and the feed
 * list kept across a restart. Nothing leaves the machine.
 */
class FeedFollowerTest {

  @TempDir Path data;
  private HttpServer server;
  private final AtomicInteger pageRequests = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();


  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
            + "<item><title>Courier</title><link>/pages/quake-daily-courier.html</link></item>"
            + "<item><title>Meridian</title><link>/pages/quake-meridian.html</link></item>"
            + "<item><title>Hidden</title><link>/private/quake2-northwire.html</link></item>"
            + "</channel></rss>";
    server.createContext("/feed.xml", exchange -> {
      if ("\"f1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      byte[] body = rss.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("ETag", "\"f1\"");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/robots.txt", exchange -> {
      byte[] body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = ServerFixtures.samples().resolve(path.substring(path.lastIndexOf('/') + 1));
      if (!Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      pageRequests.incrementAndGet();
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFollowedFeedsPagesAreStoredOnceAndRobotsTxtIsObeyed() throws Exception {
    String feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    AddressGuard guard = new AddressGuard(false, Set.of("127.0.0.1"));
    Fetcher fetcher = new Fetcher(guard, Duration.ofSeconds(10), 2_000_000);
    try (StoryLibrary library = StoryLibrary.open(data, pipeline);
        FeedFollower follower = new FeedFollower(data, library, fetcher, guard, 10)) {
      assertThatThrownBy(() -> follower.add("http://10.0.0.7/feed.xml"))
          .hasMessageContaining("private");
      assertThatThrownBy(() -> follower.add("file:///etc/passwd")).hasMessageContaining("http");
      follower.add(feedUrl);
      assertThat(follower.poll()).isEqualTo(2); // the /private/ page is disallowed
      assertThat(library.size()).containsExactly(2, 1);
      int pages = pageRequests.get();
      assertThat(follower.poll()).isZero();
      assertThat(notModified.get()).as("asked again with If-None-Match").isEqualTo(1);
      assertThat(pageRequests.get()).as("no page fetched twice").isEqualTo(pages);
    }
    try (StoryLibrary library = StoryLibrary.open(data, pipeline);
        FeedFollower follower = new FeedFollower(data, library, fetcher, guard, 10)) {
      assertThat(follower.feeds()).extracting(FeedFollower.Feed::url).containsExactly(feedUrl);
      assertThat(library.size()).containsExactly(2, 1);
    }
  }

  @Test
  void theFeedsEndpointsAddListAndRemoveAndRefuseInternalAddresses() throws Exception {
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    AddressGuard guard = new AddressGuard(false);
    Fetcher fetcher = new Fetcher(guard, Duration.ofSeconds(10), 2_000_000);
    try (StoryLibrary library = StoryLibrary.open(data, pipeline);
        FeedFollower follower = new FeedFollower(data, library, fetcher, guard, 10);
        ApiServer api =
            ApiServer.start(
                library, Optional.of(follower),
                new ServerConfig(data, "127.0.0.1", 0, 100_000, Optional.empty()))) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + api.port();
      var refused =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(base + "/api/feeds?url=http://169.254.169.254/latest/meta-data/"))
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("local or private address");
      var added =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(base + "/api/feeds?url=http://93.184.216.34/feed.xml"))
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(added.body()).get("id").asText();
      var list =
          http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/feeds")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(list.body()).contains(id).contains("93.184.216.34");
      com.fasterxml.jackson.databind.JsonNode listed =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.body()).get("feeds").get(0);
      assertThat(listed.get("state").asText()).isEqualTo("new");
      assertThat(listed.get("failures").asInt()).isZero();
      assertThat(listed.has("nextAttempt") && listed.has("lastError") && listed.has("lastSuccess")).isTrue();
      var removed =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/feeds/" + id)).DELETE().build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(removed.statusCode()).isEqualTo(204);
      assertThat(follower.feeds()).isEmpty();
    }
  }
}
