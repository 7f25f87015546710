package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/**
 * The API end to end on a free loopback port: the project's quake samples uploaded, stories
 * listed, a story and an article read back, bad requests answered with JSON errors, and the
 * library reopened from its folder with every acknowledged article.
 */
class ApiServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static StoryPipeline pipeline;

  @TempDir static Path data;

  @BeforeAll
  static void pipeline() {
    pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
  }


  /** The longest any request of these tests may take: a test fails rather than hangs. */
  private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(60);

  /** A request to {@code path} on the server, timed out after {@link #PATIENCE}. */
  private static HttpRequest.Builder request(ApiServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(PATIENCE);
  }

  private static HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return HTTP.send(request(server, path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(ApiServer server, String path, byte[] body, String token)
      throws Exception {
    HttpRequest.Builder request = request(server, path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  @Test
  void uploadedArticlesFormStoriesThatSurviveARestart() throws Exception {
    Path folder = data.resolve("library");
    String quakeStory;
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline);
        ApiServer server = ApiServer.start(library, new ServerConfig(folder, "127.0.0.1", 0, 2_000_000, Optional.empty()))) {
      String[][] files = {
        {"quake-northwire.txt", "text"}, {"quake-haldor-today.txt", "text"},
        {"quake-daily-courier.html", "html"}, {"bank-northwire.txt", "text"}
      };
      String first = null;
      for (String[] file : files) {
        HttpResponse<String> response =
            post(server, "/api/articles?refresh=wait_for&source=" + file[0] + "&type=" + file[1],
                Files.readAllBytes(ServerFixtures.samples().resolve(file[0])), null);
        assertThat(response.statusCode()).as(file[0] + ": " + response.body()).isEqualTo(201);
        JsonNode ack = json(response);
        if (first == null) {
          first = ack.get("story").asText();
        }
      }
      quakeStory = first;
      // the same document again is stored once
      HttpResponse<String> again =
          post(server, "/api/articles?source=quake-northwire.txt",
              Files.readAllBytes(ServerFixtures.samples().resolve("quake-northwire.txt")), null);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(json(again).get("duplicate").asBoolean()).isTrue();

      JsonNode list = json(get(server, "/api/stories?sort=coverage&size=10"));
      assertThat(list.get("total").asInt()).isEqualTo(2);
      assertThat(list.get("stories").get(0).get("id").asText()).isEqualTo(quakeStory);
      assertThat(list.get("stories").get(0).get("articles").asInt()).isEqualTo(3);

      // filters: by outlet, entity, words and dates; the bank story is the other one
      assertThat(json(get(server, "/api/stories?outlet=haldor%20today")).get("total").asInt()).isEqualTo(1);
      assertThat(json(get(server, "/api/stories?entity=Teodor%20Valk")).get("stories").get(0).get("id").asText())
          .isEqualTo(quakeStory);
      assertThat(json(get(server, "/api/stories?q=deposit%20guarantee")).get("stories").get(0).get("id").asText())
          .isNotEqualTo(quakeStory);
      assertThat(json(get(server, "/api/stories?q=helicopter%20deposit")).get("total").asInt()).isZero();
      assertThat(json(get(server, "/api/stories?from=2025-03-10")).get("total").asInt()).isEqualTo(1);
      assertThat(json(get(server, "/api/stories?to=2025-03-04")).get("total").asInt()).isEqualTo(1);
      assertThat(json(get(server, "/api/stories?from=2026-01-01")).get("total").asInt()).isZero();

      // fresh=true: the report of the story as it is now, not the one the background last computed
      HttpResponse<String> freshAnswer = get(server, "/api/stories/" + quakeStory + "?fresh=true");
      assertThat(freshAnswer.headers().firstValue("X-Report-Version"))
          .isEqualTo(freshAnswer.headers().firstValue("X-Story-Version"));
      assertThat(freshAnswer.headers().firstValueAsLong("Content-Length"))
          .hasValue(freshAnswer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      JsonNode story = json(freshAnswer);
      assertThat(story.get("schemaVersion").asInt()).isEqualTo(1);
      assertThat(story.get("articles")).hasSize(3);
      assertThat(story.get("stories").get(0).get("facts").size()).isGreaterThan(5);
      String articleId = story.get("articles").get(0).get("id").asText();
      assertThat(json(get(server, "/api/articles/" + articleId)).get("id").asText()).isEqualTo(articleId);
    }
    try (StoryLibrary reopened = StoryLibrary.open(folder, pipeline)) {
      assertThat(reopened.size()).containsExactly(4, 2);
      assertThat(reopened.story(quakeStory)).isPresent();
    }
  }

  @Test
  void theKeptListPagesShowEveryAcknowledgedUploadAtOnce() throws Exception {
    Path folder = data.resolve("lists");
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline);
        ApiServer server = ApiServer.start(library, new ServerConfig(folder, "127.0.0.1", 0, 2_000_000, Optional.empty()))) {
      String quake =
          json(post(server, "/api/articles?source=q&type=text",
              Files.readAllBytes(ServerFixtures.samples().resolve("quake-northwire.txt")), null)).get("story").asText();
      HttpResponse<String> first = get(server, "/api/stories");
      assertThat(json(first).get("total").asInt()).isEqualTo(1);
      assertThat(get(server, "/api/stories").body()).isEqualTo(first.body());

      // no refresh=wait_for: the unfiltered list shows an upload as soon as it is acknowledged
      String bank =
          json(post(server, "/api/articles?source=b&type=text",
              Files.readAllBytes(ServerFixtures.samples().resolve("bank-northwire.txt")), null)).get("story").asText();
      JsonNode newest = json(get(server, "/api/stories"));
      assertThat(newest.get("total").asInt()).isEqualTo(2);
      assertThat(newest.get("stories").findValuesAsText("id")).containsExactly(bank, quake);

      // a page of a few stories is sent as rendered even when asked for again: it reaches the
      // client in one round trip anyway
      HttpRequest acceptingGzip =
          request(server, "/api/stories").header("Accept-Encoding", "gzip").build();
      for (int i = 0; i < 2; i++) {
        HttpResponse<byte[]> small = HTTP.send(acceptingGzip, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(small.body()).get("total").asInt()).isEqualTo(2);
      }

      // a page over one round trip's worth: asked for again at the same change, it is sent
      // gzipped to a client that accepts it, and the same page as rendered to one that does not
      java.util.SplittableRandom random = new java.util.SplittableRandom(5);
      for (int i = 0; i < 60; i++) {
        // words of their own, so that every article is a story of its own
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 40; w++) {
          for (int c = 0; c < 7; c++) {
            words.append((char) ('a' + random.nextInt(26)));
          }
          words.append(' ');
        }
        String title = words.toString().strip();
        String article =
            JSON.createObjectNode().put("title", title).put("text", (title + ". ").repeat(3))
                .put("url", "https://example.org/long/" + i).toString();
        assertThat(post(server, "/api/articles?source=long" + i + "&type=json",
            article.getBytes(java.nio.charset.StandardCharsets.UTF_8), null).statusCode()).isEqualTo(201);
      }
      HttpRequest bigPage =
          request(server, "/api/stories?size=100").header("Accept-Encoding", "gzip").build();
      HttpResponse<byte[]> firstBig = HTTP.send(bigPage, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(firstBig.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(firstBig.body().length).isGreaterThanOrEqualTo(ApiServer.COMPRESSED_FROM_BYTES);
      HttpResponse<byte[]> gzipped = HTTP.send(bigPage, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(gzipped.body().length).isLessThan(firstBig.body().length);
      assertThat(StoryPages.gunzip(gzipped.body())).isEqualTo(firstBig.body());
      // each sent whole with its length declared, not in chunks
      for (HttpResponse<byte[]> sent : java.util.List.of(firstBig, gzipped)) {
        assertThat(sent.headers().firstValueAsLong("Content-Length")).hasValue(sent.body().length);
        assertThat(sent.headers().firstValue("Transfer-Encoding")).isEmpty();
      }
      assertThat(get(server, "/api/stories?size=100").body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(firstBig.body());
      // the first request after a change gets the page as rendered, not compressed
      post(server, "/api/articles?source=c&type=text",
          Files.readAllBytes(ServerFixtures.samples().resolve("bank-riverton-radio.txt")), null);
      HttpResponse<byte[]> afterChange = HTTP.send(bigPage, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(afterChange.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(afterChange.body()).isNotEqualTo(firstBig.body());
      HttpResponse<byte[]> second = HTTP.send(bigPage, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(StoryPages.gunzip(second.body())).isEqualTo(afterChange.body());
      // a page past the kept ones is rendered as before
      JsonNode far = json(get(server, "/api/stories?page=" + (ApiServer.CACHED_PAGES + 1)));
      assertThat(far.get("total").asInt()).isGreaterThan(2);
      assertThat(far.get("stories")).isEmpty();
    }
  }

  @Test
  void theBusiestReadsAnswerInFrontOfJavalinExactlyAsItsRoutesWould() throws Exception {
    Path folder = data.resolve("hot");
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline);
        ApiServer server = ApiServer.start(library, new ServerConfig(folder, "127.0.0.1", 0, 2_000_000, Optional.empty()))) {
      for (String file : new String[] {"quake-northwire.txt", "quake-haldor-today.txt", "bank-northwire.txt"}) {
        post(server, "/api/articles?source=" + file + "&type=text",
            Files.readAllBytes(ServerFixtures.samples().resolve(file)), null);
      }
      String story = json(get(server, "/api/stories")).get("stories").get(0).get("id").asText();
      // each pair: a read answered in front, and the same read made unusual by a parameter that
      // changes nothing, so that Javalin's route answers it
      String[][] pairs = {
        {"/api/stories", "/api/stories?q="},
        {"/api/stories?sort=coverage&page=1&size=2", "/api/stories?sort=coverage&page=1&size=2&q="},
        {"/api/stories?page=2&size=1", "/api/stories?size=1&page=2&entity="},
        {"/api/stories/" + story, "/api/stories/" + story + "?fresh=false"},
        {"/stories/" + story, "/stories/" + story + "?fresh=false"},
      };
      for (String[] pair : pairs) {
        long before = server.hotReads();
        HttpResponse<byte[]> hot = getGzip(server, pair[0]);
        assertThat(hot.statusCode()).as(pair[0] + new String(hot.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(200);
        assertThat(server.hotReads()).as(pair[0] + " answered in front").isEqualTo(before + 1);
        HttpResponse<byte[]> routed = getGzip(server, pair[1]);
        assertThat(server.hotReads()).as(pair[1] + " left to Javalin").isEqualTo(before + 1);
        assertThat(hot.statusCode()).as(pair[0]).isEqualTo(200);
        assertThat(hot.body()).as(pair[0]).isEqualTo(routed.body());
        for (String header : new String[] {"Content-Type", "Content-Encoding", "Content-Length", "Vary",
            "X-Report-Version", "X-Story-Version", "Content-Security-Policy", "X-Content-Type-Options"}) {
          assertThat(hot.headers().firstValue(header)).as(pair[0] + " " + header).isEqualTo(routed.headers().firstValue(header));
        }
      }
      assertThat(StoryPages.gunzip(getGzip(server, "/stories/" + story).body()))
          .asString(java.nio.charset.StandardCharsets.UTF_8).contains("<html");

      // what is not plain goes on to Javalin: an unknown story, a client without gzip, an odd id
      long before = server.hotReads();
      HttpResponse<byte[]> unknown = getGzip(server, "/api/stories/0123456789abcdef");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(unknown.body()).get("code").asInt()).isEqualTo(404);
      HttpResponse<String> plain = get(server, "/api/stories/" + story);
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(json(plain).get("stories").get(0).get("id").asText()).isEqualTo(story);
      assertThat(get(server, "/api/stories/%2e%2e").statusCode()).isEqualTo(404);
      assertThat(get(server, "/api/stories?page=0").statusCode()).isEqualTo(400);
      assertThat(server.hotReads()).isEqualTo(before);
    }
  }

  @Test
  void onlyPlainListQueriesWithinTheKeptPagesAreAnsweredInFront() {
    HotReads.ListQuery none = HotReads.ListQuery.parse(null);
    assertThat(none.byCoverage).isFalse();
    assertThat(none.page).isEqualTo(1);
    assertThat(none.size).isEqualTo(ApiServer.DEFAULT_PAGE_SIZE);
    HotReads.ListQuery all = HotReads.ListQuery.parse("size=100&sort=coverage&page=" + ApiServer.CACHED_PAGES);
    assertThat(all.byCoverage).isTrue();
    assertThat(all.page).isEqualTo(ApiServer.CACHED_PAGES);
    assertThat(all.size).isEqualTo(100);
    for (String query : new String[] {
        "page=" + (ApiServer.CACHED_PAGES + 1), "page=0", "size=101", "size=0", "page=1&page=2",
        "sort=newest&sort=newest", "sort=oldest", "page=+1", "page= 1", "page=1&", "page", "q=flood",
        "page=99999999999", "entity=x&page=1", "sort=Newest"}) {
      assertThat(HotReads.ListQuery.parse(query)).as(query).isNull();
    }
    assertThat(HotReads.plainId("9ebbd5b53c539cff")).isTrue();
    for (String id : new String[] {"", "a/b", "%2e", "a b", "x".repeat(65), "é"}) {
      assertThat(HotReads.plainId(id)).as(id).isFalse();
    }
  }

  private static HttpResponse<byte[]> getGzip(ApiServer server, String path) throws Exception {
    return HTTP.send(request(server, path).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void badRequestsGetJsonErrorsNeverAServerError() throws Exception {
    Path folder = data.resolve("errors");
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline);
        ApiServer server = ApiServer.start(library, new ServerConfig(folder, "127.0.0.1", 0, 1000, Optional.of("s3cret")))) {
      for (String path :
          new String[] {
            "/api/stories?page=0", "/api/stories?size=1000", "/api/stories?page=x",
            "/api/stories?sort=oldest", "/api/stories?from=yesterday", "/api/stories?to=2025-13-40",
            "/api/stories?q=" + "x".repeat(300), "/api/stories/any?fresh=maybe"
          }) {
        HttpResponse<String> response = get(server, path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(json(response).get("code").asInt()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).isNotBlank();
      }
      assertThat(get(server, "/api/stories/nope").statusCode()).isEqualTo(404);
      assertThat(json(get(server, "/api/articles/nope")).get("code").asInt()).isEqualTo(404);
      assertThat(get(server, "/api/nothing-here").statusCode()).isEqualTo(404);
      byte[] text = "A short article about nothing at all, written for a test of the service.".getBytes();
      assertThat(post(server, "/api/articles", text, null).statusCode()).isEqualTo(401);
      assertThat(post(server, "/api/articles", text, "wrong").statusCode()).isEqualTo(401);
      assertThat(post(server, "/api/articles?type=pdf", text, "s3cret").statusCode()).isEqualTo(400);
      HttpResponse<String> large = post(server, "/api/articles", new byte[5000], "s3cret");
      assertThat(large.statusCode()).isEqualTo(413);
      HttpResponse<String> binary = post(server, "/api/articles", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0}, "s3cret");
      assertThat(binary.statusCode()).isEqualTo(422);
      assertThat(json(binary).get("message").asText()).startsWith("no article");
      JsonNode openApi = json(get(server, "/api/openapi.json"));
      assertThat(openApi.get("openapi").asText()).startsWith("3.");
      assertThat(openApi.get("paths").has("/api/stories")).isTrue();
    }
  }

  @Test
  void uploadsBeyondTheWaitingOnesAreRefusedWithRetryAfterWhileReadersAreServed() throws Exception {
    Path folder = data.resolve("busy");
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline);
        UploadWorkers workers = new UploadWorkers(1, 1);
        ApiServer server = ApiServer.start(library, Optional.empty(),
            new ServerConfig(folder, "127.0.0.1", 0, 2_000_000, Optional.empty()), workers)) {
      // the one worker is busy (once it has started: a worker first lowers its priority) and one
      // upload already waits for it
      java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
      workers.submit(() -> {
        busy.countDown();
        release.await();
        return java.util.concurrent.CompletableFuture.completedFuture(null);
      }).orElseThrow();
      assertThat(busy.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the worker took the first task").isTrue();
      java.util.concurrent.CompletableFuture<HttpResponse<String>> waiting =
          HTTP.sendAsync(
              request(server, "/api/articles?source=q&type=text")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(ServerFixtures.samples().resolve("quake-northwire.txt"))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (workers.waiting() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(workers.waiting()).as("the first upload waits for the worker").isEqualTo(1);
      HttpResponse<String> refused =
          post(server, "/api/articles?source=b&type=text", Files.readAllBytes(ServerFixtures.samples().resolve("bank-northwire.txt")), null);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(json(refused).get("code").asInt()).isEqualTo(503);
      // readers do not wait for uploads
      assertThat(json(get(server, "/api/stories")).get("total").asInt()).isZero();

      release.countDown();
      HttpResponse<String> stored = waiting.get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
      assertThat(json(get(server, "/api/stories")).get("total").asInt()).isEqualTo(1);
    }
  }

  @Test
  void aServiceThatCannotListenLeavesNoUploadWorkersBehind() throws Exception {
    Path folder = data.resolve("taken");
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        StoryLibrary library = StoryLibrary.open(folder, pipeline)) {
      UploadWorkers workers = new UploadWorkers(1, 1);
      ServerConfig config = new ServerConfig(folder, "127.0.0.1", taken.getLocalPort(), 1000, Optional.empty());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiServer.start(library, Optional.empty(), config, workers))
          .isInstanceOf(RuntimeException.class);
      assertThat(workers.submit(() -> java.util.concurrent.CompletableFuture.completedFuture(null))).isEmpty();
    }
  }
}
