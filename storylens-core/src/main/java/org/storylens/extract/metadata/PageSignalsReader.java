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

  /** The elements the signals come from, in document order, gathered in one walk of the page. */
  private static final class Sources {
    final List<Element> metas = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    Element html;
    Element title;

    /**
     * What {@code select("meta[content]")}, {@code "script[type]"}, {@code "time"}, {@code
     * "link[rel][href]"} and {@code selectFirst("html[lang]")}, {@code "title"} would give, in one
     * pass instead of six over every element of the page.
     */
    Sources(Document page) {
      for (Element element : page.getAllElements()) {
        switch (element.normalName()) {
          case "meta" -> {
            if (element.hasAttr("content")) {
              metas.add(element);
            }
          }
          case "script" -> {
            if (element.hasAttr("type")) {
              scripts.add(element);
            }
          }
          case "time" -> times.add(element);
          case "link" -> {
            if (element.hasAttr("rel") && element.hasAttr("href")) {
              links.add(element);
            }
          }
          case "html" -> {
            if (html == null && element.hasAttr("lang")) {
              html = element;
            }
          }
          case "title" -> {
            if (title == null) {
              title = element;
            }
          }
          default -> {
            // no signal in other elements
          }
        }
      }
    }
  }

  /** The signals of {@code page}. */
  public PageSignals read(Document page) {
    Sources sources = new Sources(page);
    Map<String, String> meta = new LinkedHashMap<>();
    for (Element element : sources.metas) {
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
    for (Element script : sources.scripts) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        String data = script.data().strip();
        if (!data.isEmpty()) {
          jsonLd.add(data);
        }
      }
    }
    List<String> times = new ArrayList<>();
    for (Element time : sources.times) {
      String value = time.attr("datetime").strip();
      if (value.isEmpty()) {
        value = time.text().strip();
      }
      if (!value.isEmpty()) {
        times.add(value);
      }
    }
    Optional<String> lang =
        Optional.ofNullable(sources.html)
            .map(html -> html.attr("lang").strip())
            .filter(s -> !s.isEmpty());
    Optional<String> title =
        Optional.ofNullable(sources.title)
            .map(Element::text)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    return new PageSignals(meta, jsonLd, times, lang, title, canonical(sources.links, meta));
  }

  private static Optional<String> canonical(List<Element> links, Map<String, String> meta) {
    for (Element link : links) {
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
