package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/** The web UI's pages for a hostile article: everything it says is text, nothing runs. */
class UiPagesTest {

  private static final String HOSTILE =
      "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>";

  @TempDir Path data;

  @Test
  void everyPageShowsHostileStringsAsTextAndRunsNothing() throws Exception {
    String text =
        "Flood in Velby " + HOSTILE + "\n\n"
            + "The Arden river burst its banks on Sunday night and flooded about 400 homes in the"
            + " town of Velby, officials said " + HOSTILE + ".\n\n"
            + "Rescue teams in boats evacuated more than 1,200 residents from the lower town"
            + " overnight, and the regional governor declared a state of emergency.\n\n"
            + "Share this article\n";
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (StoryLibrary library = StoryLibrary.open(data, pipeline);
        ApiServer api =
            ApiServer.start(library, new ServerConfig(data, "127.0.0.1", 0, 100_000, Optional.empty()))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + api.port();
      HttpResponse<String> ack =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/articles?source=hostile.txt"))
                  .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ack.body());
      String story = json.get("story").asText();
      String article = json.get("article").asText();
      // an outlet whose name is markup, on a page of its own
      String html =
          "<html><head><meta property=\"og:site_name\" content=\"" + HOSTILE.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
              + "\"><title>Velby flood " + HOSTILE.replace("<", "&lt;") + "</title></head><body><article><h1>Velby flood "
              + HOSTILE.replace("<", "&lt;") + "</h1><p>" + text.replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p></article></body></html>";
      HttpResponse<String> second =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/articles?source=hostile.html&type=html"))
                  .POST(HttpRequest.BodyPublishers.ofString(html, StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
      String outletPage = UiPages.outletPath(HOSTILE);
      assertThat(outletPage).doesNotContain("<", ">", "\"", " ", "/x");
      for (String path : new String[] {"/", "/stories/" + story, "/articles/" + article, "/outlets", outletPage}) {
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
            p -> assertThat(p).contains("default-src 'none'"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
            p -> assertThat(p).contains("script-src 'self'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("iframe, object, embed, form, base")).as(path).isEmpty();
        // the only script is the service's own file: nothing inline
        for (Element script : page.select("script")) {
          assertThat(script.attr("src")).as(path).isEqualTo("/ui/live.js");
          assertThat(script.data()).as(path).isEmpty();
        }
        for (Element element : page.getAllElements()) {
          element.attributes().forEach(a -> {
            assertThat(a.getKey()).as(path).doesNotStartWith("on");
            // a hostile string may be hover text (title); it may never be a URL
            if (java.util.Set.of("href", "src", "action", "formaction", "xlink:href", "data").contains(a.getKey())) {
              assertThat(a.getValue().toLowerCase(java.util.Locale.ROOT)).as(path).doesNotContain("javascript:");
            }
          });
        }
        assertThat(page.text()).as(path).contains("<script>alert(1)</script>");
      }
      Document articlePage =
          Jsoup.parse(
              http.send(HttpRequest.newBuilder(URI.create(base + "/articles/" + article)).build(),
                  HttpResponse.BodyHandlers.ofString()).body());
      assertThat(articlePage.select(".removed").eachText()).anyMatch(t -> t.contains("Share this article"));
      // the story page: the report's own policy, widened by the service's script and its own stylesheet
      Document storyPage =
          Jsoup.parse(
              http.send(HttpRequest.newBuilder(URI.create(base + "/stories/" + story)).build(),
                  HttpResponse.BodyHandlers.ofString()).body());
      assertThat(storyPage.body().attr("data-live")).isEqualTo("story");
      assertThat(storyPage.body().attr("data-story")).isEqualTo(story);
      assertThat(Long.parseLong(storyPage.body().attr("data-sequence"))).isPositive();
      String policy = storyPage.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
      assertThat(policy).startsWith("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'sha256-")
          .doesNotContain("unsafe");
      for (Element style : storyPage.select("style")) {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8));
        assertThat(policy).contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
      }
      assertThat(storyPage.select("noscript meta[http-equiv=refresh]")).hasSize(1);
      assertThat(
              http.send(HttpRequest.newBuilder(URI.create(base + "/ui/live.js")).build(), HttpResponse.BodyHandlers.ofString())
                  .headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
      assertThat(
              http.send(HttpRequest.newBuilder(URI.create(base + "/stories/nope")).build(),
                  HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(404);
    }
  }
}
