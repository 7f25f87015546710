package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code storylens serve --watch DIR}: a page dropped into the folder becomes an
 * article, the paste form adds another from the service's own origin, and a folder that does not
 * exist is refused at start.
 */
class ServeIngestIT {

  private static final Path JAR = Path.of(System.getProperty("storylens.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("storylens.samples"));
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path scratch;

  private static int articles(PackagedServe serve) throws Exception {
    String body =
        HTTP.send(HttpRequest.newBuilder(URI.create(serve.base() + "/api/stories?size=100")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
    int count = 0;
    for (var story : new ObjectMapper().readTree(body).get("stories")) {
      count += story.get("articles").asInt();
    }
    return count;
  }

  @Test
  void aDroppedFileAndAPastedTextBecomeArticles() throws Exception {
    Path inbox = Files.createDirectories(scratch.resolve("inbox"));
    PackagedServe serve =
        PackagedServe.start(JAR, scratch.resolve("data"), scratch.resolve("out.txt"), "--watch", inbox.toString());
    try {
      Path partial = inbox.resolve("quake-northwire.txt.part");
      Files.copy(SAMPLES.resolve("quake-northwire.txt"), partial);
      Files.move(partial, inbox.resolve("quake-northwire.txt"), StandardCopyOption.ATOMIC_MOVE);
      long start = System.nanoTime();
      while (articles(serve) < 1 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
        Thread.sleep(100);
      }
      assertThat(articles(serve)).isEqualTo(1);

      String form =
          "title=" + URLEncoder.encode("Aftershocks shake Haldor as rescuers search villages", StandardCharsets.UTF_8)
              + "&outlet=Valley+Gazette&date=2025-03-05&text="
              + URLEncoder.encode(
                  "Strong aftershocks shook Marvesta's Haldor province on Wednesday as rescuers searched"
                      + " remote villages for survivors of Tuesday's earthquake, officials said.\n\n"
                      + "The quake killed at least 41 people and flattened houses across the mountains,"
                      + " and several roads into the province remained cut by landslides.",
                  StandardCharsets.UTF_8);
      HttpResponse<String> pasted =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(serve.base() + "/paste"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", serve.base())
                  .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(pasted.statusCode()).as(pasted.body()).isEqualTo(303);
      assertThat(articles(serve)).isEqualTo(2);
      HttpResponse<String> feeds =
          HTTP.send(HttpRequest.newBuilder(URI.create(serve.base() + "/api/feeds")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(feeds.statusCode()).isEqualTo(200);
    } finally {
      serve.process().destroy();
      serve.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void anArticleCanBePastedInChromium() throws Exception {
    Path project = SAMPLES.getParent();
    Path script = project.resolve("e2e/paste.mjs");
    assumeTrue(Files.isRegularFile(Path.of("/usr/bin/chromium")), "no /usr/bin/chromium: run scripts/install-browser.sh");
    assumeTrue(Files.isDirectory(project.resolve("e2e/node_modules/playwright-core")),
        "no e2e/node_modules/playwright-core: run scripts/install-browser.sh");
    assumeTrue(new ProcessBuilder("node", "--version").start().waitFor() == 0, "no node");
    PackagedServe serve = PackagedServe.start(JAR, scratch.resolve("data"), scratch.resolve("out.txt"));
    try {
      Path shots = Files.createDirectories(project.resolve("storylens-cli/target/e2e"));
      Process browser =
          new ProcessBuilder("node", script.toString(), serve.base(), shots.toString())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("e2e.txt").toFile())
              .start();
      assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("the browser run finished").isTrue();
      assertThat(browser.exitValue()).as(Files.readString(scratch.resolve("e2e.txt"))).isZero();
      assertThat(articles(serve)).isEqualTo(1);
    } finally {
      serve.process().destroy();
      serve.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void aWatchedFolderThatDoesNotExistIsRefusedAtStart() throws Exception {
    Process process =
        new ProcessBuilder(
                List.of("java", "-jar", JAR.toString(), "serve", "--data", scratch.resolve("data").toString(),
                    "--port", "0", "--watch", scratch.resolve("missing").toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(output).contains("--watch: not a folder");
  }
}
