package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Two linear passes over the page body that prune furniture and measure what is left.
 *
 * <p>Pass one measures, for every element whose name says "furniture" (or that is hidden), how much
 * prose it holds, and marks the ancestors of a schema.org {@code articleBody}: pruning by name must
 * never take out a wrapper that holds the article. Pass two walks the body once more, skips
 * furniture (recording its text as removed), and accumulates, bottom-up on an explicit stack, each
 * element's visible text, link text and a Readability-style content score: every block of prose
 * votes for its container and, with falling weight, for the containers above it.
 *
 * <p>Why not mutate a clone and use jsoup's {@code text()} per element: that is quadratic on deep
 * pages and copies the whole document; a set of pruned elements and one map of statistics keep the
 * caller's document untouched at linear cost.
 */
final class PageStatistics {

  /** What pass two learned about one element that survived pruning. */
  static final class ElementStats {
    final Element element;
    final int order;
    int textLength;
    int linkTextLength;

    /** Text whose nearest block ancestor is this element. */
    int ownBlockText;

    int ownBlockLinkText;
    int ownBlockCommas;

    /** Text in blocks long enough to vote and mostly outside links: the article's kind of text. */
    int goodProse;

    double contentScore;
    boolean scored;

    ElementStats(Element element, int order) {
      this.element = element;
      this.order = order;
    }

    double linkDensity() {
      return textLength == 0 ? 0 : (double) linkTextLength / textLength;
    }
  }

  private final Map<Element, ElementStats> stats = new IdentityHashMap<>();

  /** The same statistics in document order, so ties break the same way on every run. */
  private final List<ElementStats> inOrder = new ArrayList<>();

  private final Map<Element, Integer> pruned = new IdentityHashMap<>();
  private final List<Element> headings = new ArrayList<>();
  private int totalProse;

  private PageStatistics() {}

  static PageStatistics measure(Element body, DomBoilerplateConfig config, RemovedSpans removed) {
    PageStatistics page = new PageStatistics();
    Map<Element, Integer> namedFurnitureText = new IdentityHashMap<>();
    Map<Element, Boolean> holdsArticleBody = new IdentityHashMap<>();
    page.measureNamedFurniture(body, namedFurnitureText, holdsArticleBody);
    page.pruneAndScore(body, config, removed, namedFurnitureText, holdsArticleBody);
    return page;
  }

  ElementStats of(Element element) {
    return stats.get(element);
  }

  /** Statistics of every element that survived pruning, in document order. */
  List<ElementStats> all() {
    return inOrder;
  }

  boolean isPruned(Element element) {
    return pruned.containsKey(element);
  }

  /** Document-order position of an element seen by pass two (pruned or not), else -1. */
  int orderOf(Element element) {
    ElementStats s = stats.get(element);
    if (s != null) {
      return s.order;
    }
    Integer order = pruned.get(element);
    return order == null ? -1 : order;
  }

  /** The {@code h1} elements, pruned or not, in page order. */
  List<Element> headlines() {
    return headings;
  }

  int totalProse() {
    return totalProse;
  }

