package org.storylens.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storylens.extract.TextBlock;

class DomBoilerplateExtractorTest extends HtmlContentExtractorContract {

  private static final String FIRST =
      "The city council voted on Monday to close the old bridge to cars, ending months of debate"
          + " about the cost of repairs and the future of the river crossing.";
  private static final String SECOND =
      "Engineers had warned in a report last spring that the bridge, built in 1932, could no"
          + " longer carry heavy traffic safely, and that a full repair would take two years.";
  private static final String THIRD =
      "Cyclists and pedestrians will still be able to use the bridge, the council said, while a"
          + " design competition for a replacement opens next month.";

  private final DomBoilerplateExtractor extractor = new DomBoilerplateExtractor();

  @Override
  protected HtmlContentExtractor extractor() {
    return extractor;
  }

  private static String page(String headExtra, String beforeArticle, String article, String after) {
    return "<html><head><title>Council closes old bridge to cars | The Daily Example</title>"
        + headExtra
        + "</head><body>"
        + beforeArticle
        + "<div class='story'><h1>Council closes old bridge to cars</h1>"
        + article
        + "</div>"
        + after
        + "</body></html>";
  }

  private static String paragraphs() {
    return "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>";
  }

  private List<String> texts(String html) {
    return extractor.extract(Jsoup.parse(html)).blocks().stream().map(TextBlock::text).toList();
  }

  @Test
  void dropsNavigationMenus() {
    HtmlContent content =
        extractor.extract(
            Jsoup.parse(
                page(
                    "",
                    "<nav><ul><li><a href='/'>Home</a></li><li><a"
                        + " href='/news'>News</a></li></ul></nav><div class='main-menu'><a"
                        + " href='/a'>Politics</a> <a href='/b'>Business</a></div>",
                    paragraphs(),
                    "")));

    assertThat(content.blocks()).extracting(TextBlock::text).containsExactly(FIRST, SECOND, THIRD);
    assertThat(content.removed()).contains("Home News", "Politics Business");
  }

