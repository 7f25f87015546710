package org.storylens.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storylens.extract.TextBlock;

/**
 * What every {@link HtmlContentExtractor} must do, whatever its method. An implementation's test
 * extends this class and supplies the extractor.
 */
abstract class HtmlContentExtractorContract {

  protected abstract HtmlContentExtractor extractor();

  static final String ARTICLE =
      "<html><head><title>Rain returns to the valley | Example Times</title></head><body>"
          + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
          + "<article><h1>Rain returns to the valley</h1>"
          + "<p>After four dry months, steady rain fell across the valley on Tuesday, filling"
          + " reservoirs that had dropped to their lowest level in a decade, officials said.</p>"
          + "<p>Farmers, who had warned of failed harvests, welcomed the change, although"
          + " forecasters cautioned that one wet week would not end the drought.</p>"
          + "<p>The water authority said it would keep restrictions in place until the end of"
          + " the month, and review them after measuring the reservoirs again.</p>"
          + "</article><footer>© Example Times. All rights reserved.</footer></body></html>";

  @Test
  void leavesTheCallersDocumentUnchanged() {
    Document page = Jsoup.parse(ARTICLE);
    String before = page.outerHtml();

    extractor().extract(page);

    assertThat(page.outerHtml()).isEqualTo(before);
  }

  @Test
  void findsTheArticleTextWithoutTheHeadline() {
    HtmlContent content = extractor().extract(Jsoup.parse(ARTICLE));

    assertThat(content.title()).contains("Rain returns to the valley");
    assertThat(content.blocks())
        .extracting(TextBlock::text)
        .anySatisfy(text -> assertThat(text).startsWith("After four dry months"))
        .noneSatisfy(text -> assertThat(text).isEqualTo("Rain returns to the valley"));
  }

  @Test
  void anEmptyPageGivesNoBlocks() {
    assertThat(extractor().extract(Jsoup.parse("")).blocks()).isEmpty();
    assertThat(extractor().extract(Jsoup.parse("<html><body></body></html>")).blocks()).isEmpty();
    assertThat(extractor().extract(new Document("")).blocks()).isEmpty();
  }

  @Test
  void survivesAPageNested100000LevelsDeep() {
    Element paragraph =
        new Element("p")
            .text(
                "At the bottom of a very deep page there is still a sentence, long enough to"
                    + " count as a paragraph of prose, with a comma or two, for the extractor.");
    Document page = nestedPage(paragraph, 100_000);

    assertThatCode(() -> extractor().extract(page)).doesNotThrowAnyException();
  }

  /**
   * A page whose body holds {@code content} inside {@code depth} nested elements. Built from the
   * inside out, because jsoup's {@code appendElement} looks up the ancestors on every call and
   * would make the fixture itself quadratic.
   */
  static Document nestedPage(Element content, int depth) {
    Element at = content;
    for (int i = 0; i < depth; i++) {
      Element wrapper = new Element(i % 2 == 0 ? "div" : "span");
      wrapper.appendChild(at);
      at = wrapper;
    }
    Document page = Document.createShell("");
    page.body().appendChild(at);
    return page;
  }

  @Test
  void survivesADeeplyNestedParsedPage() {
    String html =
        "<div>".repeat(100_000) + "<p>Deep text, with a comma.</p>" + "</div>".repeat(100_000);

    assertThatCode(() -> extractor().extract(Jsoup.parse(html))).doesNotThrowAnyException();
  }
}
