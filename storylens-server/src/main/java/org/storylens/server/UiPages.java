package org.storylens.server;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * The web UI's own pages, built as jsoup DOMs so every article string is text, never markup: the
 * story list (it reloads itself every {@link #REFRESH_SECONDS} s so new stories and articles
 * appear without a manual reload), an article with the spans extraction removed, and an outlet's
 * stories. A story's page is the HTML report ({@code HtmlReportWriter}) of that story. Pages load
 * nothing and run no script; the server sends a Content-Security-Policy that allows only their
 * inline style.
 */
final class UiPages {

  /** How often the story list reloads itself. */
  static final int REFRESH_SECONDS = 30;

  /** The policy every UI page is sent with. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1b1f24}"
          + "a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}"
          + "li{margin:.4em 0}.meta{color:#5b6470;font-size:.9em}"
          + ".removed{background:#fff4e5;border-left:3px solid #e0a040;padding:.2em .6em;margin:.3em 0;"
          + "font-size:.9em;color:#5b4a2f;white-space:pre-wrap}"
          + "p.text{white-space:pre-wrap}";

  private UiPages() {}

  static String storyList(String heading, List<StoryLibrary.Summary> stories, boolean refresh) {
    Document page = page(heading);
    if (refresh) {
      page.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", String.valueOf(REFRESH_SECONDS));
    }
    Element body = page.body();
    body.appendElement("h1").text(heading);
    body.appendElement("p").appendElement("a").attr("href", "/paste").addClass("paste-link").text("Paste an article");
    body.appendElement("p").addClass("meta").text(
        stories.size() + (stories.size() == 1 ? " story" : " stories")
            + (refresh ? "; this page reloads every " + REFRESH_SECONDS + " s" : ""));
    Element list = body.appendElement("ol");
    for (StoryLibrary.Summary story : stories) {
      Element item = list.appendElement("li");
      item.appendElement("a").attr("href", "/stories/" + story.id()).text(story.title());
      item.appendElement("span").addClass("meta").text(
          " · " + story.articles() + (story.articles() == 1 ? " article" : " articles") + " from "
              + story.outlets() + (story.outlets() == 1 ? " outlet" : " outlets")
              + story.last().map(d -> " · latest " + d.replace('T', ' ')).orElse(""));
    }
    return page.outerHtml();
  }

  static String article(Article article, String storyId) {
    Document page = page(article.title().orElse("Article"));
    Element body = page.body();
    body.appendElement("p").appendElement("a").attr("href", "/stories/" + storyId).text("← its story");
    body.appendElement("h1").text(article.title().orElse("(untitled)"));
    Element meta = body.appendElement("p").addClass("meta");
    article.outlet().ifPresent(o -> meta.appendElement("a").attr("href", "/outlets/" + o).text(o));
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
   * A story's report page with the service's navigation on top: back to all stories, and each of
   * the story's articles as a link to its own page (text and removed spans).
   */
  static String withArticleLinks(String reportPage, List<Article> articles) {
    Document page = org.jsoup.Jsoup.parse(reportPage);
    Element nav = page.body().prependElement("nav").addClass("service");
    nav.appendElement("a").attr("href", "/").text("StoryLens · all stories");
    Element list = nav.appendElement("ul");
    for (Article article : articles) {
      Element item = list.appendElement("li");
      item.appendElement("a")
          .attr("href", "/articles/" + article.id())
          .addClass("article-link")
          .text(article.outlet().orElse(article.source()) + ": " + article.title().orElse("(untitled)"));
    }
    return page.outerHtml();
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
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
    page.body().appendElement("nav").appendElement("a").attr("href", "/").text("StoryLens · all stories");
    return page;
  }
}
