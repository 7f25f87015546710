package org.storylens.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page declares about itself outside its visible text: {@code <meta>} tags,
 * JSON-LD scripts, {@code <time>} elements, the document language, title and canonical address.
 * Only reads: the document is never modified. Stateless and thread-safe.
 */
public final class PageSignalsReader {

  /** Attributes that name a meta tag, in the order they are tried. */
  private static final List<String> META_KEYS = List.of("name", "property", "itemprop");

  public PageSignalsReader() {}

  /** The signals of {@code page}. */
  public PageSignals read(Document page) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (Element element : page.select("meta[content]")) {
      String content = element.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : META_KEYS) {
        String key = element.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          meta.putIfAbsent(key, content);
        }
      }
    }
    List<String> jsonLd = new ArrayList<>();
    for (Element script : page.select("script[type]")) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        String data = script.data().strip();
        if (!data.isEmpty()) {
          jsonLd.add(data);
        }
      }
    }
    List<String> times = new ArrayList<>();
    for (Element time : page.select("time")) {
      String value = time.attr("datetime").strip();
      if (value.isEmpty()) {
        value = time.text().strip();
      }
      if (!value.isEmpty()) {
        times.add(value);
      }
    }
    Optional<String> lang =
        Optional.ofNullable(page.selectFirst("html[lang]"))
            .map(html -> html.attr("lang").strip())
            .filter(s -> !s.isEmpty());
    Optional<String> title =
        Optional.ofNullable(page.selectFirst("title"))
            .map(Element::text)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    return new PageSignals(meta, jsonLd, times, lang, title, canonical(page, meta));
  }

  private static Optional<String> canonical(Document page, Map<String, String> meta) {
    for (Element link : page.select("link[rel][href]")) {
      if (link.attr("rel").strip().equalsIgnoreCase("canonical")) {
        String absolute = link.absUrl("href");
        String href = absolute.isEmpty() ? link.attr("href").strip() : absolute;
        if (!href.isEmpty()) {
          return Optional.of(href);
        }
      }
    }
    return Optional.ofNullable(meta.get("og:url"));
  }
}
