package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageSignalsReaderTest {

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en-GB"><head>
      <title>Port strike ends | Harbor Times</title>
      <meta property="og:site_name" content="Harbor Times">
      <meta property="OG:Title" content="Port strike ends after nine days">
      <meta name="author" content="Ana Ruiz">
      <meta name="author" content="Someone Else">
      <meta itemprop="datePublished" content="2024-05-01T08:00:00+01:00">
      <meta name="empty" content="">
      <link rel="canonical" href="/news/port-strike">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends"}</script>
      <script>var notJsonLd = 1;</script>
      </head><body>
      <p>Posted <time datetime="2024-05-01T08:00">1 May</time> and <time>2 May 2024</time></p>
      </body></html>
      """;

  @Test
  void readsDeclaredSignalsWithoutChangingThePage() {
    Document page = Jsoup.parse(PAGE, "https://harbortimes.example/");
    String before = page.outerHtml();
    PageSignals signals = new PageSignalsReader().read(page);

    assertThat(signals.meta())
        .containsEntry("og:site_name", "Harbor Times")
        .containsEntry("og:title", "Port strike ends after nine days")
        .containsEntry("author", "Ana Ruiz")
        .containsEntry("datepublished", "2024-05-01T08:00:00+01:00")
        .doesNotContainKey("empty");
    assertThat(signals.jsonLd()).containsExactly("{\"@type\":\"NewsArticle\",\"headline\":\"Port strike ends\"}");
    assertThat(signals.timeElements()).containsExactly("2024-05-01T08:00", "2 May 2024");
    assertThat(signals.htmlLang()).contains("en-GB");
    assertThat(signals.documentTitle()).contains("Port strike ends | Harbor Times");
    assertThat(signals.canonicalUrl()).contains("https://harbortimes.example/news/port-strike");
    assertThat(page.outerHtml()).isEqualTo(before);
  }

  @Test
  void fallsBackToOgUrlAndHandlesABarePage() {
    Document page =
        Jsoup.parse("<html><head><meta property='og:url' content='https://x.example/a'></head></html>");
    PageSignals signals = new PageSignalsReader().read(page);
    assertThat(signals.canonicalUrl()).contains("https://x.example/a");
    assertThat(signals.htmlLang()).isEmpty();
    assertThat(signals.documentTitle()).isEmpty();
    assertThat(new PageSignalsReader().read(Jsoup.parse("")).meta()).isEmpty();
  }
}
