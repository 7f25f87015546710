package org.storylens.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storylens.compare.LogOddsDistinctiveTerms;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * The web UI's own pages, built as jsoup DOMs so every article string is text, never markup: the
 * story list, an article with the spans extraction removed, the outlets, and an outlet's stories
 * and distinctive terms. A story's page is the HTML report ({@code HtmlReportWriter}) of that
 * story with the service's navigation on top.
 *
 * <p>Live updates: the story list, an outlet's page and a story's page load one script, the
 * service's own {@code /ui/live.js} ({@link #SCRIPT}); {@code <body>} tells it what the page shows
 * ({@code data-live}, {@code data-story}) and the library's change sequence it was made at
 * ({@code data-sequence}); the script asks {@code /api/changes} every few seconds and redraws the
 * page in place when a change concerns it. Without script, a meta refresh inside {@code
 * <noscript>} reloads the page every {@link #REFRESH_SECONDS} s (a story page every {@link
 * #STORY_REFRESH_SECONDS} s). The server sends a Content-Security-Policy that allows script only
 * from the service and no inline script; the story page keeps the report's own policy (its
 * stylesheet by hash), widened by that script and by the hash of the navigation's stylesheet.
 */
final class UiPages {

  /** How often the story list and outlet pages reload themselves when script is off. */
  static final int REFRESH_SECONDS = 30;

  /** How often a story page reloads itself when script is off: less often, it is being read. */
  static final int STORY_REFRESH_SECONDS = 120;

  /** Where the live-update script is served. */
  static final String SCRIPT = "/ui/live.js";

