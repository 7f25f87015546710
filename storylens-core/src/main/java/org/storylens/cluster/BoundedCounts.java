package org.storylens.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How many recorded articles hold each term (or entity key), in memory bounded by a capacity:
 * exact until the map holds {@code capacity} keys, then the least counted keys are forgotten
 * until at most half the capacity remain, and so on.
 *
 * <p>Why forget the rarest and not sketch them (count-min)? A stream's vocabulary keeps growing
 * (every new name, number and typo), and almost all of that growth is keys seen once or twice;
 * forgetting them makes a key seen again count from 1, which moves its IDF from near the top to
 * the top, a change of a few percent in one weight. The frequent keys, which decide most
 * weights, stay exact, and a stream whose vocabulary fits (ECB+: some 20,000 terms) is exact
 * throughout. A sketch would blur every count a little instead, frequent ones included.
 */
final class BoundedCounts {

  /** Counts above this share one histogram bucket when choosing what to forget. */
  private static final int HISTOGRAM = 64;

  private final int capacity;
  private final Map<String, int[]> counts = new HashMap<>();

  BoundedCounts(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
    }
    this.capacity = capacity;
  }

  int get(String key) {
    int[] count = counts.get(key);
    return count == null ? 0 : count[0];
  }

  void increment(String key) {
    counts.computeIfAbsent(key, k -> new int[1])[0]++;
    if (counts.size() > capacity) {
      forgetRarest();
    }
  }

  int size() {
    return counts.size();
  }

  /**
   * Forgets every key counted at most {@code c} times, for the smallest {@code c} that leaves at
   * most half the capacity: one pass to count the counts, one to remove. Done once per {@code
   * capacity / 2} new keys, so the cost per increment stays constant.
   */
  private void forgetRarest() {
    long[] histogram = new long[HISTOGRAM + 1];
    for (int[] count : counts.values()) {
      histogram[Math.min(count[0], HISTOGRAM)]++;
    }
    long remaining = counts.size();
    int cut = 0;
    while (remaining > capacity / 2 && cut < HISTOGRAM) {
      cut++;
      remaining -= histogram[cut];
    }
    Iterator<int[]> all = counts.values().iterator();
    while (all.hasNext()) {
      if (all.next()[0] <= cut) {
        all.remove();
      }
    }
  }

  /** Writes the counts for a snapshot. */
  void write(DataOutput out) throws IOException {
    out.writeInt(capacity);
    out.writeInt(counts.size());
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeInt(entry.getValue()[0]);
    }
  }

  /** Counts as {@link #write} wrote them. */
  static BoundedCounts read(DataInput in) throws IOException {
    BoundedCounts counts = new BoundedCounts(in.readInt());
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      String key = in.readUTF();
      counts.counts.put(key, new int[] {in.readInt()});
    }
    return counts;
  }
}
