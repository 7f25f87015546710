package org.storylens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.Published;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.StoryReport;

/**
 * Writes a {@link Report} as one self-contained HTML5 page: per story its articles, the facts
 * several of them share and who states each, a source × fact matrix, the facts only one gives,
 * conflicts, quotes and primary sources, variants, framing, derivations (drawn as a graph),
 * entities and a drawn timeline; then the skipped inputs.
 *
 * <p>The page is built as a jsoup DOM, so every string from an article reaches it through {@link
 * Element#text} or {@link Element#attr}, which escape: it is text, never markup. Article strings go
 * only into text and {@code title} attributes, never into {@code href}, {@code src}, {@code style}
 * or event attributes, nor into ids (a JSONL article's id is whatever the input says): the page's
 * own ids and links are made from story and article numbers. The page loads nothing: its
 * stylesheet is inline, the timeline and the derivation graph are inline SVG, it has no script,
 * and its Content-Security-Policy ({@code default-src 'none'}, the stylesheet allowed by hash)
 * keeps it so even if a string escaped. The same report gives the same bytes.
 */
public final class HtmlReportWriter {

  private static final String STYLESHEET = stylesheet();

  /** Room for a fact in the matrix; the brief above it has the whole text. */
  private static final int MATRIX_FACT_LENGTH = 240;

  /**
   * The most items a part of a story lists (facts, conflicts, quotes, entities, events...), its
   * first in the report's order, which puts the facts most articles state first. Why a bound? A
   * story of hundreds of articles has thousands of facts: a page of tens of megabytes that no
   * reader scrolls and a browser struggles with. The JSON report keeps every item, and the page
   * says how many it leaves out.
   */
  static final int SHOWN = 100;

  /**
   * The most articles one fact, quote or event names as chips (the rest are counted), and the
   * most values of one conflict or forms of one quote or name listed.
   */
  static final int CHIPS = 30;

  /** The most articles' own words a fact lists. */
  static final int WORDS = 20;

  /**
   * The most columns of the matrix. A story with more articles has one column per outlet (a
   * mark where any of its articles states the fact), and at most this many outlets.
   */
  static final int MATRIX_COLUMNS = 40;

  private final Writer out;

  public HtmlReportWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes the page; the writer is flushed, not closed. */
  public void write(Report report) throws IOException {
    out.write(render(report));
    out.flush();
  }

