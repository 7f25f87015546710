package org.storylens.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of spans kept as one array of offsets, each span made when it is read. Why?
 * A sentence's tokens were the most numerous objects of a service's heap (some 700 per article,
 * 24 million for 35,000 articles): one object each to allocate, to copy from young to old
 * generation as articles arrive, and to mark. Equal, as a list, to any list of the same spans.
 */
public final class SpanList extends AbstractList<Span> implements RandomAccess, Serializable {

  private static final long serialVersionUID = 1L;

  private static final SpanList EMPTY = new SpanList(new int[0]);

  /** start, end, start, end... */
  private final int[] offsets;

  private SpanList(int[] offsets) {
    this.offsets = offsets;
  }

  /** The spans of {@code spans}, in order; no element may be null. */
  public static SpanList copyOf(List<Span> spans) {
    if (spans instanceof SpanList packed) {
      return packed;
    }
    if (spans.isEmpty()) {
      return EMPTY;
    }
    int[] offsets = new int[spans.size() * 2];
    int i = 0;
    for (Span span : spans) {
      Objects.requireNonNull(span, "span");
      offsets[i++] = span.start();
      offsets[i++] = span.end();
    }
    return new SpanList(offsets);
  }

  @Override
  public Span get(int index) {
    Objects.checkIndex(index, size());
    return new Span(offsets[2 * index], offsets[2 * index + 1]);
  }

  /** The start of the {@code index}-th span, without making it. */
  public int start(int index) {
    Objects.checkIndex(index, size());
    return offsets[2 * index];
  }

  /** The end of the {@code index}-th span, without making it. */
  public int end(int index) {
    Objects.checkIndex(index, size());
    return offsets[2 * index + 1];
  }

  @Override
  public int size() {
    return offsets.length / 2;
  }

  /** Reading back checks what the constructor would have: a stream could hold anything. */
  private Object readResolve() throws java.io.ObjectStreamException {
    if (offsets == null || offsets.length % 2 != 0) {
      throw new java.io.InvalidObjectException("offsets must come in pairs");
    }
    for (int i = 0; i < offsets.length; i += 2) {
      if (offsets[i] < 0 || offsets[i + 1] < offsets[i]) {
        throw new java.io.InvalidObjectException("not a span: [" + offsets[i] + ", " + offsets[i + 1] + ")");
      }
    }
    return this;
  }
}
