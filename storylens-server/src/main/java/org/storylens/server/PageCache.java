package org.storylens.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Rendered pages (a story's JSON or HTML) by key and version, least recently used dropped first
 * once they weigh more than a budget. A request for an older or newer version than the one held
 * renders again; rendering happens outside the cache's lock, so one slow page never holds up
 * the others.
 */
final class PageCache {

  private record Entry(long version, byte[] bytes) {}

  private final long budget;
  private final LinkedHashMap<String, Entry> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long weight;

  /** @param budget the most bytes kept */
  PageCache(long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("budget must not be negative: " + budget);
    }
    this.budget = budget;
  }

  /** The page {@code key} at {@code version}, rendered by {@code render} when not held. */
  byte[] get(String key, long version, Supplier<byte[]> render) {
    Objects.requireNonNull(key, "key");
    synchronized (pages) {
      Entry held = pages.get(key);
      if (held != null && held.version() == version) {
        return held.bytes();
      }
    }
    byte[] bytes = Objects.requireNonNull(render.get(), "rendered page");
    synchronized (pages) {
      Entry held = pages.get(key);
      if (held == null || held.version() <= version) {
        Entry old = pages.put(key, new Entry(version, bytes));
        weight += bytes.length - (old == null ? 0 : old.bytes().length);
        Iterator<Map.Entry<String, Entry>> oldest = pages.entrySet().iterator();
        while (weight > budget && oldest.hasNext()) {
          weight -= oldest.next().getValue().bytes().length;
          oldest.remove();
        }
      }
    }
    return bytes;
  }

  /** How many bytes are held. */
  long weight() {
    synchronized (pages) {
      return weight;
    }
  }
}