  @Test
  void dropsShareBarsAndSocialLinks() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<div class='share-bar'><a href='#'>Facebook</a><a href='#'>Twitter</a>"
                    + "<span>Share this article</span></div>"
                    + paragraphs()
                    + "<ul class='social-links'><li><a href='#'>Follow us on"
                    + " Instagram</a></li></ul><div class='x7f3a' aria-label='Share this"
                    + " story'><span>Copy the link to this story and send it to a friend who cares"
                    + " about bridges</span></div>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsCookieBannersAndNewsletterBoxes() {
    List<String> texts =
        texts(
            page(
                "",
                "<div id='cookie-consent'><p>We use cookies to improve your experience on our"
                    + " site, to analyse traffic and to show you personalised content.</p>"
                    + "<button>Accept</button></div>",
                paragraphs()
                    + "<div class='newsletter-signup'><h3>Get the morning briefing</h3><p>Sign up"
                    + " for our free newsletter and receive the top stories of the day in your"
                    + " inbox every morning.</p><form><input type='email'></form></div>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsFigureCaptionsAndCredits() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<p>"
                    + FIRST
                    + "</p><figure><img src='b.jpg'><figcaption>The old bridge at dusk,"
                    + " seen from the east bank of the river. Photo: Jane Doe</figcaption></figure>"
                    + "<p>"
                    + SECOND
                    + "</p><p class='photo-credit'>Image courtesy of the city"
                    + " archive and its many volunteers</p><p>"
                    + THIRD
                    + "</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsRelatedLinksAndCommentSections() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                paragraphs()
                    + "<div class='related-stories'><h2>Related</h2><ul><li><a href='/1'>Mayor"
                    + " promises new bridge within five years of the vote</a></li><li><a"
                    + " href='/2'>Traffic jams expected as drivers look for other routes</a></li>"
                    + "</ul></div><section id='comments'><h2>12 comments</h2><div"
                    + " class='comment'><p>I have crossed that bridge every day for thirty years"
                    + " and it was always fine, this is a waste of money, they should just fix"
                    + " it.</p></div></section>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsTeaserListsOfLinksWithoutNames() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                paragraphs()
                    + "<ul><li><a href='/1'>Mayor promises a new bridge within five years of the"
                    + " vote, says the money is there</a></li><li><a href='/2'>Traffic jams"
                    + " expected as drivers look for other routes into the city"
                    + " centre</a></li></ul>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void keepsSubheadsListsAndQuotesInReadingOrder() {
    HtmlContent content =
        extractor.extract(
            Jsoup.parse(
                page(
                    "",
                    "",
                    "<p>"
                        + FIRST
                        + "</p><h2>What happens next</h2><p>"
                        + SECOND
                        + "</p>"
                        + "<ul><li>Buses will take a new route through the north of the city.</li>"
                        + "<li>Parking near the bridge will be free for residents.</li></ul>"
                        + "<blockquote><p>We had no other choice, given the state of the steel,"
                        + " said the mayor.</p></blockquote><p>"
                        + THIRD
                        + "</p>",
                    "")));

    assertThat(content.blocks())
        .containsExactly(
            TextBlock.paragraph(FIRST),
            new TextBlock("What happens next", TextBlock.Kind.HEADING),
            TextBlock.paragraph(SECOND),
            new TextBlock(
                "Buses will take a new route through the north of the city.",
                TextBlock.Kind.LIST_ITEM),
            new TextBlock(
                "Parking near the bridge will be free for residents.", TextBlock.Kind.LIST_ITEM),
            new TextBlock(
                "We had no other choice, given the state of the steel, said the mayor.",
                TextBlock.Kind.QUOTE),
            TextBlock.paragraph(THIRD));
  }

  @Test
  void dropsHiddenElements() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<p>"
                    + FIRST
                    + "</p><div style='display: none'><p>This paragraph is hidden from"
                    + " readers and only shown by a script that never runs here.</p></div>"
                    + "<p hidden>Another hidden paragraph that a reader never sees on the page.</p>"
                    + "<p>"
                    + SECOND
                    + "</p><p>"
                    + THIRD
                    + "</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsFurnitureLinesInsideTheArticle() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<p>"
                    + FIRST
                    + "</p><p>Advertisement</p><p>"
                    + SECOND
                    + "</p>"
                    + "<p><a href='/more'>Read more</a></p><p>"
                    + THIRD
                    + "</p>"
                    + "<p>Council closes old bridge to cars</p>"
                    + "<p>Jane Doe contributed reporting from the riverside.</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void keepsBareTextInDivs() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<div class='body'>"
                    + FIRST
                    + "<br><br>"
                    + SECOND
                    + "<div class='ad'>Sponsored"
                    + " links</div>"
                    + THIRD
                    + "</div>",
                ""));

    assertThat(String.join(" ", texts)).contains(FIRST, SECOND, THIRD).doesNotContain("Sponsored");
  }

  @Test
  void takesTheHeadlineFromTheMatchingH1() {
    HtmlContent content =
        extractor.extract(
            Jsoup.parse(
                page(
                    "<meta property='og:title' content='Council closes old bridge to cars'>",
                    "<div class='logo'><h1>The Daily Example</h1></div>",
                    paragraphs(),
                    "")));

    assertThat(content.title()).contains("Council closes old bridge to cars");
    assertThat(content.blocks()).extracting(TextBlock::text).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void cutsTheSiteNameFromTheDocumentTitleWhenThereIsNoH1() {
    String html =
        "<html><head><title>Council closes old bridge to cars | The Daily Example</title></head>"
            + "<body><div>"
            + paragraphs()
            + "</div></body></html>";

    assertThat(extractor.extract(Jsoup.parse(html)).title())
        .contains("Council closes old bridge to cars");
  }

  @Test
  void findsTheArticleInMalformedMarkup() {
    String html =
        "<html><body><div class=content><p>"
            + FIRST
            + "<p>"
            + SECOND
            + "</b></i><div><p>"
            + THIRD
            + "</span></table>";

    assertThat(String.join(" ", texts(html))).contains(FIRST, SECOND, THIRD);
  }

  @Test
  void aPageOfOnlyNavigationGivesNoBlocks() {
    String html =
        "<html><body><header><a href='/'>Example</a></header><nav><ul>"
            + "<li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li>"
            + "<li><a href='/c'>Weather</a></li></ul></nav>"
            + "<div class='menu'><a href='/d'>About us</a> <a href='/e'>Contact</a></div>"
            + "<footer>Copyright 2024</footer></body></html>";

    HtmlContent content = extractor.extract(Jsoup.parse(html));

    assertThat(content.blocks()).isEmpty();
    assertThat(content.removed()).isNotEmpty();
  }

  @Test
  void aPageThatIsNotAnArticleGivesAtMostItsText() {
    String html =
        "<html><body><table><tr><td><a href='/1'>Login</a></td><td><a href='/2'>Register</a>"
            + "</td></tr></table></body></html>";

    assertThat(extractor.extract(Jsoup.parse(html)).blocks()).isEmpty();
  }

  @Test
  void recordsRemovedSpansInPageOrderAndBounded() {
    String longMenu = "<a href='#'>item</a> ".repeat(1000);
    DomBoilerplateExtractor bounded =
        new DomBoilerplateExtractor(DomBoilerplateConfig.defaults().withMaxRemovedSpanLength(50));

    HtmlContent content =
        bounded.extract(
            Jsoup.parse(
                page("", "<nav>" + longMenu + "</nav>", paragraphs(), "<footer>Bottom</footer>")));

    assertThat(content.removed())
        .first()
        .satisfies(span -> assertThat(span).hasSizeLessThanOrEqualTo(51));
    assertThat(content.removed()).last().isEqualTo("Bottom");
  }

  @Test
  void capsTheNumberOfRemovedSpans() {
    String manyAsides = "<aside>aside text</aside>".repeat(100);
    DomBoilerplateExtractor bounded =
        new DomBoilerplateExtractor(DomBoilerplateConfig.defaults().withMaxRemovedSpans(10));

    HtmlContent content = bounded.extract(Jsoup.parse(page("", manyAsides, paragraphs(), "")));

    assertThat(content.removed()).hasSize(10);
  }

  @Test
  void findsTheArticleInsideTheDeepestOfManyWrappers() {
    Element article = new Element("div");
    article.append(paragraphs());
    Document page = nestedPage(article, 100_000);

    assertThat(extractor.extract(page).blocks())
        .extracting(TextBlock::text)
        .containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void keepsAWrapperNamedLikeFurnitureWhenItHoldsTheArticle() {
    String html =
        "<html><body><div class='widget blog-posts'><h1>Council closes old bridge to cars</h1>"
            + "<div class='post-body'>"
            + FIRST
            + "<br><br>"
            + SECOND
            + "<br><br>"
            + THIRD
            + "</div></div><div class='sidebar'><a href='/x'>Archive</a></div></body></html>";

    assertThat(String.join(" ", texts(html))).contains(FIRST, SECOND, THIRD);
  }

  @Test
  void keepsAStoryWrappedInALayoutTag() {
    String html =
        "<html><body><nav><a href='/'>Home</a></nav><header class='story'><h1>Council closes"
            + " old bridge to cars</h1>"
            + paragraphs()
            + "</header><footer>About us</footer>"
            + "</body></html>";

    assertThat(texts(html)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void joinsAStorySplitIntoSectionsAroundFigures() {
    String html =
        "<html><body><div class='layout'><section><div class='inner'><p>"
            + FIRST
            + "</p></div>"
            + "</section><figure><img src='a.jpg'><figcaption>A caption</figcaption></figure>"
            + "<section><div class='inner'><p>"
            + SECOND
            + "</p><p>"
            + THIRD
            + "</p></div>"
            + "</section></div><div class='links'><a href='/1'>One</a></div></body></html>";

    assertThat(texts(html)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void dropsBylinesAndDatelinesButKeepsSentencesThatStartAlike() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<p>By Jane Doe and John Roe</p><p>Published 12 March 2024, 10:15</p>"
                    + "<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>"
                    + paragraphs()
                    + "<p>By Monday, the bridge was closed.</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, SECOND, THIRD, "By Monday, the bridge was closed.");
  }

  @Test
  void keepsDatesInsideSentencesButDropsTimestampBlocks() {
    String sentence =
        "The bridge will close on Monday, the council said, and reopen for cyclists soon after.";
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<div class='date'>Tuesday</div><p>" + FIRST + "</p>"
                    + "<p>The bridge will close on <span class='date'>Monday</span>, the council"
                    + " said, and reopen for cyclists soon after.</p><p>" + SECOND + "</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, sentence, SECOND);
  }

  @Test
  void keepsSubheadsThatAreLinks() {
    List<String> texts =
        texts(
            page(
                "",
                "",
                "<p>"
                    + FIRST
                    + "</p><h3><a href='/shop/lamp'>Desk lamp with a clamp</a></h3><p>"
                    + SECOND
                    + "</p><p>"
                    + THIRD
                    + "</p>",
                ""));

    assertThat(texts).containsExactly(FIRST, "Desk lamp with a clamp", SECOND, THIRD);
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> DomBoilerplateConfig.defaults().withMaxLinkDensity(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DomBoilerplateConfig.defaults().withShortBlockWords(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
