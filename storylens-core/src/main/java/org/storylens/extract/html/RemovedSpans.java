package org.storylens.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit trail of one extraction: the text of every removed element, keyed by the element's
 * position in document order so the passes can record in any order and the result still reads like
 * the page.
 */
final class RemovedSpans {
  private record Span(int order, String text) {}

  private final List<Span> spans = new ArrayList<>();

  void add(int order, String text) {
    if (!text.isEmpty()) {
      spans.add(new Span(order, text));
    }
  }

  /** The spans in page order (stable for equal positions), at most {@code max} of them. */
  List<String> inPageOrder(int max) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::order));
    List<String> texts = new ArrayList<>(Math.min(max, sorted.size()));
    for (Span span : sorted) {
      if (texts.size() >= max) {
        break;
      }
      texts.add(span.text());
    }
    return texts;
  }
}