  /** The page, as written. */
  public static String render(Report report) {
    Document doc = new Document("");
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .syntax(Document.OutputSettings.Syntax.html)
        .prettyPrint(true)
        .indentAmount(1);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en");
    head(html.appendElement("head"));
    Element body = html.appendElement("body");
    Map<String, Article> articles = new LinkedHashMap<>();
    report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));

    Element header = body.appendElement("header");
    header.appendElement("h1").text("StoryLens report");
    header
        .appendElement("p")
        .addClass("summary")
        .text(
            count(report.articles().size(), "article")
                + " in "
                + count(report.stories().size(), "story")
                + "; "
                + count(report.skipped().size(), "input")
                + " skipped.");
    if (!report.stories().isEmpty()) {
      Element toc = header.appendElement("nav").attr("aria-label", "Stories").appendElement("ol");
      int number = 0;
      for (StoryReport story : report.stories()) {
        number++;
        Element item = toc.appendElement("li");
        item.appendElement("a").attr("href", "#story-" + number).text(HtmlText.line(story.title()));
        item.appendText(" (" + count(story.articles().size(), "article") + ")");
      }
    }

    Element main = body.appendElement("main");
    int number = 0;
    for (StoryReport story : report.stories()) {
      new StorySection(story, ++number, articles).appendTo(main);
    }
    if (report.stories().isEmpty()) {
      main.appendElement("p").addClass("none").text("No stories: no input gave an article.");
    }
    skipped(main, report.skipped());
    body.appendElement("footer")
        .text(
            "Written by StoryLens from report schema "
                + Report.SCHEMA_VERSION
                + ". A self-contained page: it loads nothing and runs no script.");
    return doc.outerHtml() + "\n";
  }

  private static void head(Element head) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr(
            "content",
            "default-src 'none'; style-src '"
                + sha256(STYLESHEET)
                + "'; img-src data:; base-uri 'none'; form-action 'none'");
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("StoryLens report");
    // an empty icon, or a browser asks the folder for favicon.ico
    head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
    head.appendElement("style").appendChild(new DataNode(STYLESHEET));
  }

  private static void skipped(Element main, List<Skipped> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Element section = main.appendElement("section").addClass("skipped").attr("id", "skipped");
    section.appendElement("h2").text("Skipped inputs (" + skipped.size() + ")");
    Element table = section.appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Input");
    head.appendElement("th").text("Why it was skipped");
    Element rows = table.appendElement("tbody");
    for (Skipped s : skipped) {
      Element row = rows.appendElement("tr");
      row.appendElement("td").addClass("source-path").text(HtmlText.line(s.source()));
      row.appendElement("td").text(HtmlText.line(s.reason()));
    }
  }

  /** One story's section, with its articles numbered 1..n in the story's order. */
  private static final class StorySection {
    private final StoryReport story;
    private final int number;
    private final Map<String, Article> articles;
    private final Map<String, Integer> keys = new LinkedHashMap<>();

    StorySection(StoryReport story, int number, Map<String, Article> articles) {
      this.story = story;
      this.number = number;
      this.articles = articles;
      for (String id : story.articles()) {
        keys.putIfAbsent(id, keys.size() + 1);
      }
    }

    void appendTo(Element main) {
      Element section =
          main.appendElement("section").addClass("story").attr("id", "story-" + number);
      section.appendElement("h2").text(number + ". " + HtmlText.line(story.title()));
      articleList(section);
      brief(section);
      matrix(section);
      uniqueFacts(section);
      conflicts(section);
      quotes(section);
      variants(section);
      framing(section);
      derivations(section);
      entities(section);
      timeline(section);
    }

    private Element part(Element section, String heading, String cssClass) {
      Element part = section.appendElement("section").addClass(cssClass);
      part.appendElement("h3").text(heading);
      return part;
    }

    private static void none(Element part) {
      part.appendElement("p").addClass("none").text("None found.");
    }

    /**
     * The first {@link #SHOWN} of a part's items; when there are more, a note in the part says how
     * many it shows.
     */
    private static <T> List<T> shown(Element part, List<T> items, String noun) {
      return shown(part, items, SHOWN, noun);
    }

    private static <T> List<T> shown(Element part, List<T> items, int limit, String noun) {
      if (items.size() <= limit) {
        return items;
      }
      part.appendElement("p")
          .addClass("note")
          .addClass("more")
          .text("Showing the first " + limit + " of " + items.size() + " " + noun
              + "; the JSON report has every one.");
      return first(items, limit);
    }

    /** The first {@code limit} of {@code items}, or all of them. */
    private static <T> List<T> first(List<T> items, int limit) {
      return items.size() <= limit ? items : items.subList(0, limit);
    }

    /** Chips for the first {@link #CHIPS} articles, then how many more there are. */
    private void chips(Element parent, List<String> ids) {
      for (String id : first(ids, CHIPS)) {
        chip(parent, id);
      }
      if (ids.size() > CHIPS) {
        parent.appendText(" and " + (ids.size() - CHIPS) + " more");
      }
    }

    private void articleList(Element section) {
      Element part = part(section, "Articles (" + story.articles().size() + ")", "articles");
      Element table = part.appendElement("table");
      Element head = table.appendElement("thead").appendElement("tr");
      for (String column : List.of("#", "Outlet", "Published", "Headline", "Source")) {
        head.appendElement("th").attr("scope", "col").text(column);
      }
      Element rows = table.appendElement("tbody");
      for (String id : keys.keySet()) {
        Article article = articles.get(id);
        Element row = rows.appendElement("tr");
        row.appendElement("td").appendElement("span").addClass("key").text(key(id));
        row.appendElement("td")
            .text(article == null ? "" : article.outlet().map(HtmlText::line).orElse("—"));
        row.appendElement("td")
            .addClass("date")
            .text(article == null ? "" : article.published().map(HtmlReportWriter::date).orElse("—"));
        row.appendElement("td")
            .text(article == null ? "" : article.title().map(HtmlText::line).orElse("—"));
        row.appendElement("td")
            .addClass("source-path")
            .text(article == null ? HtmlText.line(id) : HtmlText.line(article.source()));
      }
    }

    /** The facts several articles share, each with who states it and their words. */
    private void brief(Element section) {
      List<StoryReport.Fact> shared = story.facts().stream().filter(f -> !f.unique()).toList();
      Element part = part(section, "The brief: what several articles state", "brief");
      if (shared.isEmpty()) {
        none(part);
        return;
      }
      List<StoryReport.Fact> listed = shown(part, shared, "facts");
      Element list = part.appendElement("ol").addClass("brief");
      for (StoryReport.Fact fact : listed) {
        Element item = list.appendElement("li");
        item.appendElement("p").addClass("fact").text(HtmlText.line(fact.text()));
        Element who = item.appendElement("p").addClass("who");
        who.appendText(fact.sources().size() + " of " + story.articles().size() + " articles: ");
        chips(who, fact.sources());
        Element details = item.appendElement("details");
        details.appendElement("summary").text("In their words");
        Element words = details.appendElement("ul");
        for (StoryReport.Evidence evidence : first(fact.evidence(), WORDS)) {
          Element line = words.appendElement("li");
          line.appendElement("strong").text(label(evidence.article()));
          line.appendText(": “" + HtmlText.line(evidence.sentence()) + "”");
        }
        if (fact.evidence().size() > WORDS) {
          words.appendElement("li").addClass("more").text("and " + (fact.evidence().size() - WORDS) + " more");
        }
      }
    }

    /**
     * Rows are facts, columns the story's articles (or, in a story of more than {@link
     * #MATRIX_COLUMNS} articles, its outlets); a filled marker where the article states the fact,
     * its sentence as the marker's tooltip.
     */
    private void matrix(Element section) {
      Element part = part(section, "Who reports what", "matrix-part");
      if (story.facts().isEmpty()) {
        none(part);
        return;
      }
      List<Column> columns = columns();
      boolean byOutlet = keys.size() > MATRIX_COLUMNS;
      part.appendElement("p")
          .addClass("note")
          .text(
              byOutlet
                  ? "One row per fact, one column per outlet (the story has " + keys.size()
                      + " articles); a dot where one of the outlet's articles states the fact."
                      + " Hover a dot for its own sentence."
                  : "One row per fact, one column per article (numbered as above); a dot where the"
                      + " article states the fact. Hover a dot for the article's own sentence.");
      List<Column> drawn = shown(part, columns, MATRIX_COLUMNS, "outlets");
      List<StoryReport.Fact> shared = story.facts().stream().filter(f -> !f.unique()).toList();
      List<StoryReport.Fact> unique = story.facts().stream().filter(StoryReport.Fact::unique).toList();
      List<StoryReport.Fact> sharedRows = shown(part, shared, "facts several articles state");
      List<StoryReport.Fact> uniqueRows = shown(part, unique, "facts one article states");
      Element table = part.appendElement("div").addClass("matrix-wrap").appendElement("table");
      table.addClass("matrix");
      Element head = table.appendElement("thead").appendElement("tr");
      head.appendElement("th").attr("scope", "col").text("Fact");
      head.appendElement("th").attr("scope", "col").text("Articles");
      for (Column column : drawn) {
        Element cell = head.appendElement("th").attr("scope", "col").addClass("col");
        cell.attr("title", column.title());
        cell.appendElement("span").addClass("name").text(HtmlText.clip(column.name(), 40));
        cell.appendText(" ");
        cell.appendElement("span").addClass("key").text(column.key());
      }
      matrixGroup(table, "Stated by several articles", shared.size(), sharedRows, drawn);
      matrixGroup(table, "Stated by one article", unique.size(), uniqueRows, drawn);
    }

    /** A column of the matrix: one article, or every article of one outlet. */
    private record Column(String name, String key, String title, List<String> articles) {}

    private List<Column> columns() {
      if (keys.size() <= MATRIX_COLUMNS) {
        return keys.keySet().stream()
            .map(id -> new Column(label(id), key(id), tooltip(id), List.of(id)))
            .toList();
      }
      Map<String, List<String>> byOutlet = new LinkedHashMap<>();
      for (String id : keys.keySet()) {
        byOutlet.computeIfAbsent(label(id), outlet -> new ArrayList<>()).add(id);
      }
      return byOutlet.entrySet().stream()
          .map(outlet -> new Column(
              outlet.getKey(), "×" + outlet.getValue().size(),
              outlet.getKey() + " · " + count(outlet.getValue().size(), "article"),
              outlet.getValue()))
          .toList();
    }

    private void matrixGroup(
        Element table, String heading, int total, List<StoryReport.Fact> facts, List<Column> columns) {
      if (facts.isEmpty()) {
        return;
      }
      Element body = table.appendElement("tbody");
      body.appendElement("tr")
          .addClass("group")
          .appendElement("th")
          .attr("colspan", Integer.toString(columns.size() + 2))
          .attr("scope", "rowgroup")
          .text(heading + " (" + total + ")");
      for (StoryReport.Fact fact : facts) {
        Element row = body.appendElement("tr").addClass("fact");
        String text = HtmlText.line(fact.text());
        Element label = row.appendElement("th").attr("scope", "row").addClass("fact");
        label.text(HtmlText.clip(text, MATRIX_FACT_LENGTH));
        if (text.length() > MATRIX_FACT_LENGTH) {
          label.attr("title", text);
        }
        row.appendElement("td").addClass("count").text(fact.sources().size() + "/" + keys.size());
        Map<String, String> said = new LinkedHashMap<>();
        for (StoryReport.Evidence evidence : fact.evidence()) {
          said.putIfAbsent(evidence.article(), evidence.sentence());
        }
        for (Column column : columns) {
          Element cell = row.appendElement("td").addClass("mark");
          String id = column.articles().stream().filter(said::containsKey).findFirst().orElse(null);
          if (id == null) {
            cell.addClass("no");
          } else {
            cell.addClass("yes").attr("title", label(id) + ": “" + HtmlText.line(said.get(id)) + "”");
            cell.appendElement("span").text("●");
          }
        }
      }
    }

    private void uniqueFacts(Element section) {
      List<StoryReport.Fact> unique = story.facts().stream().filter(StoryReport.Fact::unique).toList();
      Element part = part(section, "Only one article says", "unique");
      if (unique.isEmpty()) {
        none(part);
        return;
      }
      List<StoryReport.Fact> listed = shown(part, unique, "facts");
      Element list = part.appendElement("ul");
      for (StoryReport.Fact fact : listed) {
        Element item = list.appendElement("li");
        chip(item, fact.sources().get(0));
        item.appendText(" " + HtmlText.line(fact.text()));
      }
    }

    private void conflicts(Element section) {
      Element part = part(section, "Conflicts", "conflicts");
      if (story.conflicts().isEmpty()) {
        none(part);
        return;
      }
      for (StoryReport.Conflict conflict : shown(part, story.conflicts(), "conflicts")) {
        boolean update = conflict.kind() == StoryReport.ConflictKind.UPDATE;
        Element box =
            part.appendElement("div").addClass("conflict").addClass(update ? "update" : "contradiction");
        Element heading = box.appendElement("h4").text(HtmlText.line(conflict.about()));
        heading.appendText(" ");
        heading.appendElement("span").addClass("badge").text(update ? "update over time" : "contradiction");
        if (update) {
          box.appendElement("p")
              .addClass("progression")
              .text(
                  String.join(
                      " → ",
                      conflict.claims().stream()
                          .map(c -> HtmlText.clip(c.value(), 80))
                          .toList()));
          box.appendElement("p")
              .addClass("note")
              .text(
                  "The value moves with the time of writing (in publication order): a later"
                      + " report updates an earlier one; they do not contradict each other.");
        } else {
          box.appendElement("p").addClass("note").text("The articles give different values.");
        }
        List<StoryReport.ConflictClaim> claims = shown(box, conflict.claims(), CHIPS, "articles' values");
        Element table = box.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Article", "Published", "Value", "Its words")) {
          head.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (StoryReport.ConflictClaim claim : claims) {
          Element row = rows.appendElement("tr");
          chip(row.appendElement("td"), claim.article());
          Article article = articles.get(claim.article());
          row.appendElement("td")
              .addClass("date")
              .text(article == null ? "—" : article.published().map(HtmlReportWriter::date).orElse("—"));
          row.appendElement("td").addClass("value").text(HtmlText.line(claim.value()));
          row.appendElement("td").text("“" + HtmlText.line(claim.sentence()) + "”");
        }
      }
    }

    private void quotes(Element section) {
      Element part = part(section, "Quotes", "quotes");
      if (!story.primarySources().isEmpty()) {
        part.appendElement("h4").text("Primary sources");
        List<StoryReport.PrimarySource> sources = shown(part, story.primarySources(), "primary sources");
        Element list = part.appendElement("ul").addClass("primary");
        for (StoryReport.PrimarySource source : sources) {
          Element item = list.appendElement("li");
          item.appendElement("strong").text(HtmlText.line(source.name()));
          item.appendText(", quoted by " + source.quotedBy().size() + " of " + keys.size() + ": ");
          chips(item, source.quotedBy());
        }
      }
      if (story.quotes().isEmpty()) {
        none(part);
        return;
      }
      if (!story.primarySources().isEmpty()) {
        part.appendElement("h4").text("Who is quoted");
      }
      for (StoryReport.Quote quote : shown(part, story.quotes(), "quotes")) {
        Element figure = part.appendElement("figure").addClass("quote");
        figure.appendElement("blockquote").text("“" + HtmlText.line(quote.text()) + "”");
        Element caption = figure.appendElement("figcaption");
        caption.appendText("— ");
        caption.appendElement("strong").text(HtmlText.line(quote.speaker()));
        caption.appendText(", quoted by ");
        chips(caption, quote.articles());
        if (!quote.forms().isEmpty()) {
          Element details = figure.appendElement("details");
          details.appendElement("summary").text("Each article's words (" + quote.forms().size() + ")");
          forms(details, quote.forms());
        }
      }
    }

    private void variants(Element section) {
      Element part = part(section, "Variants", "variants");
      if (story.variants().isEmpty()) {
        none(part);
        return;
      }
      for (StoryReport.Variant variant : shown(part, story.variants(), "variants")) {
        part.appendElement("h4").text(HtmlText.line(variant.about()));
        forms(part, variant.forms());
      }
    }

    /** A list of each article's form of a quote or a name, in {@code parent}. */
    private void forms(Element parent, List<StoryReport.Form> forms) {
      List<StoryReport.Form> listed = shown(parent, forms, CHIPS, "articles' words");
      Element list = parent.appendElement("ul");
      for (StoryReport.Form form : listed) {
        Element item = list.appendElement("li");
        chip(item, form.article());
        item.appendText(" “" + HtmlText.line(form.text()) + "”");
      }
    }

    private void framing(Element section) {
      Element part = part(section, "Framing by outlet", "framing");
      List<StoryReport.Framing> framed =
          story.framing().stream().filter(f -> !f.terms().isEmpty()).toList();
      if (framed.isEmpty()) {
        none(part);
        return;
      }
      for (StoryReport.Framing framing : shown(part, framed, "articles' framing")) {
        Element box = part.appendElement("div").addClass("framing");
        Element heading = box.appendElement("h4");
        heading.appendElement("span").addClass("key").text(key(framing.article()));
        heading.appendText(" " + label(framing.article()));
        Element list = box.appendElement("ul");
        for (StoryReport.FramingTerm term : framing.terms()) {
          Element item = list.appendElement("li");
          item.appendElement("span").addClass("term").text(HtmlText.line(term.term()));
          item.appendText(" ");
          item.appendElement("span").addClass("badge").text(term.kind().jsonName());
          if (term.kind() != StoryReport.FramingKind.NAME) {
            item.appendText(String.format(Locale.ROOT, " %.2f", term.score()));
          }
          item.appendText(" — “" + HtmlText.line(term.sentence()) + "”");
        }
      }
    }

    /**
     * The links drawn as a graph of the story's articles in time order ({@link DerivationGraph}),
     * then listed, each from the earlier article to the one that derives from it.
     */
    private void derivations(Element section) {
      Element part = part(section, "Derivations: who is based on whom", "derivations");
      if (story.derivations().isEmpty()) {
        none(part);
        return;
      }
      part.appendElement("div")
          .addClass("graph-wrap")
          .appendChild(DerivationGraph.draw(keys, articles, story.derivations()));
      List<DerivationLink> links = shown(part, story.derivations(), "links");
      Element list = part.appendElement("ul").addClass("links");
      for (DerivationLink link : links) {
        Element item = list.appendElement("li");
        Element drawn = item.appendElement("div").addClass("link");
        chip(drawn, link.from());
        drawn.appendText(" ");
        drawn.appendElement("span")
            .addClass("arrow")
            .text(link.kind().jsonName() + String.format(Locale.ROOT, " %.2f →", link.score()));
        drawn.appendText(" ");
        chip(drawn, link.to());
        item.appendElement("div")
            .addClass("evidence")
            .text(label(link.to()) + " derives from " + label(link.from()) + ": "
                + HtmlText.line(link.evidence()));
      }
    }

    private void entities(Element section) {
      Element part = part(section, "Entities (" + story.entities().size() + ")", "entities");
      if (story.entities().isEmpty()) {
        none(part);
        return;
      }
      List<StoryReport.Entity> listed = shown(part, story.entities(), "entities");
      Element table = part.appendElement("table");
      Element head = table.appendElement("thead").appendElement("tr");
      for (String column : List.of("Name", "Type", "Also written", "Named by")) {
        head.appendElement("th").attr("scope", "col").text(column);
      }
      Element rows = table.appendElement("tbody");
      for (StoryReport.Entity entity : listed) {
        Element row = rows.appendElement("tr");
        row.appendElement("td").appendElement("strong").text(HtmlText.line(entity.name()));
        row.appendElement("td").text(entity.type().jsonName());
        row.appendElement("td")
            .text(String.join(", ", entity.aliases().stream().map(HtmlText::line).toList()));
        Element by = row.appendElement("td");
        List<String> naming = first(entity.articles(), CHIPS);
        by.attr("title", String.join(", ", naming.stream().map(this::label).toList()));
        for (String id : naming) {
          by.appendElement("span").addClass("key").text(key(id));
          by.appendText(" ");
        }
        if (entity.articles().size() > CHIPS) {
          by.appendText("and " + (entity.articles().size() - CHIPS) + " more");
        }
      }
    }

    private void timeline(Element section) {
      Element part = part(section, "Timeline", "timeline-part");
      if (story.timeline().isEmpty()) {
        none(part);
        return;
      }
      List<StoryReport.TimelineEvent> events = shown(part, story.timeline(), "events");
      part.appendElement("div")
          .addClass("timeline-wrap")
          .appendChild(TimelineDrawing.draw(events));
      Element list = part.appendElement("ol").addClass("timeline");
      for (StoryReport.TimelineEvent event : events) {
        Element item =
            list.appendElement("li").addClass(event.precision().name().toLowerCase(Locale.ROOT));
        item.appendElement("span").addClass("date").text(HtmlText.clip(event.date(), 40));
        item.appendText(" ");
        item.appendElement("span")
            .addClass("badge")
            .text(event.precision().name().toLowerCase(Locale.ROOT));
        item.appendText(" " + HtmlText.line(event.event()) + " ");
        chips(item, event.sources());
      }
    }

    /** An article as a chip: its number in the story and its outlet or source. */
    private void chip(Element parent, String id) {
      Element last = parent.children().isEmpty() ? null : parent.child(parent.childrenSize() - 1);
      if (last != null && last.hasClass("chip") && parent.childNode(parent.childNodeSize() - 1) == last) {
        parent.appendText(" "); // chips read apart when copied or printed as text
      }
      Element chip = parent.appendElement("span").addClass("chip");
      Integer key = keys.get(id);
      if (key != null) {
        chip.appendElement("span").addClass("key").text(Integer.toString(key));
        chip.appendText(" ");
      } else {
        chip.attr("title", "an article of another story");
      }
      chip.appendText(HtmlText.clip(label(id), 80));
    }

    private String key(String id) {
      Integer key = keys.get(id);
      return key == null ? "–" : Integer.toString(key);
    }

    /** An article as a reader knows it: its outlet, else its source. */
    private String label(String id) {
      Article article = articles.get(id);
      if (article == null) {
        return HtmlText.line(id);
      }
      return HtmlText.line(article.outlet().orElse(article.source()));
    }

    private String tooltip(String id) {
      Article article = articles.get(id);
      if (article == null) {
        return label(id);
      }
      List<String> parts = new ArrayList<>();
      parts.add(label(id));
      article.published().ifPresent(p -> parts.add(date(p)));
      article.title().ifPresent(t -> parts.add(HtmlText.clip(t, 200)));
      return String.join(" · ", parts);
    }
  }

  private static String date(Published published) {
    return published.iso().replace('T', ' ') + (published.inferred() ? " (inferred)" : "");
  }

  private static String count(int n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  private static String stylesheet() {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the classpath");
      }
      return "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSP source expression that allows exactly this inline text. */
  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
