package org.storylens.model;

import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text. Analysis
 * results are spans, not copies, so every one can be traced to the words it stands for.
 */
public record Span(int start, int end) implements Serializable, Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; throws when the span does not fit the text it is applied to. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(this + " lies outside a text of length " + text.length());
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }
}
