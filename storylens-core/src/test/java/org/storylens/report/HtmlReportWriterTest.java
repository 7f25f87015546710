package org.storylens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.EntityType;
import org.storylens.model.Published;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.StoryReport;
import org.storylens.model.TimeExpression.Precision;

class HtmlReportWriterTest {

  /** Every element the writer itself writes; anything else came from a string. */
  private static final Set<String> TAGS =
      Set.of(
          "html", "head", "meta", "title", "link", "style", "body", "header", "nav", "main",
          "section", "footer", "h1", "h2", "h3", "h4", "p", "ol", "ul", "li", "a", "span",
          "strong", "table", "thead", "tbody", "tr", "th", "td", "div", "details", "summary",
          "figure", "blockquote", "figcaption", "svg", "line", "circle", "text", "g", "path",
          "polygon");

  /** Every attribute the writer itself writes. */
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "lang", "charset", "http-equiv", "content", "name", "rel", "href", "class", "id",
          "aria-label", "scope", "colspan", "title", "xmlns", "width", "height", "viewbox", "role",
          "x1", "y1", "x2", "y2", "cx", "cy", "r", "x", "y", "transform", "d", "points",
          "stroke-width");

  /** Markup, broken references and characters an article could carry; written for this test. */
  private static final List<String> HOSTILE_PARTS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "<a href=\"javascript:alert(1)\">click</a>",
          "&amp",
          "&#x;",
          "&lt",
          "</style><script>alert(2)</script>",
          "</textarea>",
          "]]>",
          "\"'><svg onload=alert(3)>",
          "' onmouseover='alert(4)",
          "<iframe src=//evil.example></iframe>",
          "<meta http-equiv=refresh content=\"0;url=//evil.example\">",
          "<base href=//evil.example/>",
          "<form action=//evil.example><input name=q></form>",
          "<!-- -->",
          "<object data=x></object><embed src=x>");

  private static final String HOSTILE =
      String.join(" ", HOSTILE_PARTS) + " nul\u0000 bell\u0007 esc\u001b[31m del\u007f c1\u0085\u009b"
          + " lone\uD800 nonchar\uFFFE rlo\u202Eevil";

  private static final String LONG = "Long".repeat(30_000) + " <script>alert(5)</script>";

  private static Article article(String id, String title, Optional<String> outlet, String source) {
    return new Article(
        id,
        source,
        Optional.of(title),
        outlet,
        Optional.empty(),
        Optional.of(Published.stated(LocalDateTime.of(2025, 3, 4, 8, 15))),
        Optional.empty(),
        Optional.of("en"),
        Optional.empty(),
        Optional.empty(),
        "Text of the article.",
        List.of(),
        List.of());
  }

  private static StoryReport.Fact fact(String text, List<String> sources, String sentence) {
    return new StoryReport.Fact(
        text, sources, sources.stream().map(s -> new StoryReport.Evidence(s, sentence + " (" + s + ")")).toList());
  }

  /**
   * A report with every kind of record filled: three articles, two shared facts and one unique,
   * a contradiction and an update, a quote, a primary source, a variant, framing of every kind, a
   * derivation, entities and a timeline of day, month and year.
   */
  private static Report full(String s, String a, String b, String c) {
    Article first = article(a, "Quake hits Haldor " + s, Optional.of("Northwire " + s), "in/" + s + "1.txt");
    Article second = article(b, "Toll rises " + s, Optional.of("Haldor Today"), "in/2.html");
    Article third = article(c, "Rescue goes on " + s, Optional.empty(), "in/" + s + "3.txt");
    List<String> all = List.of(a, b, c);
    StoryReport story =
        new StoryReport(
            a,
            "Quake in Haldor " + s,
            all,
            List.of(
                fact("The quake struck at 3:42 a.m. " + s, all, "It struck at 3:42 " + s),
                fact("Schools are closed " + s, List.of(a, c), "Schools closed " + s),
                fact("A dog found a boy " + s, List.of(b), "A dog found him " + s)),
            List.of(
                new StoryReport.Conflict(
                    "magnitude " + s,
                    StoryReport.ConflictKind.CONTRADICTION,
                    List.of(
                        new StoryReport.ConflictClaim(a, "6.8 " + s, "magnitude 6.8 " + s),
                        new StoryReport.ConflictClaim(c, "7.0", "magnitude 7.0"))),
                new StoryReport.Conflict(
                    "death toll " + s,
                    StoryReport.ConflictKind.UPDATE,
                    List.of(
                        new StoryReport.ConflictClaim(a, "41", "at least 41 killed"),
                        new StoryReport.ConflictClaim(b, "126 " + s, "126 killed " + s)))),
            List.of(
                new StoryReport.Variant(
                    "the village " + s,
                    List.of(new StoryReport.Form(a, "Dzhalkor " + s), new StoryReport.Form(b, "Jalkor")))),
            List.of(
                new StoryReport.Quote(
                    "Teodor Valk " + s,
                    "We are facing the worst earthquake " + s,
                    List.of(a, b),
                    List.of(new StoryReport.Form(a, "worst earthquake " + s), new StoryReport.Form(b, "worst quake")))),
            List.of(
                new StoryReport.Framing(
                    a,
                    List.of(
                        new StoryReport.FramingTerm("catastrophe " + s, "a catastrophe " + s, StoryReport.FramingKind.LOADED, 1.5),
                        new StoryReport.FramingTerm("tremor", "the tremor " + s, StoryReport.FramingKind.DISTINCTIVE, 2.25),
                        new StoryReport.FramingTerm("Dzhalkor", "in Dzhalkor " + s, StoryReport.FramingKind.NAME, 0))),
                new StoryReport.Framing(b, List.of())),
            List.of(new DerivationLink(a, b, DerivationLink.Kind.ATTRIBUTION, 1.0, "based on Northwire " + s)),
            List.of(new StoryReport.PrimarySource("Emergency Ministry " + s, List.of(a, b, c))),
            List.of(
                new StoryReport.Entity("Teodor Valk " + s, EntityType.PERSON, List.of("Valk " + s), List.of(a, b)),
                new StoryReport.Entity("Haldor", EntityType.PLACE, List.of(), all)),
            List.of(
                new StoryReport.TimelineEvent("1976", Precision.YEAR, "A 1976 quake " + s, List.of(a)),
                new StoryReport.TimelineEvent("2025-03", Precision.MONTH, "In March " + s, List.of(b)),
                new StoryReport.TimelineEvent("2025-03-04", Precision.DAY, "On Tuesday " + s, List.of(a, b)),
                new StoryReport.TimelineEvent("2025-03-04", Precision.DAY, "Before dawn " + s, List.of(c))));
    return new Report(
        List.of(first, second, third), List.of(new Skipped("in/" + s + ".png", "binary " + s)), List.of(story));
  }

  private static Report plain() {
    return full("", "a1", "b2", "c3");
  }

  private static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportWriter(out).write(report);
    return out.toString();
  }

  /** Parses as a browser does, and asserts the parse met no error: the page is well-formed. */
  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = parser.parseInput(html, "");
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  @Test
  void aStoryHasEverySectionInOrder() throws IOException {
    Document doc = parse(render(plain()));
    assertThat(doc.select("section.story h2").eachText()).containsExactly("1. Quake in Haldor");
    assertThat(doc.select("section.story h3").eachText())
        .containsExactly(
            "Articles (3)",
            "The brief: what several articles state",
            "Who reports what",
            "Only one article says",
            "Conflicts",
            "Quotes",
            "Variants",
            "Framing by outlet",
            "Derivations: who is based on whom",
            "Entities (2)",
            "Timeline");
    assertThat(doc.select("nav a").eachAttr("href")).containsExactly("#story-1");
    assertThat(doc.select("section.articles tbody tr").eachText())
        .containsExactly(
            "1 Northwire 2025-03-04 08:15:00 Quake hits Haldor in/1.txt",
            "2 Haldor Today 2025-03-04 08:15:00 Toll rises in/2.html",
            "3 — 2025-03-04 08:15:00 Rescue goes on in/3.txt");
    assertThat(doc.select("ol.brief > li p.fact").eachText())
        .containsExactly("The quake struck at 3:42 a.m.", "Schools are closed");
    assertThat(doc.select("ol.brief > li").get(1).select("p.who").text())
        .isEqualTo("2 of 3 articles: 1 Northwire 3 in/3.txt");
    assertThat(doc.select("ol.brief > li").get(1).select("details li").eachText())
        .containsExactly("Northwire: “Schools closed (a1)”", "in/3.txt: “Schools closed (c3)”");
    assertThat(doc.select("section.unique li").eachText()).containsExactly("2 Haldor Today A dog found a boy");
    assertThat(doc.select("section.skipped td").eachText()).containsExactly("in/.png", "binary");
    assertThat(doc.select("footer").text()).contains("loads nothing");
  }

  @Test
  void theMatrixHasARowPerFactAColumnPerArticleAndAMarkWhereTheFactsSourcesAre() throws IOException {
    Report report = plain();
    Document doc = parse(render(report));
    StoryReport story = report.stories().get(0);
    Elements columns = doc.select("table.matrix thead th.col");
    assertThat(columns.eachText()).containsExactly("Northwire 1", "Haldor Today 2", "in/3.txt 3");
    assertThat(columns.get(0).attr("title")).isEqualTo("Northwire · 2025-03-04 08:15:00 · Quake hits Haldor");
    Elements rows = doc.select("table.matrix tbody tr.fact");
    assertThat(rows).hasSize(story.facts().size());
    assertThat(doc.select("table.matrix tr.group").eachText())
        .containsExactly("Stated by several articles (2)", "Stated by one article (1)");
    for (int i = 0; i < rows.size(); i++) {
      StoryReport.Fact fact = story.facts().get(i);
      Element row = rows.get(i);
      assertThat(row.selectFirst("th.fact").text()).isEqualTo(fact.text().strip());
      assertThat(row.selectFirst("td.count").text())
          .isEqualTo(fact.sources().size() + "/" + story.articles().size());
      Elements marks = row.select("td.mark");
      assertThat(marks).hasSize(story.articles().size());
      for (int j = 0; j < marks.size(); j++) {
        String id = story.articles().get(j);
        int source = fact.sources().indexOf(id);
        Element mark = marks.get(j);
        assertThat(mark.hasClass("yes")).as("fact %d, article %s", i, id).isEqualTo(source >= 0);
        assertThat(mark.hasClass("no")).isEqualTo(source < 0);
        if (source >= 0) {
          assertThat(mark.attr("title"))
              .endsWith("“" + HtmlText.line(fact.evidence().get(source).sentence()) + "”");
          assertThat(mark.text()).isEqualTo("●");
        } else {
          assertThat(mark.text()).isEmpty();
          assertThat(mark.hasAttr("title")).isFalse();
        }
      }
    }
  }

  /**
   * A story of {@code articles} articles from {@code outlets} outlets, with {@code facts} shared
   * facts (the first stated by every article, then by fewer), as many unique ones, entities and
   * events.
   */
  private static Report big(int articles, int outlets, int facts) {
    List<Article> list = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      ids.add("art" + i);
      list.add(article("art" + i, "Title " + i, Optional.of("Outlet " + (i % outlets)), "in/" + i + ".txt"));
    }
    List<StoryReport.Fact> all = new ArrayList<>();
    for (int f = 0; f < facts; f++) {
      all.add(fact("Shared fact " + f, ids.subList(0, Math.max(2, articles - f)), "said " + f));
    }
    for (int f = 0; f < facts; f++) {
      all.add(fact("Unique fact " + f, List.of(ids.get(f % articles)), "only " + f));
    }
    List<StoryReport.Entity> entities = new ArrayList<>();
    List<StoryReport.TimelineEvent> events = new ArrayList<>();
    for (int e = 0; e < facts; e++) {
      entities.add(new StoryReport.Entity("Entity " + e, EntityType.PERSON, List.of(), ids));
      events.add(new StoryReport.TimelineEvent("2025-03-04", Precision.DAY, "Event " + e, ids));
    }
    StoryReport story =
        new StoryReport(
            ids.get(0), "A big story", ids, all, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), entities, events);
    return new Report(list, List.of(), List.of(story));
  }

  @Test
  void aBigStorysPageShowsItsFirstItemsAndSaysHowManyMoreTheJsonHas() throws IOException {
    int facts = HtmlReportWriter.SHOWN + 50;
    Report report = big(HtmlReportWriter.MATRIX_COLUMNS + 20, 7, facts);
    Document doc = parse(render(report));

    Elements brief = doc.select("ol.brief > li");
    assertThat(brief).hasSize(HtmlReportWriter.SHOWN);
    // the report's order is kept: the facts most articles state come first
    assertThat(brief.get(0).selectFirst("p.fact").text()).isEqualTo("Shared fact 0");
    assertThat(doc.select("section.brief p.more").text())
        .isEqualTo("Showing the first " + HtmlReportWriter.SHOWN + " of " + facts
            + " facts; the JSON report has every one.");
    // a fact stated by every article names the first articles and counts the rest
    assertThat(brief.get(0).select("p.who span.chip")).hasSize(HtmlReportWriter.CHIPS);
    assertThat(brief.get(0).selectFirst("p.who").text())
        .endsWith("and " + (HtmlReportWriter.MATRIX_COLUMNS + 20 - HtmlReportWriter.CHIPS) + " more");
    assertThat(brief.get(0).select("details li")).hasSize(HtmlReportWriter.WORDS + 1);

    // more articles than matrix columns: one column per outlet, a mark where any of its articles states the fact
    assertThat(doc.select("table.matrix thead th.col span.name").eachText())
        .containsExactly("Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3", "Outlet 4", "Outlet 5", "Outlet 6");
    assertThat(doc.select("table.matrix tbody tr.fact")).hasSize(2 * HtmlReportWriter.SHOWN);
    assertThat(doc.select("table.matrix tr.group").eachText())
        .containsExactly("Stated by several articles (" + facts + ")", "Stated by one article (" + facts + ")");
    Element uniqueRow = doc.select("table.matrix tbody tr.fact").get(HtmlReportWriter.SHOWN + 3);
    assertThat(uniqueRow.selectFirst("th.fact").text()).isEqualTo("Unique fact 3");
    assertThat(uniqueRow.select("td.mark").eachAttr("class"))
        .containsExactly("mark no", "mark no", "mark no", "mark yes", "mark no", "mark no", "mark no");

    assertThat(doc.select("section.unique li")).hasSize(HtmlReportWriter.SHOWN);
    assertThat(doc.select("section.entities tbody tr")).hasSize(HtmlReportWriter.SHOWN);
    assertThat(doc.select("ol.timeline > li")).hasSize(HtmlReportWriter.SHOWN);
    // every article stays listed
    assertThat(doc.select("section.articles tbody tr")).hasSize(HtmlReportWriter.MATRIX_COLUMNS + 20);
  }

  @Test
  void aStoryOfAsManyArticlesAsMatrixColumnsKeepsAColumnPerArticleAndEveryItem() throws IOException {
    Report report = big(HtmlReportWriter.MATRIX_COLUMNS, 3, 20);
    Document doc = parse(render(report));
    assertThat(doc.select("table.matrix thead th.col")).hasSize(HtmlReportWriter.MATRIX_COLUMNS);
    assertThat(doc.select("table.matrix tbody tr.fact")).hasSize(40);
    assertThat(doc.select("ol.brief > li")).hasSize(20);
    assertThat(doc.select("p.more")).isEmpty();
  }

  @Test
  void conflictsQuotesVariantsFramingDerivationsEntitiesAndTimelineAreShown() throws IOException {
    Document doc = parse(render(plain()));
    Elements conflicts = doc.select("div.conflict");
    assertThat(conflicts).hasSize(2);
    assertThat(conflicts.get(0).hasClass("contradiction")).isTrue();
    assertThat(conflicts.get(0).select(".badge").text()).isEqualTo("contradiction");
    assertThat(conflicts.get(0).select("td.value").eachText()).containsExactly("6.8", "7.0");
    assertThat(conflicts.get(1).hasClass("update")).isTrue();
    assertThat(conflicts.get(1).select(".badge").text()).isEqualTo("update over time");
    assertThat(conflicts.get(1).select("p.progression").text()).isEqualTo("41 → 126");
    assertThat(conflicts.get(1).text()).contains("do not contradict");
    assertThat(doc.select("ul.primary li").text())
        .isEqualTo("Emergency Ministry, quoted by 3 of 3: 1 Northwire 2 Haldor Today 3 in/3.txt");
    assertThat(doc.select("figure.quote blockquote").text()).isEqualTo("“We are facing the worst earthquake”");
    assertThat(doc.select("figure.quote figcaption").text())
        .isEqualTo("— Teodor Valk, quoted by 1 Northwire 2 Haldor Today");
    assertThat(doc.select("figure.quote details li").eachText())
        .containsExactly("1 Northwire “worst earthquake”", "2 Haldor Today “worst quake”");
    assertThat(doc.select("section.variants h4").text()).isEqualTo("the village");
    assertThat(doc.select("section.variants li").eachText())
        .containsExactly("1 Northwire “Dzhalkor”", "2 Haldor Today “Jalkor”");
    assertThat(doc.select("div.framing h4").eachText()).containsExactly("1 Northwire");
    assertThat(doc.select("div.framing li").eachText())
        .containsExactly(
            "catastrophe loaded 1.50 — “a catastrophe”",
            "tremor distinctive 2.25 — “the tremor”",
            "Dzhalkor name — “in Dzhalkor”");
    assertThat(doc.select("ul.links .link").text())
        .isEqualTo("1 Northwire attribution 1.00 → 2 Haldor Today");
    assertThat(doc.select("ul.links .evidence").text())
        .isEqualTo("Haldor Today derives from Northwire: based on Northwire");
    assertThat(doc.select("section.entities tbody tr").eachText())
        .containsExactly("Teodor Valk person Valk 1 2", "Haldor place 1 2 3");
    assertThat(doc.select("ol.timeline li .date").eachText())
        .containsExactly("1976", "2025-03", "2025-03-04", "2025-03-04");
    assertThat(doc.select("ol.timeline li").eachAttr("class")).containsExactly("year", "month", "day", "day");
    Element drawing = doc.selectFirst("svg.timeline");
    assertThat(drawing.select("text").eachText()).containsExactly("1976", "2025-03", "2025-03-04 (2)");
    assertThat(drawing.select("circle").eachAttr("class")).containsExactly("year", "month", "day", "day");
    assertThat(drawing.select("circle title").get(3).text()).isEqualTo("2025-03-04: Before dawn");
  }

  @Test
  void emptyPartsSayNoneFound() throws IOException {
    StoryReport lone =
        new StoryReport(
            "a1", "Fossil found", List.of("a1"), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());
    Report report =
        new Report(List.of(article("a1", "Fossil found", Optional.empty(), "x.txt")), List.of(), List.of(lone));
    Document doc = parse(render(report));
    assertThat(doc.select("section.story p.none")).hasSize(10);
    assertThat(doc.select("table.matrix, svg, section.skipped")).isEmpty();
  }

  @Test
  void aReportWithoutStoriesIsAWellFormedPage() throws IOException {
    String html = render(new Report(List.of(), List.of(new Skipped("a.png", "binary content")), List.of()));
    assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">").endsWith("</html>\n");
    Document doc = parse(html);
    assertThat(doc.select("p.summary").text()).isEqualTo("0 articles in 0 stories; 1 input skipped.");
    assertThat(doc.select("main p.none").text()).isEqualTo("No stories: no input gave an article.");
    assertThat(doc.select("nav, section.story")).isEmpty();
    assertThat(doc.select("section.skipped td").eachText()).containsExactly("a.png", "binary content");
  }

  @Test
  void theDerivationGraphDrawsEveryArticleInTimeOrderAndOneArrowPerLink() throws IOException {
    // 30 articles, published an hour apart but listed in reverse, and links of every kind
    List<Article> list = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = "n" + i;
      ids.add(id);
      list.add(
          new Article(
              id, "in/" + i + ".txt", Optional.of("Headline " + i), Optional.of("Outlet " + i),
              Optional.empty(), Optional.of(Published.stated(LocalDateTime.of(2025, 3, 4, 0, 0).plusHours(29 - i))),
              Optional.empty(), Optional.of("en"), Optional.empty(), Optional.empty(), "Text.", List.of(), List.of()));
    }
    List<DerivationLink> links =
        List.of(
            new DerivationLink("n29", "n0", DerivationLink.Kind.NEAR_DUPLICATE, 0.9, "shares 90% of its 5-grams"),
            new DerivationLink("n29", "n28", DerivationLink.Kind.ATTRIBUTION, 1.0, "based on Outlet 29"),
            new DerivationLink("n5", "n4", DerivationLink.Kind.PARAPHRASE, 0.6, "same claims in other words"));
    StoryReport story =
        new StoryReport(
            "n0", "Thirty", ids, List.of(), List.of(), List.of(), List.of(), List.of(), links,
            List.of(), List.of(), List.of());
    Document doc = parse(render(new Report(list, List.of(), List.of(story))));

    Element svg = doc.selectFirst("section.derivations svg.derivation-graph");
    assertThat(svg).isNotNull();
    List<String> labels = svg.select("g.node > text").eachText();
    assertThat(labels).hasSize(30);
    assertThat(labels.get(0)).startsWith("30 Outlet 29 · 2025-03-04 00:00");
    assertThat(labels.get(29)).startsWith("1 Outlet 0 · 2025-03-05 05:00");
    assertThat(svg.select("g.edge.near-duplicate > path")).hasSize(2); // the arc and its legend
    assertThat(svg.select("g.edge.near-duplicate > title").first().text())
        .isEqualTo("Outlet 0 (1) derives from Outlet 29 (30): near-duplicate 0.90 — shares 90% of its 5-grams");
    assertThat(svg.select("g.edge > polygon")).hasSize(3);
    assertThat(svg.select("g.edge.attribution, g.edge.paraphrase")).hasSize(4);
    assertThat(svg.select("g.node.origin")).hasSize(3); // n29, n5 and the legend's
    assertThat(svg.select("g.node.derived")).hasSize(4);
    int height = Integer.parseInt(svg.attr("height"));
    assertThat(height).as("rows of 26 px stay readable").isBetween(30 * 20, 30 * 40);

    // a story without links has no graph
    assertThat(parse(render(new Report(list, List.of(), List.of(
        new StoryReport("n0", "Thirty", ids, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of()))))).select("svg.derivation-graph")).isEmpty();
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    assertThat(render(plain())).isEqualTo(render(plain()));
    assertThat(render(full(HOSTILE, "a", "b", "c"))).isEqualTo(render(full(HOSTILE, "a", "b", "c")));
  }

  @Test
  void theContentSecurityPolicyForbidsEverythingButTheOneStylesheet() throws Exception {
    Document doc = parse(render(full(HOSTILE, HOSTILE + "1", HOSTILE + "2", LONG)));
    Elements policies = doc.select("meta[http-equiv=Content-Security-Policy]");
    assertThat(policies).hasSize(1);
    String policy = policies.attr("content");
    assertThat(policy).startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe");
    assertThat(doc.head().child(0).outerHtml()).isEqualTo("<meta charset=\"utf-8\">");
    assertThat(doc.head().child(1)).isEqualTo(policies.first());
    Elements styles = doc.select("style");
    assertThat(styles).hasSize(1);
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(styles.first().data().getBytes(StandardCharsets.UTF_8));
    assertThat(policy).contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
  }

  @Test
  void hostileStringsAreTextAndNeverMarkup() throws IOException {
    // hostile in every string: headlines, outlets, sources, ids, facts, evidence, values, quotes,
    // speakers, terms, entity names, dates, skip reasons; one id and one outlet very long
    String html = render(full(HOSTILE, HOSTILE + "1", HOSTILE + "2", LONG));
    assertThat(html)
        .doesNotContain("\u0000")
        .doesNotContain("\u0007")
        .doesNotContain("\u001b")
        .doesNotContain("\u202E");
    Document doc = parse(html);

    List<String> offences = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      if (element == doc) {
        continue;
      }
      String tag = element.normalName();
      if (!TAGS.contains(tag)) {
        offences.add("element " + tag);
      }
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.contains(key) || key.startsWith("on")) {
          offences.add("attribute " + key + " on " + tag);
        }
        if (value.contains("javascript:") && !key.equals("title")) {
          offences.add("javascript: URL in " + key + " on " + tag);
        }
      }
    }
    assertThat(offences).isEmpty();
    assertThat(doc.select("script, iframe, object, embed, form, input, base, img, textarea")).isEmpty();
    assertThat(doc.select("meta[http-equiv]").eachAttr("http-equiv"))
        .containsExactly("Content-Security-Policy");
    assertThat(doc.select("[href]").eachAttr("href")).containsExactly("data:,", "#story-1");
    assertThat(doc.select("[id]").eachAttr("id")).containsExactly("story-1", "skipped");
    assertThat(doc.select("link")).hasSize(1);
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("title")).hasSize(1 + doc.select("svg title").size());

    String text = doc.body().text();
    for (String part : HOSTILE_PARTS) {
      assertThat(text).as("shown as text").contains(part);
    }
    assertThat(text)
        .contains("nul\uFFFD bell\uFFFD esc\uFFFD[31m del\uFFFD c1 \uFFFD lone\uFFFD nonchar\uFFFD rloevil")
        .contains("more characters]")
        .doesNotContain("Long".repeat(2000));
    // each section still holds its own, and only its own, records
    assertThat(doc.select("table.matrix tbody tr.fact")).hasSize(3);
    assertThat(doc.select("div.conflict")).hasSize(2);
    assertThat(doc.select("section.story h3")).hasSize(11);
  }
}
