package org.storylens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.EntityType;
import org.storylens.model.Published;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.StoryReport;
import org.storylens.model.TimeExpression.Precision;

class ReportWritersTest {

  /** Markup an article could carry to take over a page that renders the report. */
  private static final String HOSTILE =
      "<script>alert(1)</script> [click](https://evil.example) ![x](https://evil.example/p.png)"
          + " <img src=x onerror=alert(1)> **bold** `code`\n# heading\n> quote";

  private static Article article(String id, String title, String outlet) {
    return new Article(
        id,
        "in/" + id + ".txt",
        Optional.of(title),
        Optional.of(outlet),
        Optional.empty(),
        Optional.of(Published.stated(LocalDate.of(2025, 3, 4))),
        Optional.empty(),
        Optional.of("en"),
        Optional.empty(),
        Optional.empty(),
        "Text of " + id + ".",
        List.of(),
        List.of());
  }

  private static Report report(String hostile) {
    Article a = article("a1", hostile, hostile);
    Article b = article("b2", "Second " + hostile, "Haldor Today");
    StoryReport story =
        new StoryReport(
            "a1",
            hostile,
            List.of("a1", "b2"),
            List.of(
                new StoryReport.Fact(
                    hostile,
                    List.of("a1", "b2"),
                    List.of(
                        new StoryReport.Evidence("a1", hostile),
                        new StoryReport.Evidence("b2", hostile))),
                new StoryReport.Fact(
                    hostile, List.of("b2"), List.of(new StoryReport.Evidence("b2", hostile)))),
            List.of(
                new StoryReport.Conflict(
                    hostile,
                    StoryReport.ConflictKind.UPDATE,
                    List.of(
                        new StoryReport.ConflictClaim("a1", hostile, hostile),
                        new StoryReport.ConflictClaim("b2", hostile, hostile)))),
            List.of(
                new StoryReport.Variant(
                    hostile,
                    List.of(new StoryReport.Form("a1", hostile), new StoryReport.Form("b2", hostile)))),
            List.of(
                new StoryReport.Quote(
                    hostile,
                    hostile,
                    List.of("a1", "b2"),
                    List.of(new StoryReport.Form("a1", hostile), new StoryReport.Form("b2", hostile)))),
            List.of(
                new StoryReport.Framing(
                    "a1",
                    List.of(
                        new StoryReport.FramingTerm(
                            hostile, hostile, StoryReport.FramingKind.LOADED, 1.23456))),
                new StoryReport.Framing("b2", List.of())),
            List.of(new DerivationLink("a1", "b2", DerivationLink.Kind.ATTRIBUTION, 1.0, hostile)),
            List.of(new StoryReport.PrimarySource(hostile, List.of("a1", "b2"))),
            List.of(new StoryReport.Entity(hostile, EntityType.PERSON, List.of(hostile), List.of("a1"))),
            List.of(new StoryReport.TimelineEvent("2025-03-04", Precision.DAY, hostile, List.of("a1", "b2"))));
    return new Report(List.of(a, b), List.of(new Skipped("in/x.png", hostile)), List.of(story));
  }

