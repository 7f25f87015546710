package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storylens.extract.html.PageStatistics.ElementStats;

/**
 * Picks the elements that hold the article body, Readability-style: the best-scoring container
 * (content score from {@link PageStatistics}, biased by tag and by class/id names, discounted by
 * link density), moved up while its ancestors score nearly as well, plus those of its siblings that
 * look like more of the same article (pages split a story around an advert).
 */
final class ContentContainerFinder {

  private static final Pattern POSITIVE_NAMES =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE_NAMES =
      Pattern.compile(
          "hidden|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
              + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
              + "tags|tool|widget|teaser|card");

  private ContentContainerFinder() {}

  /** The containers in page order; empty when no element holds any scored prose. */
  static List<Element> find(PageStatistics page, DomBoilerplateConfig config) {
    ElementStats top = null;
    double topScore = 0;
    for (ElementStats candidate : page.all()) {
      if (!candidate.scored) {
        continue;
      }
      double score = finalScore(candidate);
      if (top == null || score > topScore) {
        top = candidate;
        topScore = score;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = climb(page, top, topScore);
    return widen(page, withSiblings(page, top), config.wideningProseRatio());
  }

  /**
   * Readability's walk up is short-sighted: scores fall with distance, so a story cut into several
   * sections by full-width figures or adverts loses all but one section. Move the frame up to the
   * highest of the next few ancestors that adds more good prose than it adds other text (links,
   * labels, short lines) by {@link DomBoilerplateConfig#wideningProseRatio()}; those extras are
   * then mostly dropped block by block. Never widen past an {@code <article>}, {@code <main>} or
   * {@code articleBody}.
   */
  private static List<Element> widen(
      PageStatistics page, List<Element> containers, double proseRatio) {
    int good = 0;
    int other = 0;
    for (Element container : containers) {
      ElementStats stats = page.of(container);
      good += stats.goodProse;
      other += stats.textLength - stats.goodProse;
    }
    Element widest = null;
    for (Element container : containers) {
      if (isArticleFrame(container)) {
        return containers;
      }
    }
    Element at = containers.get(0).parent();
    for (int level = 0; level < 5 && at != null && !"body".equals(at.normalName()); level++) {
      ElementStats stats = page.of(at);
      if (stats == null) {
        break;
      }
      int addedGood = stats.goodProse - good;
      int addedOther = stats.textLength - stats.goodProse - other;
      if (addedGood > 0 && addedGood > proseRatio * addedOther) {
        widest = at;
      }
      if (isArticleFrame(at)) {
        // the page itself says where the article ends; beyond it are teasers of other articles
        break;
      }
      at = at.parent();
    }
    return widest == null ? containers : List.of(widest);
  }

  private static boolean isArticleFrame(Element element) {
    String tag = element.normalName();
    return "article".equals(tag) || "main".equals(tag) || PageStatistics.isArticleBody(element);
  }

  static double finalScore(ElementStats stats) {
    double base =
        stats.contentScore + tagBias(stats.element.normalName()) + nameWeight(stats.element);
    if (PageStatistics.isArticleBody(stats.element)) {
      base += 25;
    }
    return base * (1 - stats.linkDensity());
  }

  /**
   * Readability's walk up: a parent that scores at least a third of the best is a better frame as
   * soon as it beats its child, because then its other children carry article prose too.
   */
  private static ElementStats climb(PageStatistics page, ElementStats top, double topScore) {
    double lastScore = topScore;
    double threshold = topScore / 3;
    Element parent = top.element.parent();
    while (parent != null && !"body".equals(parent.normalName())) {
      ElementStats parentStats = page.of(parent);
      if (parentStats == null) {
        break;
      }
      if (!parentStats.scored) {
        parent = parent.parent();
        continue;
      }
      double parentScore = finalScore(parentStats);
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        top = parentStats;
        break;
      }
      lastScore = parentScore;
      parent = parent.parent();
    }
    // a container that is its parent's only child says nothing the parent does not
    Element element = top.element;
    while (element.parent() != null
        && !"body".equals(element.parent().normalName())
        && element.parent().childrenSize() == 1
        && page.of(element.parent()) != null) {
      element = element.parent();
    }
    return page.of(element);
  }

  private static List<Element> withSiblings(PageStatistics page, ElementStats top) {
    Element parent = top.element.parent();
    if (parent == null) {
      return List.of(top.element);
    }
    double topScore = finalScore(top);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.element.className();
    List<Element> containers = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top.element) {
        containers.add(sibling);
        continue;
      }
      ElementStats stats = page.of(sibling);
      if (stats == null) {
        continue;
      }
      double bonus =
          !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      if (stats.scored && finalScore(stats) + bonus >= threshold) {
        containers.add(sibling);
      } else if ("p".equals(sibling.normalName()) && looksLikeProse(stats)) {
        containers.add(sibling);
      }
    }
    return containers;
  }

  private static boolean looksLikeProse(ElementStats stats) {
    double linkDensity = stats.linkDensity();
    if (stats.textLength > 80) {
      return linkDensity < 0.25;
    }
    return stats.textLength > 0
        && linkDensity == 0
        && stats.element.text().matches("(?s).*\\.( |$).*");
  }

  private static int tagBias(String tag) {
    switch (tag) {
      case "div":
      case "article":
      case "section":
      case "main":
        return 5;
      case "pre":
      case "td":
      case "blockquote":
        return 3;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        return -3;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        return -5;
      default:
        return 0;
    }
  }

  private static int nameWeight(Element element) {
    int weight = 0;
    String className = element.className().toLowerCase(java.util.Locale.ROOT);
    if (!className.isEmpty()) {
      if (NEGATIVE_NAMES.matcher(className).find()) {
        weight -= 25;
      }
      if (POSITIVE_NAMES.matcher(className).find()) {
        weight += 25;
      }
    }
    String id = element.id().toLowerCase(java.util.Locale.ROOT);
    if (!id.isEmpty()) {
      if (NEGATIVE_NAMES.matcher(id).find()) {
        weight -= 25;
      }
      if (POSITIVE_NAMES.matcher(id).find()) {
        weight += 25;
      }
    }
    return weight;
  }
}
