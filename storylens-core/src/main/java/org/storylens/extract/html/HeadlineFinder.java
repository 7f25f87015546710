package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the {@code h1} that best matches what the page says its title is (Open Graph,
 * Twitter card, {@code <title>}), else the first {@code h1} inside the content, else the declared
 * title (the site name cut off a {@code <title>}), else the first {@code h1}.
 */
final class HeadlineFinder {
  /** Separators sites put between headline and site name in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014:\u00B7\u00BB/]+\\s+");

  /** Pages with more {@code h1}s than this use them as styling; the first ones still count. */
  private static final int MAX_HEADLINES = 20;

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

  /**
   * The headline element, if the page has an {@code h1} that fits: the one most like a declared
   * title, else the first inside the content, else the nearest one before the content; below the
   * first bar, a candidate must still share some words with a declared title, if there is one.
   */
  static Optional<Element> headlineElement(
      List<Element> headlines, List<Element> containers, List<String> declaredTitles) {
    List<Set<String>> declaredWords = new ArrayList<>();
    for (String declared : declaredTitles) {
      if (!declared.isEmpty()) {
        declaredWords.add(words(declared));
      }
    }
    List<Element> candidates = headlines.subList(0, Math.min(headlines.size(), MAX_HEADLINES));
    Element best = null;
    double bestSimilarity = 0;
    for (Element headline : candidates) {
      double similarity = similarity(headline, declaredWords);
      if (similarity > bestSimilarity) {
        best = headline;
        bestSimilarity = similarity;
      }
    }
    if (best != null && bestSimilarity >= 0.5) {
      return Optional.of(best);
    }
    // below the bar, an h1 still needs a few words in common with a declared title, if any:
    // "More on Books" inside the content or a logo before it is not the headline
    Element inside = firstInside(candidates, containers);
    if (inside != null && isPlausible(inside, declaredWords)) {
      return Optional.of(inside);
    }
    if (!containers.isEmpty()) {
      Element nearest = null;
      for (Element headline : candidates) {
        if (precedes(headline, containers.get(0))) {
          nearest = headline;
        }
      }
      if (nearest != null && isPlausible(nearest, declaredWords)) {
        return Optional.of(nearest);
      }
    }
    if (declaredWords.isEmpty() && !candidates.isEmpty()) {
      return Optional.of(candidates.get(0));
    }
    return Optional.empty();
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

  /**
   * "Headline | Site" → "Headline": keeps the longest part, which is the headline on news pages.
   */
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
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(containers);
    for (Element headline : headlines) {
      // one walk up per headline, bounded by the page depth
      for (Element at = headline; at != null; at = at.parent()) {
        if (chosen.contains(at)) {
          return headline;
        }
      }
    }
    return null;
  }

  private static boolean isPlausible(Element headline, List<Set<String>> declaredWords) {
    return declaredWords.isEmpty() || similarity(headline, declaredWords) >= 0.2;
  }

  /** The best Dice coefficient of the headline's words with any declared title's words. */
  private static double similarity(Element headline, List<Set<String>> declaredWords) {
    Set<String> own = words(headline.text());
    double best = 0;
    for (Set<String> declared : declaredWords) {
      if (own.isEmpty() || declared.isEmpty()) {
        continue;
      }
      int shared = 0;
      for (String word : own) {
        if (declared.contains(word)) {
          shared++;
        }
      }
      best = Math.max(best, 2.0 * shared / (own.size() + declared.size()));
    }
    return best;
  }

  /**
   * Whether {@code first} comes before {@code second} in document order (neither holds the other).
   */
  static boolean precedes(Element first, Element second) {
    List<Element> firstPath = pathFromRoot(first);
    List<Element> secondPath = pathFromRoot(second);
    int i = 0;
    while (i < firstPath.size() && i < secondPath.size() && firstPath.get(i) == secondPath.get(i)) {
      i++;
    }
    if (i == firstPath.size() || i == secondPath.size()) {
      return false;
    }
    return firstPath.get(i).siblingIndex() < secondPath.get(i).siblingIndex();
  }

  private static List<Element> pathFromRoot(Element element) {
    List<Element> path = new ArrayList<>();
    for (Element at = element; at != null; at = at.parent()) {
      path.add(at);
    }
    Collections.reverse(path);
    return path;
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
