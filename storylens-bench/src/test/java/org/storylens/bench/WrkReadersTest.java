package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrk readers against a small local server: what they ask for, and what they count. */
class WrkReadersTest {

  @TempDir Path folder;

  @Test
  void eachKindAsksForItsPathsAndAnswersThatAreNotOkAreErrors() throws Exception {
    Optional<Path> wrk = WrkReaders.find();
    assumeTrue(wrk.isPresent(), "wrk is not installed (scripts/install-bench-tools.sh installs it)");
    Set<String> asked = ConcurrentHashMap.newKeySet();
    Set<String> encodings = ConcurrentHashMap.newKeySet();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().toString();
      asked.add(path.replaceAll("[0-9]+$", "N"));
      encodings.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
      // the HTML page of story "b" is missing: every such answer is an error
      int status = path.equals("/stories/b") ? 404 : 200;
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      Map<ServeLoadBenchmark.Kind, WrkReaders.Row> rows =
          new WrkReaders(wrk.get(), base, folder, List.of("a", "b"), 3).run(10, 1, 42);

      assertThat(rows).containsOnlyKeys(
          ServeLoadBenchmark.Kind.LIST, ServeLoadBenchmark.Kind.STORY_JSON, ServeLoadBenchmark.Kind.STORY_HTML);
      assertThat(rows.values()).allSatisfy(row -> {
        assertThat(row.count()).isPositive();
        assertThat(row.p50()).isPositive().isLessThanOrEqualTo(row.p99());
        assertThat(row.p99()).isLessThanOrEqualTo(row.max());
      });
      assertThat(rows.get(ServeLoadBenchmark.Kind.LIST).errors()).isZero();
      assertThat(rows.get(ServeLoadBenchmark.Kind.STORY_JSON).errors()).isZero();
      // about half of the HTML requests ask for "b"
      WrkReaders.Row html = rows.get(ServeLoadBenchmark.Kind.STORY_HTML);
      assertThat(html.errors()).isBetween(html.count() / 4, html.count() * 3 / 4);
      assertThat(asked).contains(
          "/api/stories?sort=newest&page=N", "/api/stories?sort=coverage&page=N",
          "/api/stories/a", "/api/stories/b", "/stories/a", "/stories/b");
      assertThat(encodings).containsExactly("gzip");
    } finally {
      server.stop(0);
    }
  }
}
