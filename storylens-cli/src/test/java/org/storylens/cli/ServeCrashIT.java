package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code storylens serve} killed with SIGKILL while uploads are in flight, then
 * started again on the same data folder: every upload it acknowledged is there, and every article
 * is in exactly one story.
 */
class ServeCrashIT {

  private static final Path JAR = Path.of(System.getProperty("storylens.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("storylens.samples"));
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path scratch;

  private Service start(Path data) throws Exception {
    PackagedServe serve = PackagedServe.start(JAR, data, scratch.resolve("serve-out.txt"));
    return new Service(serve.process(), serve.port());
  }

  /** A started service and its port. */
  private record Service(Process process, int port) {}

  private static HttpResponse<String> get(Service service, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAcknowledgedUploadSurvivesAKillDuringIngestion() throws Exception {
    Path data = scratch.resolve("data");
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
    }
    Service service = start(data);
    Set<String> acknowledged = java.util.Collections.synchronizedSet(new HashSet<>());
    // uploads go on in the background: each sample under several names is a new article each time
    CompletableFuture<Void> uploads =
        CompletableFuture.runAsync(
            () -> {
              for (int round = 0; round < 20; round++) {
                for (Path sample : samples) {
                  String name = sample.getFileName().toString();
                  String type = name.endsWith(".html") ? "html" : "text";
                  try {
                    HttpResponse<String> response =
                        HTTP.send(
                            HttpRequest.newBuilder(
                                    URI.create(
                                        "http://127.0.0.1:" + service.port() + "/api/articles?type=" + type
                                            + "&source=round" + round + "-" + name))
                                .POST(HttpRequest.BodyPublishers.ofFile(sample))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                      acknowledged.add(new ObjectMapper().readTree(response.body()).get("article").asText());
                    }
                  } catch (Exception killed) {
                    return; // the service is gone
                  }
                }
              }
            });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (acknowledged.size() < 15 && System.nanoTime() < deadline && !uploads.isDone()) {
      Thread.sleep(20);
    }
    service.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
    assertThat(service.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    uploads.get(60, TimeUnit.SECONDS);
    Set<String> acked = new HashSet<>(acknowledged);
    assertThat(acked).hasSizeGreaterThanOrEqualTo(15);

    Service again = start(data);
    try {
      for (String id : acked) {
        assertThat(get(again, "/api/articles/" + id).statusCode()).as(id).isEqualTo(200);
      }
      JsonNode list = new ObjectMapper().readTree(get(again, "/api/stories?size=100").body());
      List<String> members = new ArrayList<>();
      for (JsonNode story : list.get("stories")) {
        JsonNode report =
            new ObjectMapper().readTree(get(again, "/api/stories/" + story.get("id").asText()).body());
        report.get("articles").forEach(a -> members.add(a.get("id").asText()));
      }
      assertThat(list.get("total").asInt()).isLessThanOrEqualTo(100);
      assertThat(members).doesNotHaveDuplicates().containsAll(acked);
    } finally {
      again.process().destroy();
      again.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
