package org.storylens.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator whose items are worked out one step at a time, where a step may yield nothing (a
 * blank line, a folder that only queues its entries). Subclasses write {@link #step()} alone.
 */
public abstract class LookaheadIterator<T> implements Iterator<T> {
  private T next;
  private boolean finished;

  /** Works one step: returns an item, or null when this step yielded none. */
  protected abstract T step();

  /** Called by {@link #step()} when there is nothing more. */
  protected final void finish() {
    finished = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !finished) {
      next = step();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = next;
    next = null;
    return item;
  }
}
