package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.storylens.extract.TextBlock;

/**
 * Walks the content containers once, in document order, and cuts their text into blocks at every
 * block-level boundary: a paragraph, subhead, list item, quote, or the bare text a {@code div}
 * holds between its child blocks. Each finished block goes through {@link BlockFilter}; what the
 * filter rejects is recorded as removed.
 */
final class BlockCollector {
  private final PageStatistics page;
  private final BlockFilter filter;
  private final RemovedSpans removed;
  private final int maxRemovedSpanLength;

  /**
   * The element the title came from, or null; other {@code h1}s inside the article are subheads.
   */
  private final Element headline;

  private final List<TextBlock> blocks = new ArrayList<>();

  /** Page positions of the kept headings, so a dropped trailing heading is logged in place. */
  private final List<Integer> lastHeadingOrder = new ArrayList<>();

  private final StringBuilder text = new StringBuilder();
  private int linkCharacters;
  private int blockOrder;
  private TextBlock.Kind blockKind = TextBlock.Kind.PARAGRAPH;

  BlockCollector(
      PageStatistics page,
      BlockFilter filter,
      RemovedSpans removed,
      int maxRemovedSpanLength,
      Element headline) {
    this.page = page;
    this.headline = headline;
    this.filter = filter;
    this.removed = removed;
    this.maxRemovedSpanLength = maxRemovedSpanLength;
  }

  List<TextBlock> collect(List<Element> containers) {
    for (Element container : containers) {
      walk(container);
    }
    // a heading with no text after it titles something that was removed ("Comments", "More
    // stories") or that follows outside the article, never the article's own prose
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == TextBlock.Kind.HEADING) {
      TextBlock heading = blocks.remove(blocks.size() - 1);
      removed.add(lastHeadingOrder.remove(lastHeadingOrder.size() - 1), heading.text());
    }
    return blocks;
  }

  private void walk(Element container) {
    List<TextBlock.Kind> kinds = new ArrayList<>();
    int[] linkDepth = {0};
    blockOrder = page.orderOf(container);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              int before = text.length();
              TextMeasure.appendFolded(text, textNode.getWholeText());
              if (linkDepth[0] > 0) {
                linkCharacters += text.length() - before;
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            if (page.isPruned(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (element == headline) {
              // the headline belongs in the title, never in the body
              flush();
              removed.add(
                  page.orderOf(element),
                  TextMeasure.boundedText(element, maxRemovedSpanLength, page::isPruned));
              return FilterResult.SKIP_ENTIRELY;
            }
            if (BlockTags.isBlock(tag)) {
              flush();
              TextBlock.Kind enclosing =
                  kinds.isEmpty() ? TextBlock.Kind.PARAGRAPH : kinds.get(kinds.size() - 1);
              TextBlock.Kind kind = BlockTags.kindOf(tag, enclosing);
              kinds.add(kind);
              blockKind = kind;
              blockOrder = page.orderOf(element);
            } else if ("br".equals(tag)) {
              space();
            } else if ("a".equals(tag)) {
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
            if (BlockTags.isBlock(tag)) {
              flush();
              kinds.remove(kinds.size() - 1);
              // text after a child block belongs to the enclosing block again
              blockKind = kinds.isEmpty() ? TextBlock.Kind.PARAGRAPH : kinds.get(kinds.size() - 1);
              blockOrder = page.orderOf(element);
            } else if ("a".equals(tag)) {
              linkDepth[0]--;
            }
            return FilterResult.CONTINUE;
          }
        },
        container);
    flush();
  }

  private void space() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
  }

  private void flush() {
    String block = text.toString().trim();
    int links = linkCharacters;
    text.setLength(0);
    linkCharacters = 0;
    if (block.isEmpty()) {
      return;
    }
    double linkDensity = Math.min(1.0, (double) links / block.length());
    if (filter.keep(block, blockKind, linkDensity)) {
      blocks.add(new TextBlock(block, blockKind));
      if (blockKind == TextBlock.Kind.HEADING) {
        lastHeadingOrder.add(blockOrder);
      }
    } else {
      removed.add(
          blockOrder,
          block.length() > maxRemovedSpanLength
              ? block.substring(0, maxRemovedSpanLength).trim() + "\u2026"
              : block);
    }
  }
}
