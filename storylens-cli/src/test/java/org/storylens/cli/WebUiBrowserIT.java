package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI end to end in a real browser: the packaged {@code storylens serve} follows a feed
 * served by this test on loopback (its items link to the sample pages), and Playwright drives
 * Debian's Chromium through the story list, a story, an article and an outlet ({@code
 * e2e/ui.mjs}), failing on any console error (a Content-Security-Policy violation is one) or
 * request that leaves the service; screenshots are kept in {@code target/e2e}. While the
 * earthquake story is open, the script uploads {@link #LIVE_ARTICLE} (another outlet's report
 * crediting Meridian) through the API and waits for the open page to show it without a reload;
 * then it checks the story's derivation graph draws the credit and visits the new outlet's page
 * with its distinctive terms. Skipped, with the reason, without Node, the e2e packages
 * ({@code scripts/install-browser.sh} installs both) or Chromium.
 */
class WebUiBrowserIT {

  private static final Path JAR = Path.of(System.getProperty("storylens.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("storylens.samples"));
  private static final Path PROJECT = SAMPLES.getParent();

  /** An article for the earthquake story, written for this test; it credits Meridian's report. */
  private static final String LIVE_ARTICLE =
      """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8">
      <meta property="og:site_name" content="Valley Post">
      <meta property="article:published_time" content="2025-03-04T21:30:00Z">
      <title>Marvesta earthquake: rescuers dig through the night in Haldor villages</title></head>
      <body><article>
      <h1>Marvesta earthquake: rescuers dig through the night in Haldor villages</h1>
      <p>Rescuers in Marvesta's Haldor province kept digging through the night for survivors of
      Tuesday's earthquake, which killed at least 126 people and injured more than 500, officials
      said.</p>
      <p>The magnitude 7.0 quake struck at 03:42 local time near the mountain village of Jalkor,
      where few houses are still standing. Landslides blocked the only road into the upper Seva
      valley until the afternoon.</p>
      <p>Emergency Situations Minister Teodor Valk said every available helicopter had been sent to
      Haldor and warned that the number of dead was expected to rise.</p>
      <p>In the provincial capital Orvek, thousands of people prepared to spend a cold night in the
      football stadium, which has been turned into a shelter.</p>
      <p>Based on reporting by Meridian World Service.</p>
      </article></body></html>
      """;

  @TempDir Path scratch;

  @Test
  void aFollowedFeedsStoriesCanBeBrowsedInChromium() throws Exception {
    Path script = PROJECT.resolve("e2e/ui.mjs");
    assumeTrue(Files.isRegularFile(Path.of("/usr/bin/chromium")), "no /usr/bin/chromium: run scripts/install-browser.sh");
    assumeTrue(Files.isDirectory(PROJECT.resolve("e2e/node_modules/playwright-core")),
        "no e2e/node_modules/playwright-core: run scripts/install-browser.sh");
    assumeTrue(new ProcessBuilder("node", "--version").start().waitFor() == 0, "no node");

    HttpServer feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>");
    for (String page : new String[] {"quake-daily-courier.html", "quake-meridian.html", "bank-daily-courier.html", "bank-ledger.html"}) {
      rss.append("<item><title>").append(page).append("</title><link>/pages/").append(page).append("</link></item>");
    }
    rss.append("</channel></rss>");
    feeds.createContext("/feed.xml", exchange -> {
      byte[] body = rss.toString().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    feeds.createContext("/pages/", exchange -> {
      String name = Path.of(exchange.getRequestURI().getPath()).getFileName().toString();
      Path file = SAMPLES.resolve(name);
      if (!Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    feeds.start();
    PackagedServe serve =
        PackagedServe.start(JAR, scratch.resolve("data"), scratch.resolve("serve-out.txt"), "--allow-host", "127.0.0.1");
    Process process = serve.process();
    try {
      String base = serve.base();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> added =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/feeds?url=http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml"))
                  .POST(HttpRequest.BodyPublishers.noBody()).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      // every item of the feed in and every report computed, not only both stories begun: the
      // browser counts on the story it opens showing all its articles and growing only by the one
      // it uploads itself (a reader is served a story's last report while the next is computed)
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      int total = 0;
      int articles = 0;
      while (System.nanoTime() < deadline) {
        JsonNode status = new ObjectMapper().readTree(
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(), HttpResponse.BodyHandlers.ofString()).body());
        total = status.get("stories").asInt();
        articles = status.get("articles").asInt();
        if (articles >= 4 && status.get("reportBacklog").asInt() == 0) {
          break;
        }
        Thread.sleep(500);
      }
      assertThat(articles).as("the feed's four articles").isEqualTo(4);
      assertThat(total).as("the feed's two stories").isEqualTo(2);
      Path shots = PROJECT.resolve("storylens-cli/target/e2e");
      Files.createDirectories(shots);
      Path article = Files.writeString(scratch.resolve("valley-post.html"), LIVE_ARTICLE);
      Process browser =
          new ProcessBuilder("node", script.toString(), base, shots.toString(), article.toString())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("e2e.txt").toFile())
              .start();
      assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("the browser run finished").isTrue();
      assertThat(browser.exitValue()).as(Files.readString(scratch.resolve("e2e.txt"))).isZero();
      assertThat(shots.resolve("3-article.png")).isNotEmptyFile();
      assertThat(shots.resolve("2-story-live.png")).isNotEmptyFile();
      assertThat(shots.resolve("2-graph.png")).isNotEmptyFile();
      assertThat(shots.resolve("5-outlet-terms.png")).isNotEmptyFile();
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      feeds.stop(0);
    }
  }
}
