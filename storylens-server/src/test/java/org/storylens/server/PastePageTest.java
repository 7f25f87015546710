package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.Article;

/**
 * The paste form: an article added by hand lands in its story with the title, outlet and date
 * given; posts from other sites, without the write token, or over the limit are refused; hostile
 * values come back as text.
 */
class PastePageTest {

  private static final StoryPipeline PIPELINE =
      StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";

  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> ferry() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Ferry to Sarvik suspended after storm – ramp damaged");
    fields.put("outlet", "Harbour Post");
    fields.put("date", "2025-03-09");
    fields.put("source", "https://harbour.example/ferry");
    fields.put("text", FolderWatcherTest.FERRY.substring(FolderWatcherTest.FERRY.indexOf("LINDHOLM")));
    return fields;
  }

  private HttpResponse<String> post(String base, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/paste"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPastedArticleJoinsItsStoryWithTheGivenTitleOutletAndDate() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        ApiServer api = ApiServer.start(library, new ServerConfig(data, "127.0.0.1", 0, 100_000, Optional.empty()))) {
      String base = "http://127.0.0.1:" + api.port();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/paste")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
          assertThat(p).contains("form-action 'self'").contains("default-src 'none'").doesNotContain("script-src"));
      Document form = Jsoup.parse(page.body());
      assertThat(form.select("form[method=post][action=/paste]")).hasSize(1);
      assertThat(form.select("input[name=title], input[name=outlet], input[name=date], input[name=source], textarea[name=text]")).hasSize(5);
      assertThat(form.select("input[type=password]")).as("no token on this server").isEmpty();
      Document list = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(list.select("a[href=/paste]")).hasSize(1);

      HttpResponse<String> added = post(base, form(ferry()), "Origin", base, "Sec-Fetch-Site", "same-origin");
      assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
      String location = added.headers().firstValue("Location").orElseThrow();
      assertThat(location).startsWith("/stories/");
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + location)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
      Article article = library.story(location.substring("/stories/".length())).orElseThrow().getKey().get(0);
      assertThat(article.title()).contains("Ferry to Sarvik suspended after storm – ramp damaged");
      assertThat(article.outlet()).contains("Harbour Post");
      assertThat(article.published().orElseThrow().iso()).startsWith("2025-03-09");
      assertThat(article.url()).contains("https://harbour.example/ferry");
      assertThat(article.text()).contains("uprooting trees");

      HttpResponse<String> again = post(base, form(ferry()), "Origin", base);
      assertThat(again.statusCode()).as("the same paste again goes to the same story").isEqualTo(303);
      assertThat(again.headers().firstValue("Location")).contains(location);
      assertThat(library.size()[0]).isEqualTo(1);
    }
  }

  @Test
  void hostileValuesComeBackAsTextAndAStoredHostileTitleIsText() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        ApiServer api = ApiServer.start(library, new ServerConfig(data, "127.0.0.1", 0, 100_000, Optional.empty()))) {
      String base = "http://127.0.0.1:" + api.port();
      Map<String, String> bad = ferry();
      bad.put("title", HOSTILE);
      bad.put("outlet", HOSTILE);
      bad.put("date", HOSTILE);
      bad.put("text", bad.get("text") + "\n\n" + HOSTILE + "</textarea><script>alert(4)</script>");
      HttpResponse<String> refused = post(base, form(bad), "Sec-Fetch-Site", "same-origin");
      assertThat(refused.statusCode()).isEqualTo(400);
      Document page = Jsoup.parse(refused.body());
      assertThat(page.select("script, img")).isEmpty();
      assertThat(page.select(".error").text()).contains("date");
      assertThat(page.select("input[name=title]").attr("value")).isEqualTo(HOSTILE);
      assertThat(page.select("textarea[name=text]").text()).contains("</textarea><script>alert(4)</script>");
      assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();

      bad.put("date", "2025-03-09");
      HttpResponse<String> added = post(base, form(bad), "Sec-Fetch-Site", "same-origin");
      assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
      String story = added.headers().firstValue("Location").orElseThrow();
      for (String path : new String[] {"/", story}) {
        Document shown = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
        // the only script is the service's own live-update file, never one from the article
        assertThat(shown.select("script:not([src=\"/ui/live.js\"]), img[onerror]")).as(path).isEmpty();
        assertThat(shown.select("script").stream().allMatch(sc -> sc.data().isEmpty())).as(path).isTrue();
        assertThat(shown.text()).as(path).contains("<script>alert(1)</script>");
      }
    }
  }

  @Test
  void postsFromOtherSitesWithoutTheTokenOrOverTheLimitAreRefused() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(data, PIPELINE);
        ApiServer api = ApiServer.start(library, new ServerConfig(data, "127.0.0.1", 0, 20_000, Optional.of("s3cret-token")))) {
      String base = "http://127.0.0.1:" + api.port();
      Map<String, String> fields = ferry();
      assertThat(Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/paste")).build(),
              HttpResponse.BodyHandlers.ofString()).body()).select("input[type=password][name=token]")).hasSize(1);

      assertThat(post(base, form(fields), "Origin", "https://evil.example").statusCode()).isEqualTo(403);
      assertThat(post(base, form(fields), "Origin", "null").statusCode()).isEqualTo(403);
      assertThat(post(base, form(fields), "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
      assertThat(post(base, form(fields), "Sec-Fetch-Site", "same-site", "Origin", base).statusCode()).isEqualTo(403);
      assertThat(post(base, form(fields)).statusCode()).as("no Origin, no Sec-Fetch-Site").isEqualTo(403);
      assertThat(post(base, form(fields), "Origin", base).statusCode()).as("no token").isEqualTo(403);
      fields.put("token", "wrong");
      HttpResponse<String> wrong = post(base, form(fields), "Origin", base);
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(wrong.body()).doesNotContain("s3cret-token").doesNotContain("value=\"wrong\"");
      assertThat(library.size()[0]).isZero();

      // a site whose name was re-pointed at this machine sends its own name as Host and Origin
      String rebound =
          raw(api.port(), "POST /paste HTTP/1.1\r\nHost: evil.example:" + api.port() + "\r\nOrigin: http://evil.example:"
              + api.port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\nConnection: close\r\n\r\ntext=hi");
      assertThat(rebound).startsWith("HTTP/1.1 403");

      fields.put("token", "s3cret-token");
      fields.put("text", "word ".repeat(5000));
      assertThat(post(base, form(fields), "Origin", base).statusCode()).isEqualTo(413);
      fields.put("text", ferry().get("text"));
      HttpResponse<String> ok = post(base, form(fields), "Origin", base);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
      assertThat(library.size()[0]).isEqualTo(1);
    }
  }

  private static String raw(int port, String request) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