  private void measureNamedFurniture(
      Element body, Map<Element, Integer> namedText, Map<Element, Boolean> holdsArticleBody) {
    // frame = {prose below, named?}; an ArrayList is the stack, so depth costs no Java stack.
    // "Prose" is visible text outside links and code: paragraphs need not be <p> (blog engines
    // write bare text in divs), and menus are links.
    List<int[]> frames = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    int[] linkDepth = {0};
    int[] furnitureDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element element) {
              int named =
                  FurnitureRules.hasFurnitureName(element) || FurnitureRules.isHidden(element)
                      ? 1
                      : 0;
              frames.add(new int[] {0, named});
              elements.add(element);
              if ("a".equals(element.normalName())) {
                linkDepth[0]++;
              }
              if (FurnitureRules.isNonTextTag(element)) {
                furnitureDepth[0]++;
              }
              if ("h1".equals(element.normalName())) {
                headings.add(element);
              }
              if (isArticleBody(element)) {
                for (Element ancestor : elements) {
                  holdsArticleBody.put(ancestor, Boolean.TRUE);
                }
              }
            } else if (node instanceof TextNode text
                && linkDepth[0] == 0
                && furnitureDepth[0] == 0
                && !frames.isEmpty()) {
              frames.get(frames.size() - 1)[0] += TextMeasure.visibleLength(text.getWholeText());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element) {
              int[] frame = frames.remove(frames.size() - 1);
              elements.remove(elements.size() - 1);
              if ("a".equals(element.normalName())) {
                linkDepth[0]--;
              }
              if (FurnitureRules.isNonTextTag(element)) {
                furnitureDepth[0]--;
              }
              if (frame[1] == 1) {
                namedText.put(element, frame[0]);
              }
              if (!frames.isEmpty()) {
                frames.get(frames.size() - 1)[0] += frame[0];
              } else {
                totalProse = frame[0];
              }
            }
          }
        },
        body);
  }

  private void pruneAndScore(
      Element body,
      DomBoilerplateConfig config,
      RemovedSpans removed,
      Map<Element, Integer> namedText,
      Map<Element, Boolean> holdsArticleBody) {
    List<ElementStats> stack = new ArrayList<>();
    // the nearest block ancestor of each open element, parallel to stack
    List<ElementStats> blocks = new ArrayList<>();
    int[] order = {0};
    int[] linkDepth = {0};
    double furnitureLimit = config.maxFurnitureShare() * totalProse;
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              if (stack.isEmpty()) {
                return FilterResult.CONTINUE;
              }
              String whole = text.getWholeText();
              int length = TextMeasure.visibleLength(whole);
              if (length == 0) {
                return FilterResult.CONTINUE;
              }
              ElementStats owner = stack.get(stack.size() - 1);
              owner.textLength += length;
              if (linkDepth[0] > 0) {
                owner.linkTextLength += length;
              }
              ElementStats block = blocks.get(blocks.size() - 1);
              block.ownBlockText += length;
              block.ownBlockCommas += TextMeasure.commas(whole);
              if (linkDepth[0] > 0) {
                block.ownBlockLinkText += length;
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            int position = order[0]++;
            if (element != body && isFurniture(element)) {
              pruned.put(element, position);
              removed.add(
                  position,
                  TextMeasure.boundedText(element, config.maxRemovedSpanLength(), e -> false));
              return FilterResult.SKIP_ENTIRELY;
            }
            ElementStats own = new ElementStats(element, position);
            stats.put(element, own);
            inOrder.add(own);
            stack.add(own);
            String tag = element.normalName();
            boolean block = BlockTags.isBlock(tag) || blocks.isEmpty();
            blocks.add(block ? own : blocks.get(blocks.size() - 1));
            if ("a".equals(tag)) {
              linkDepth[0]++;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if ("a".equals(tag)) {
              linkDepth[0]--;
            }
            int top = stack.size() - 1;
            ElementStats own = stack.remove(top);
            blocks.remove(top);
            vote(own, top);
            if (own.ownBlockText >= config.minScoredBlockLength()
                && own.ownBlockLinkText <= config.maxLinkDensity() * own.ownBlockText) {
              own.goodProse += own.ownBlockText - own.ownBlockLinkText;
            }
            if (top > 0) {
              ElementStats parent = stack.get(top - 1);
              parent.textLength += own.textLength;
              parent.linkTextLength += own.linkTextLength;
              parent.goodProse += own.goodProse;
            }
            return FilterResult.CONTINUE;
          }

          /**
           * A block of prose votes for the containers above it, Readability-style: full weight for
           * the nearest, half for the next, then a third of the level. Link text does not vote, so
           * menus and link lists cannot win by length.
           */
          private void vote(ElementStats own, int index) {
            if (own.ownBlockText < config.minScoredBlockLength()) {
              return;
            }
            int prose = own.ownBlockText - own.ownBlockLinkText;
            if (prose <= 0) {
              return;
            }
            double weight = (double) prose / own.ownBlockText;
            double points = (1 + own.ownBlockCommas + Math.min(3, own.ownBlockText / 100)) * weight;
            // a paragraph votes for its parent; a div holding bare text votes for itself first
            int first = BlockTags.isLeafBlock(own.element.normalName()) ? index - 1 : index;
            for (int level = 0; level < 5; level++) {
              int at = first - level;
              if (at < 0) {
                break;
              }
              ElementStats target = at == index ? own : stack.get(at);
              double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
              target.contentScore += points / divider;
              target.scored = true;
            }
          }

          private boolean isFurniture(Element element) {
            if (FurnitureRules.isNonTextTag(element)) {
              return true;
            }
            // named or hidden: furniture unless it wraps the article (pages that reveal the
            // article by script hide it first; some wrappers carry names like "has-comments")
            return namedText.containsKey(element) && !holdsArticle(element);
          }

          private boolean holdsArticle(Element element) {
            if (holdsArticleBody.containsKey(element)) {
              return true;
            }
            Integer text = namedText.get(element);
            return text != null && text > furnitureLimit;
          }
        },
        body);
  }

  static boolean isArticleBody(Element element) {
    String itemprop = element.attr("itemprop");
    return !itemprop.isEmpty() && itemprop.contains("articleBody");
  }
}
