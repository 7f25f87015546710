package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.compare.LogOddsDistinctiveTerms;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

/**
 * The change feed the live pages poll, and the outlets: counts, distinctive terms and their
 * pages, over a library of three events each told by four outlets, one of which keeps writing
 * "regime" (twice an article) and "junta" (once, too rare to count) where the others write
 * "council" and "government".
 */
class OutletsAndChangesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Three events, each a few sentences; written for this test. */
  private static final List<List<String>> EVENTS =
      List.of(
          List.of(
              "Bridge budget approved in Tarnby",
              "The council of Tarnby approved the budget for the new river bridge on Monday after a long debate.",
              "Engineers said the old bridge had cracked supports and would close to lorries next month.",
              "The government in the capital promised to pay a third of the cost of the new crossing.",
              "Residents asked the council to keep a footpath open while the works go on."),
          List.of(
              "Floods cut roads around Mellick",
              "Heavy rain flooded the valley roads around Mellick on Tuesday and cut off three farms.",
              "The council sent pumps and sandbags, and the government released emergency money for repairs.",
              "Farmers said the water rose faster than in any winter they remember.",
              "The regional road service expects the main road to reopen by the weekend."),
          List.of(
              "Teachers strike over pay in Ostvale",
              "Teachers in Ostvale walked out on Wednesday in a dispute over pay and class sizes.",
              "The council said it could not raise salaries without more money from the government.",
              "Parents gathered outside the schools to support the teachers, and most classes were cancelled.",
              "Union leaders said the strike would go on until the council returns to talks."));

  private static final List<String> NEUTRAL = List.of("Valley Post", "Harbor Ledger", "Plains Courier");
  private static final String LOADED = "Crown Herald";

  @TempDir static Path data;
  private static StoryLibrary library;
  private static ApiServer server;
  private static final List<String> STORIES = new ArrayList<>();

  @BeforeAll
  static void library() throws Exception {
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    library = StoryLibrary.open(data, pipeline);
    server = ApiServer.start(library, new ServerConfig(data, "127.0.0.1", 0, 1_000_000, Optional.empty()));
    JsonNode empty = json(get("/api/changes"));
    assertThat(empty.get("sequence").asLong()).isZero();
    assertThat(empty.get("stories")).isEmpty();
    int day = 3;
    for (List<String> event : EVENTS) {
      day++;
      for (int o = 0; o < NEUTRAL.size(); o++) {
        // each neutral outlet tells it in its own order, so no two texts are the same
        List<String> sentences = new ArrayList<>(event.subList(1, event.size()));
        java.util.Collections.rotate(sentences, o);
        STORIES.add(upload(NEUTRAL.get(o), event.get(0), sentences, day, o));
      }
      List<String> loaded =
          event.subList(1, event.size()).stream()
              .map(s -> s.replace("The council", "The ruling regime").replace("the council", "the regime")
                  .replace("The government", "The junta").replace("the government", "the junta"))
              .toList();
      STORIES.add(upload(LOADED, event.get(0) + ", the regime says", loaded, day, 3));
    }
  }

  @AfterAll
  static void close() throws Exception {
    server.close();
    library.close();
  }

  private static String upload(String outlet, String title, List<String> sentences, int day, int hour) throws Exception {
    String page =
        "<html><head><meta property=\"og:site_name\" content=\"" + outlet + "\">"
            + "<meta property=\"article:published_time\" content=\"2025-05-0" + day + "T0" + hour + ":00:00Z\">"
            + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
            + String.join("</p><p>", sentences) + "</p></article></body></html>";
    HttpResponse<String> ack =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/articles?refresh=wait_for&type=html&source=" + outlet.replace(' ', '-') + "-" + day))
                .POST(HttpRequest.BodyPublishers.ofString(page, StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);
    return JSON.readTree(ack.body()).get("story").asText();
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  private static void error(String path, int status) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).isNotBlank();
  }

  @Test
  void theChangeFeedListsExactlyTheStoriesChangedSinceASequence() throws Exception {
    JsonNode all = json(get("/api/changes?since=0"));
    long sequence = all.get("sequence").asLong();
    assertThat(sequence).isEqualTo(12); // one change per upload
    assertThat(all.get("articles").asInt()).isEqualTo(12);
    List<String> changed = new ArrayList<>();
    all.get("stories").forEach(s -> changed.add(s.asText()));
    assertThat(changed).containsExactlyInAnyOrderElementsOf(STORIES.stream().distinct().toList());
    assertThat(changed.get(0)).as("newest change first").isEqualTo(STORIES.get(STORIES.size() - 1));
    assertThat(json(get("/api/changes?since=" + sequence)).get("stories")).isEmpty();
    assertThat(json(get("/api/changes?since=11")).get("stories")).hasSize(1);
    assertThat(get("/api/changes").headers().firstValue("Cache-Control")).hasValue("no-store");
    // a client ahead of the library (the service started over on other data) learns the lower sequence
    JsonNode ahead = json(get("/api/changes?since=1000"));
    assertThat(ahead.get("sequence").asLong()).isEqualTo(sequence);
    assertThat(ahead.get("stories")).isEmpty();
    for (String bad : List.of("-1", "abc", "1.5", "99999999999999999999")) {
      error("/api/changes?since=" + bad, 400);
    }
  }

  @Test
  void everyOutletIsListedWithItsArticleAndStoryCountsPageByPage() throws Exception {
    JsonNode list = json(get("/api/outlets"));
    assertThat(list.get("total").asInt()).isEqualTo(4);
    for (JsonNode outlet : list.get("outlets")) {
      assertThat(outlet.get("articles").asInt()).as(outlet.toString()).isEqualTo(3);
      assertThat(outlet.get("stories").asInt()).as(outlet.toString()).isBetween(1, 3);
    }
    assertThat(list.get("outlets").findValuesAsText("name"))
        .containsExactlyInAnyOrder("Valley Post", "Harbor Ledger", "Plains Courier", LOADED);
    JsonNode second = json(get("/api/outlets?page=2&size=3"));
    assertThat(second.get("outlets")).hasSize(1);
    assertThat(second.get("page").asInt()).isEqualTo(2);
    for (String bad : List.of("page=0", "page=x", "size=0", "size=101", "size=-3")) {
      error("/api/outlets?" + bad, 400);
    }
  }

  @Test
  void anOutletThatKeepsWritingALoadedWordHasItAmongItsTermsAndANeutralOneDoesNot() throws Exception {
    JsonNode loaded = json(get("/api/outlets/crown%20herald")); // any case
    assertThat(loaded.get("outlet").get("name").asText()).isEqualTo(LOADED);
    List<String> terms = loaded.get("terms").findValuesAsText("term");
    assertThat(terms.subList(0, Math.min(3, terms.size()))).contains("regime");
    assertThat(terms).doesNotContain("council", "government");
    JsonNode regime = loaded.get("terms").get(terms.indexOf("regime"));
    assertThat(regime.get("articles").asInt()).isEqualTo(3);
    assertThat(regime.get("elsewhere").asInt()).isZero();
    assertThat(regime.get("z").asDouble()).isGreaterThan(1.96);
    // where it says so: the latest of its articles that does (the strike), its sentence or headline
    assertThat(regime.get("example").get("sentence").asText()).containsIgnoringCase("regime").contains("Ostvale");
    assertThat(json(get("/api/articles/" + regime.get("example").get("article").asText())).get("outlet").asText())
        .isEqualTo(LOADED);
    assertThat(loaded.get("stories").size()).isEqualTo(loaded.get("outlet").get("stories").asInt());

    for (String neutral : NEUTRAL) {
      List<String> theirs = json(get("/api/outlets/" + neutral.replace(" ", "%20"))).get("terms").findValuesAsText("term");
      assertThat(theirs).as(neutral).doesNotContain("regime", "junta", "ruling regime");
    }
  }

  @Test
  void badAndHostileOutletNamesAreRefusedOrUnknownNeverAServerError() throws Exception {
    error("/api/outlets/Nobody", 404);
    error("/api/outlets/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404);
    error("/api/outlets/" + "x".repeat(201), 400);
    error("/api/outlets/bad%01name", 400);
    error("/api/outlets/%20%20", 400);
    error("/api/outlets/Valley%20Post?page=0", 400);
    error("/outlets/Nobody", 404);
    assertThat(get("/outlets/" + "x".repeat(201)).statusCode()).isEqualTo(400);
  }

  @Test
  void anExampleIsTheWholeSentenceAroundTheTermOnOneLine() {
    String text = "First line here.\nThe ruling regime\n said so. Then 3.5 more!  Last";
    assertThat(OutletIndex.sentence(text, text.indexOf("regime"), text.indexOf("regime") + 6)).isEqualTo("The ruling regime");
    assertThat(OutletIndex.sentence(text, text.indexOf("more"), text.indexOf("more") + 4)).isEqualTo("Then 3.5 more!");
    String long_ = "word ".repeat(200) + "regime " + "word ".repeat(200) + ".";
    String clipped = OutletIndex.sentence(long_, long_.indexOf("regime"), long_.indexOf("regime") + 6);
    assertThat(clipped).contains("regime").startsWith("…").endsWith("…").hasSizeLessThanOrEqualTo(302);
  }

  @Test
  void termsAreRankedOnceAndAgainOnlyWhenTheLibraryChanged() throws Exception {
    OutletIndex index = new OutletIndex(library, LogOddsDistinctiveTerms.Config.defaults());
    List<OutletIndex.OutletTerm> first = index.distinctiveTerms(LOADED);
    assertThat(index.distinctiveTerms(LOADED)).isSameAs(first);
    assertThat(index.distinctiveTerms("nobody")).isEmpty();
  }

  @Test
  void theStoryListTellsTheLiveScriptWhatItShowsAndReloadsItselfWithoutScript() throws Exception {
    Document list = Jsoup.parse(get("/").body());
    assertThat(list.body().attr("data-live")).isEqualTo("list");
    assertThat(list.body().attr("data-sequence")).isEqualTo("12");
    assertThat(list.select("head script[src=/ui/live.js][defer]")).hasSize(1);
    assertThat(list.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("30");
    assertThat(list.select("ol.stories li a")).hasSize((int) STORIES.stream().distinct().count());
  }

  @Test
  void theOutletPagesShowTheCountsTheTermsAndTheStories() throws Exception {
    HttpResponse<String> response = get("/outlets/Crown%20Herald");
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo(LOADED);
    assertThat(page.select("table.terms td.term").eachText()).contains("regime");
    assertThat(page.select("table.terms td.example a").eachAttr("href")).allMatch(h -> h.startsWith("/articles/"));
    assertThat(page.select("ol.stories li a")).hasSizeGreaterThanOrEqualTo(1);
    assertThat(page.body().attr("data-live")).isEqualTo("list");
    Document outlets = Jsoup.parse(get("/outlets").body());
    assertThat(outlets.select("ol.outlets li a").eachAttr("href")).contains("/outlets/Crown%20Herald");
  }
}
