package org.storylens.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the {@code h1} that best matches what the page says its title is (Open
 * Graph, Twitter card, {@code <title>}), else the first {@code h1} inside the content, else the
 * first {@code h1}; without any {@code h1}, the Open Graph title, else the document title with the
 * site name cut off.
 */
final class HeadlineFinder {
  /** Separators sites put between headline and site name in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00B7\u00BB/]+\\s+");

  private HeadlineFinder() {}

  /** The page's declared title: Open Graph, else Twitter card, else {@code <title>}; may be "". */
  static String declaredTitle(Document page) {
    for (String query :
        List.of("meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]")) {
      Element meta = page.selectFirst(query);
      if (meta != null && !meta.attr("content").isBlank()) {
        return fold(meta.attr("content"));
      }
    }
    return documentTitle(page);
  }

  static String documentTitle(Document page) {
    Element title = page.selectFirst("title");
    return title == null ? "" : fold(title.text());
  }

  /** The headline element, if the page has an {@code h1} that fits. */
  static Optional<Element> headlineElement(
      List<Element> headlines, List<Element> containers, String declared) {
    Element best = null;
    double bestOverlap = 0;
    if (!declared.isEmpty()) {
      Set<String> declaredWords = words(declared);
      for (Element headline : headlines) {
        double overlap = overlap(words(headline.text()), declaredWords);
        if (overlap > bestOverlap) {
          best = headline;
          bestOverlap = overlap;
        }
      }
    }
    if (best == null || bestOverlap < 0.5) {
      best = firstInside(headlines, containers);
    }
    if (best == null && !headlines.isEmpty()) {
      best = headlines.get(0);
    }
    return Optional.ofNullable(best).filter(element -> !element.text().isBlank());
  }

  /** The headline text: the headline element's, else the declared title without the site name. */
  static Optional<String> title(Optional<Element> headline, String declared) {
    if (headline.isPresent()) {
      return Optional.of(fold(headline.get().text()));
    }
    if (!declared.isEmpty()) {
      return Optional.of(withoutSiteName(declared));
    }
    return Optional.empty();
  }

  /** "Headline | Site" → "Headline": keeps the longest part, which is the headline on news pages. */
  static String withoutSiteName(String title) {
    String longest = "";
    for (String part : TITLE_SEPARATOR.split(title)) {
      if (part.trim().length() > longest.length()) {
        longest = part.trim();
      }
    }
    return longest.isEmpty() ? title : longest;
  }

  private static Element firstInside(List<Element> headlines, List<Element> containers) {
    for (Element headline : headlines) {
      for (Element container : containers) {
        // walking up is bounded by the depth of one element, once per headline
        for (Element at = headline; at != null; at = at.parent()) {
          if (at == container) {
            return headline;
          }
        }
      }
    }
    return null;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : BlockFilter.comparable(text).split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String fold(String text) {
    StringBuilder out = new StringBuilder();
    TextMeasure.appendFolded(out, text);
    return out.toString().trim();
  }
}