  @Test
  void theJsonReportHasTheFieldsOfSchemaOneInOrder() throws IOException {
    StringWriter out = new StringWriter();
    ReportJsonWriter.write(report("Quake"), out);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(fields(json)).containsExactly("schemaVersion", "articles", "skipped", "stories");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(fields(json.get("articles").get(0))).startsWith("id", "source", "title", "outlet");
    assertThat(json.get("skipped").get(0).get("source").asText()).isEqualTo("in/x.png");
    JsonNode story = json.get("stories").get(0);
    assertThat(fields(story))
        .containsExactly(
            "id", "title", "articles", "facts", "conflicts", "variants", "quotes", "framing",
            "derivations", "primarySources", "entities", "timeline");
    JsonNode fact = story.get("facts").get(0);
    assertThat(fields(fact)).containsExactly("text", "sources", "evidence");
    assertThat(fields(fact.get("evidence").get(0))).containsExactly("article", "sentence");
    assertThat(fact.get("sources").size()).isEqualTo(fact.get("evidence").size());
    JsonNode conflict = story.get("conflicts").get(0);
    assertThat(fields(conflict)).containsExactly("about", "kind", "claims");
    assertThat(conflict.get("kind").asText()).isEqualTo("update");
    assertThat(fields(conflict.get("claims").get(1))).containsExactly("article", "value", "sentence");
    assertThat(conflict.get("claims").get(1).get("article").asText()).isEqualTo("b2");
    JsonNode variant = story.get("variants").get(0);
    assertThat(fields(variant)).containsExactly("about", "forms");
    assertThat(fields(variant.get("forms").get(0))).containsExactly("article", "text");
    JsonNode quote = story.get("quotes").get(0);
    assertThat(fields(quote)).containsExactly("speaker", "text", "articles", "forms");
    assertThat(quote.get("articles").size()).isEqualTo(2);
    JsonNode framing = story.get("framing").get(0);
    assertThat(fields(framing)).containsExactly("article", "terms");
    assertThat(fields(framing.get("terms").get(0))).containsExactly("term", "sentence", "kind", "score");
    assertThat(framing.get("terms").get(0).get("kind").asText()).isEqualTo("loaded");
    assertThat(framing.get("terms").get(0).get("score").asDouble()).isEqualTo(1.235);
    assertThat(story.get("framing").get(1).get("terms").size()).isZero();
    JsonNode primary = story.get("primarySources").get(0);
    assertThat(fields(primary)).containsExactly("name", "quotedBy");
    assertThat(primary.get("quotedBy").size()).isEqualTo(2);
    JsonNode link = story.get("derivations").get(0);
    assertThat(fields(link)).containsExactly("from", "to", "kind", "score", "evidence");
    assertThat(link.get("kind").asText()).isEqualTo("attribution");
    assertThat(link.get("score").asDouble()).isEqualTo(1.0);
    assertThat(fields(story.get("entities").get(0))).containsExactly("name", "type", "aliases", "articles");
    assertThat(story.get("entities").get(0).get("type").asText()).isEqualTo("person");
    JsonNode event = story.get("timeline").get(0);
    assertThat(fields(event)).containsExactly("date", "precision", "event", "sources");
    assertThat(event.get("precision").asText()).isEqualTo("day");
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    ReportJsonWriter.write(report("Quake"), first);
    ReportJsonWriter.write(report("Quake"), second);
    assertThat(first.toString()).isEqualTo(second.toString()).endsWith("}\n");
  }

  @Test
  void aDerivationLinkIsOneLineOfJson() throws IOException {
    String line =
        DerivationLinkJson.line(
            new DerivationLink("a", "b", DerivationLink.Kind.NEAR_DUPLICATE, 0.75, "\"shared\"\n"));
    assertThat(line).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("kind").asText()).isEqualTo("near-duplicate");
    assertThat(json.get("evidence").asText()).isEqualTo("\"shared\"\n");
  }

  @Test
  void markdownHasASectionPerStoryWithArticlesDerivationsEntitiesAndTimeline() throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReportWriter(out).write(report("Quake in Haldor"));
    assertThat(out.toString())
        .startsWith("# StoryLens report\n\n2 articles in 1 story; 1 input skipped.")
        .contains("## 1. Quake in Haldor")
        .contains("### Articles (2)")
        .contains("- **Quake in Haldor** · 2025-03-04 · Quake in Haldor · `in/a1.txt`")
        .contains("### Derivations")
        .contains("**Haldor Today** derives from **Quake in Haldor**: attribution (1.00)")
        .contains("### Entities")
        .contains("### Timeline")
        .contains("### Conflicts")
        .contains("(an update over time, by publication order)")
        .contains("### Primary sources")
        .contains("### Quotes")
        .contains("### Variants")
        .contains("### Framing")
        .contains("“Quake in Haldor” (loaded)")
        .contains("- **2025-03-04**: Quake in Haldor (**Quake in Haldor**, **Haldor Today**)")
        .contains("## Skipped inputs");
  }

  @Test
  void hostileStringsStayInertInMarkdown() throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReportWriter(out).write(report(HOSTILE));
    String md = out.toString();
    assertThat(md)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContainPattern("(?<!\\\\)\\]\\(") // a link needs "](" unescaped
        .doesNotContain("**bold**")
        .doesNotContain("\n# heading")
        .doesNotContain("\n> quote")
        .contains("&lt;script&gt;")
        .contains("\\[click\\]");
    // every line an untrusted string is on starts with the writer's own markup
    for (String line : md.split("\n")) {
      if (line.contains("alert")) {
        assertThat(line).matches("(## 1\\. | {0,2}- ).*");
      }
    }
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