  /** The policy every UI page is sent with. */
  static final String POLICY =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline';"
          + " img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** What the service adds to every page: its navigation, the live notice, new items marked. */
  private static final String SERVICE_STYLE =
      "nav.service{font-size:.9em}nav.service ul{margin:.3em 0 1em;padding-left:1.2em}"
          + ".live-notice{position:sticky;top:0;z-index:5;background:#eef4ff;border:1px solid #9bb8e8;"
          + "border-radius:4px;padding:.4em .8em;margin:.5em 0}"
          + ".fresh{background:#fff3b0;border-radius:3px}";

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1b1f24}"
          + "a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}"
          + "li{margin:.4em 0}.meta{color:#5b6470;font-size:.9em}"
          + ".removed{background:#fff4e5;border-left:3px solid #e0a040;padding:.2em .6em;margin:.3em 0;"
          + "font-size:.9em;color:#5b4a2f;white-space:pre-wrap}"
          + "p.text{white-space:pre-wrap}"
          + "table.terms{border-collapse:collapse}table.terms td.example{font-size:.88em}table.terms th,table.terms td{padding:.2em .7em;"
          + "border-bottom:1px solid #e3e6ea;text-align:left}table.terms td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}"
          + SERVICE_STYLE;

  private UiPages() {}

  /** How many stories one page of a list shows. */
  static final int LIST_PAGE = 50;

  /**
   * Page {@code number} (from 1) of the stories, newest change first; live. Links to the pages
   * before and after go to {@code base} with {@code ?page=}.
   */
  static String storyList(
      String heading, StoryLibrary.Page stories, int number, String base, long sequence) {
    Document page = page(heading);
    live(page, "list", "", sequence, REFRESH_SECONDS);
    Element body = page.body();
    body.appendElement("h1").text(heading);
    body.appendElement("p").appendElement("a").attr("href", "/paste").addClass("paste-link").text("Paste an article");
    body.appendElement("p").addClass("meta").text(
        count(stories.total(), "story", "stories") + shown(stories, number)
            + "; new stories and articles appear here as they arrive");
    stories(body, stories, number, base);
    return page.outerHtml();
  }

  /** Every outlet with its counts, most articles first. */
  static String outlets(List<OutletIndex.Outlet> outlets, long sequence) {
    Document page = page("Outlets");
    live(page, "list", "", sequence, REFRESH_SECONDS);
    Element body = page.body();
    body.appendElement("h1").text("Outlets");
    body.appendElement("p").addClass("meta").text(count(outlets.size(), "outlet", "outlets"));
    Element list = body.appendElement("ol").addClass("outlets");
    for (OutletIndex.Outlet outlet : outlets) {
      Element item = list.appendElement("li");
      item.appendElement("a").attr("href", outletPath(outlet.name())).text(outlet.name());
      item.appendElement("span").addClass("meta").text(
          " · " + count(outlet.articles(), "article", "articles") + " in "
              + count(outlet.stories(), "story", "stories"));
    }
    return page.outerHtml();
  }

  /** An outlet: its counts, its distinctive terms and the stories it covered; live. */
  static String outlet(
      OutletIndex.Outlet outlet,
      List<OutletIndex.OutletTerm> terms,
      StoryLibrary.Page stories,
      int number,
      long sequence) {
    Document page = page(outlet.name());
    live(page, "list", "", sequence, REFRESH_SECONDS);
    Element body = page.body();
    body.appendElement("h1").text(outlet.name());
    body.appendElement("p").addClass("meta").text(
        count(outlet.articles(), "article", "articles") + " in " + count(outlet.stories(), "story", "stories"));
    body.appendElement("h2").text("Distinctive terms");
    body.appendElement("p").addClass("meta").text(
        "Words and two-word phrases this outlet uses much more than the rest of the library: the"
            + " z-score of their log-odds ratio with an informative Dirichlet prior (Monroe,"
            + " Colaresi and Quinn 2008), from 1.96, in at least two of its articles (one while it"
            + " has one). Names and numbers are left out.");
    if (terms.isEmpty()) {
      body.appendElement("p").addClass("none").text(
          "None yet: the outlet uses no word much more than the others (or the library is still small).");
    } else {
      Element table = body.appendElement("table").addClass("terms");
      Element head = table.appendElement("thead").appendElement("tr");
      for (String column : List.of("Term", "Uses here", "Its articles", "Uses elsewhere", "z", "Latest use")) {
        head.appendElement("th").attr("scope", "col").text(column);
      }
      Element rows = table.appendElement("tbody");
      for (OutletIndex.OutletTerm found : terms) {
        LogOddsDistinctiveTerms.Term term = found.term();
        Element row = rows.appendElement("tr");
        row.appendElement("td").addClass("term").text(term.term());
        row.appendElement("td").addClass("num").text(Integer.toString(term.count()));
        row.appendElement("td").addClass("num").text(Integer.toString(term.texts()));
        row.appendElement("td").addClass("num").text(Integer.toString(term.rest()));
        row.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.2f", term.z()));
        Element example = row.appendElement("td").addClass("example");
        found.article().ifPresent(id ->
            example.appendElement("a").attr("href", "/articles/" + id).text("“" + found.sentence().orElse("") + "”"));
      }
    }
    body.appendElement("h2").text("Stories covered by " + outlet.name());
    if (stories.total() > LIST_PAGE) {
      body.appendElement("p").addClass("meta").text(count(stories.total(), "story", "stories") + shown(stories, number));
    }
    stories(body, stories, number, outletPath(outlet.name()));
    return page.outerHtml();
  }

  static String article(Article article, String storyId) {
    Document page = page(article.title().orElse("Article"));
    Element body = page.body();
    body.appendElement("p").appendElement("a").attr("href", "/stories/" + storyId).text("← its story");
    body.appendElement("h1").text(article.title().orElse("(untitled)"));
    Element meta = body.appendElement("p").addClass("meta");
    article.outlet().ifPresent(o -> meta.appendElement("a").attr("href", outletPath(o)).text(o));
    meta.appendText(
        article.published().map(p -> " · " + date(p)).orElse("")
            + article.byline().map(b -> " · " + b).orElse("")
            + " · " + article.source());
    for (String paragraph : article.text().split("\\n\\s*\\n")) {
      body.appendElement("p").addClass("text").text(paragraph);
    }
    body.appendElement("h2").text("Removed by extraction (" + article.removed().size() + ")");
    for (String removed : article.removed()) {
      body.appendElement("div").addClass("removed").text(removed);
    }
    return page.outerHtml();
  }

  /**
   * A story's report page with the service's navigation on top (back to all stories, each of the
   * story's articles as a link to its own page), made live: the report's policy is widened by the
   * service's script and its navigation's stylesheet, nothing else.
   */
  static String story(String reportPage, String storyId, List<Article> articles, long sequence) {
    Document page = org.jsoup.Jsoup.parse(reportPage);
    Element policy = page.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
    if (policy != null) {
      policy.attr(
          "content",
          policy.attr("content")
              .replace("style-src ", "script-src 'self'; connect-src 'self'; style-src '"
                  + sha256(SERVICE_STYLE) + "' "));
    }
    page.head().appendElement("style").appendChild(new DataNode(SERVICE_STYLE));
    live(page, "story", storyId, sequence, STORY_REFRESH_SECONDS);
    page.body().attr("data-articles", Integer.toString(articles.size()));
    Element nav = page.body().prependElement("nav").addClass("service");
    nav.appendElement("a").attr("href", "/").text("StoryLens · all stories");
    nav.appendText(" · ");
    nav.appendElement("a").attr("href", "/outlets").text("outlets");
    Element list = nav.appendElement("ul");
    for (Article article : articles) {
      Element item = list.appendElement("li");
      item.appendElement("a")
          .attr("href", "/articles/" + article.id())
          .addClass("article-link")
          .text(article.outlet().orElse(article.source()) + ": " + article.title().orElse("(untitled)"));
      article.outlet().ifPresent(o -> {
        item.appendText(" · ");
        item.appendElement("a").attr("href", outletPath(o)).addClass("outlet-link").text("outlet");
      });
    }
    return page.outerHtml();
  }

  /** The path of an outlet's page; the name is a path segment, every reserved character escaped. */
  static String outletPath(String outlet) {
    return "/outlets/" + URLEncoder.encode(outlet, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Which of a list's stories a page shows, as "; 51–100 shown", or nothing for all of them. */
  private static String shown(StoryLibrary.Page stories, int number) {
    long first = (long) (number - 1) * LIST_PAGE + 1;
    if (stories.stories().size() == stories.total()) {
      return "";
    }
    return stories.stories().isEmpty()
        ? "; none on page " + number
        : "; " + first + "–" + (first + stories.stories().size() - 1) + " shown";
  }

  /** One page of stories, numbered from where the page starts, and links to the pages around it. */
  private static void stories(Element body, StoryLibrary.Page stories, int number, String base) {
    long first = (long) (number - 1) * LIST_PAGE + 1;
    Element list = body.appendElement("ol").addClass("stories").attr("start", Long.toString(first));
    for (StoryLibrary.Summary story : stories.stories()) {
      Element item = list.appendElement("li");
      item.appendElement("a").attr("href", "/stories/" + story.id()).text(story.title());
      item.appendElement("span").addClass("meta").text(
          " · " + count(story.articles(), "article", "articles") + " from "
              + count(story.outlets(), "outlet", "outlets")
              + story.last().map(d -> " · latest " + d.replace('T', ' ')).orElse(""));
    }
    boolean before = number > 1;
    boolean after = first - 1 + stories.stories().size() < stories.total();
    if (before || after) {
      Element pager = body.appendElement("p").addClass("meta pager");
      if (before) {
        pager.appendElement("a").attr("rel", "prev").attr("href", base + "?page=" + (number - 1)).text("← newer");
      }
      if (after) {
        pager.appendText(" ");
        pager.appendElement("a").attr("rel", "next").attr("href", base + "?page=" + (number + 1)).text("older →");
      }
    }
  }

  /** The script, what it watches, and the reload for a browser that runs no script. */
  private static void live(Document page, String kind, String storyId, long sequence, int refreshSeconds) {
    page.head().appendElement("script").attr("src", SCRIPT).attr("defer", true);
    page.head().appendElement("noscript")
        .appendElement("meta").attr("http-equiv", "refresh").attr("content", Integer.toString(refreshSeconds));
    page.body().attr("data-live", kind).attr("data-sequence", Long.toString(sequence));
    if (!storyId.isEmpty()) {
      page.body().attr("data-story", storyId);
    }
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String date(Published published) {
    return published.iso().replace('T', ' ') + (published.inferred() ? " (inferred)" : "");
  }

  private static Document page(String title) {
    Document page = Document.createShell("");
    page.outputSettings().prettyPrint(true);
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(Objects.requireNonNull(title, "title") + " · StoryLens");
    head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
    head.appendElement("style").appendChild(new DataNode(STYLE));
    Element nav = page.body().appendElement("nav").addClass("service");
    nav.appendElement("a").attr("href", "/").text("StoryLens · all stories");
    nav.appendText(" · ");
    nav.appendElement("a").attr("href", "/outlets").text("outlets");
    return page;
  }

  /** The CSP source expression that allows exactly this inline text. */
  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
