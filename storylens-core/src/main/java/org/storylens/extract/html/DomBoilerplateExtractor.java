package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.storylens.extract.TextBlock;

/**
 * DOM-based boilerplate removal on jsoup.
 *
 * <ol>
 *   <li>Prune furniture: code, forms, navigation, headers and footers, asides, figures, hidden
 *       elements, and elements whose class, id or role name share bars, comments, cookie banners,
 *       newsletters, adverts, bylines and the like ({@link FurnitureRules}), unless such an element
 *       holds most of the page's prose.
 *   <li>Score what is left Readability-style and pick the container of the article with the sibling
 *       blocks that continue it ({@link ContentContainerFinder}).
 *   <li>Cut the containers into blocks in reading order and drop link lines, furniture phrases and
 *       headline repeats ({@link BlockCollector}, {@link BlockFilter}).
 *   <li>Take the headline from the page's {@code h1} or declared title ({@link HeadlineFinder}).
 * </ol>
 *
 * <p>The caller's document is never modified: pruning is a set of skipped elements, not a removal.
 * Every pass is an iterative jsoup traversal, so time is linear in the page and a page nested
 * 100,000 levels deep does not touch the Java stack. Thread-safe: all state is local to a call.
 */
public final class DomBoilerplateExtractor implements HtmlContentExtractor {
  private final DomBoilerplateConfig config;

  public DomBoilerplateExtractor() {
    this(DomBoilerplateConfig.defaults());
  }

  public DomBoilerplateExtractor(DomBoilerplateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public HtmlContent extract(Document page) {
    Objects.requireNonNull(page, "page");
    Element body = page.selectFirst("body");
    Element root = body == null ? page : body;
    RemovedSpans removed = new RemovedSpans();
    PageStatistics statistics = PageStatistics.measure(root, config, removed);
    List<Element> containers = ContentContainerFinder.find(statistics, config);

    String declared = HeadlineFinder.declaredTitle(page);
    String documentTitle = HeadlineFinder.documentTitle(page);
    Optional<Element> headline =
        HeadlineFinder.headlineElement(
            statistics.headlines(), containers, List.of(declared, documentTitle));
    Optional<String> title = HeadlineFinder.title(headline, declared);
    List<String> headlines = new ArrayList<>();
    title.ifPresent(headlines::add);
    headlines.add(declared);
    headlines.add(HeadlineFinder.withoutSiteName(documentTitle));

    BlockFilter filter =
        new BlockFilter(config.shortBlockWords(), config.maxLinkDensity(), headlines);
    List<TextBlock> blocks =
        new BlockCollector(
                statistics, filter, removed, config.maxRemovedSpanLength(), headline.orElse(null))
            .collect(containers);
    recordOutside(root, containers, statistics, removed);
    return new HtmlContent(title, blocks, removed.inPageOrder(config.maxRemovedSpans()));
  }

  /** Records, as removed, the text of everything outside the containers not yet recorded. */
  private void recordOutside(
      Element root, List<Element> containers, PageStatistics statistics, RemovedSpans removed) {
    Map<Element, Boolean> onPath = new IdentityHashMap<>();
    Map<Element, Boolean> chosen = new IdentityHashMap<>();
    for (Element container : containers) {
      chosen.put(container, Boolean.TRUE);
      for (Element at = container.parent();
          at != null && !onPath.containsKey(at);
          at = at.parent()) {
        onPath.put(at, Boolean.TRUE);
      }
    }
    int maxLength = config.maxRemovedSpanLength();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              Element parent = text.parent() == null ? root : text.parent();
              StringBuilder folded = new StringBuilder();
              TextMeasure.appendFolded(folded, text.getWholeText());
              String span = folded.toString().trim();
              removed.add(
                  statistics.orderOf(parent),
                  span.length() > maxLength ? span.substring(0, maxLength) + "\u2026" : span);
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            if (chosen.containsKey(element) || statistics.isPruned(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (onPath.containsKey(element) || element == root) {
              return FilterResult.CONTINUE;
            }
            removed.add(
                statistics.orderOf(element),
                TextMeasure.boundedText(element, maxLength, statistics::isPruned));
            return FilterResult.SKIP_ENTIRELY;
          }
        },
        root);
  }
}
