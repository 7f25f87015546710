package org.storylens.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse weighted vector of terms packed for fast dot products: each term is a 64-bit key (a
 * hash of its characters), and the keys are sorted, so two vectors meet in one pass over two
 * arrays instead of one hash lookup per term, each a walk through scattered objects.
 *
 * <p>Two different terms with the same key would count as one; with 64-bit keys that is about
 * one chance in 10<sup>7</sup> for a whole vocabulary of half a million terms (the stream state's
 * cap), and it would move one weight of one dot product.
 */
final class TermVector {

  static final TermVector EMPTY = new TermVector(new long[0], new double[0]);

  private final long[] keys;
  private final double[] weights;

  private TermVector(long[] keys, double[] weights) {
    this.keys = keys;
    this.weights = weights;
  }

  /** The vector of these weights; a term's weight is its map value. */
  static TermVector of(Map<String, Double> weights) {
    if (weights.isEmpty()) {
      return EMPTY;
    }
    int n = weights.size();
    long[] keys = new long[n];
    double[] values = new double[n];
    if (weights instanceof PackedMap.Weights packed) {
      // a story's vectors: read without boxing
      for (int i = 0; i < n; i++) {
        keys[i] = key(packed.key(i));
        values[i] = packed.weight(i);
      }
    } else {
      int i = 0;
      for (Map.Entry<String, Double> entry : weights.entrySet()) {
        keys[i] = key(entry.getKey());
        values[i++] = entry.getValue();
      }
    }
    // the distinct keys sorted, then each weight added at its key's place: primitive arrays
    // only, not boxed positions sorted by a comparator (the decisions thread packs the article's
    // vector and those of the stories changed since it last measured them)
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int size = 0;
    for (int j = 0; j < n; j++) {
      if (size == 0 || sorted[size - 1] != sorted[j]) {
        sorted[size++] = sorted[j];
      }
    }
    // two terms of one key (a collision) add up: they count as one term
    double[] summed = new double[size];
    for (int j = 0; j < n; j++) {
      summed[Arrays.binarySearch(sorted, 0, size, keys[j])] += values[j];
    }
    return new TermVector(size == n ? sorted : Arrays.copyOf(sorted, size), summed);
  }

  /** How many terms it holds. */
  int size() {
    return keys.length;
  }

  /** The sum over shared terms of the two weights' product. */
  double dot(TermVector other) {
    long[] a = keys;
    long[] b = other.keys;
    double[] wa = weights;
    double[] wb = other.weights;
    int i = 0;
    int j = 0;
    double dot = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        dot += wa[i++] * wb[j++];
      }
    }
    return dot;
  }

  /**
   * A 64-bit key of a term: FNV-1a over its UTF-16 code units, then a finalising mix (from
   * SplitMix64) so that keys of similar terms spread over the whole range.
   */
  static long key(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h;
  }
}
