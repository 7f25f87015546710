package org.storylens.cluster;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.util.IntroSorter;

/**
 * An immutable map kept as arrays, iterated in the order its entries were given (as the {@code
 * LinkedHashMap} it replaces), found by an open-addressing table of positions.
 *
 * <p>Why not a {@code LinkedHashMap}? A {@link StorySummary} holds a dozen maps of up to 200
 * entries, and every article that joins a story makes the story a new summary. Kept as linked
 * maps, a grown story's summary was one to two thousand objects (an entry each, and a boxed number
 * for every weight) that the service's young collections copied while the story waited for its
 * next member; as arrays it is three objects a map. Values are boxed when read through {@link
 * Map} (counts mostly from {@link Integer#valueOf}'s cache); {@link TermVector} reads a story's
 * weights unboxed ({@link Weights#weight}).
 */
abstract class PackedMap<K, V> extends AbstractMap<K, V> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Object[] keys;
  /** Position + 1 of the key whose hash lands at (or probes to) each slot; 0 marks an empty one. */
  private final int[] slots;

  PackedMap(Object[] keys) {
    this.keys = keys;
    int capacity = keys.length == 0 ? 1 : Integer.highestOneBit(2 * keys.length - 1) << 1;
    this.slots = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < keys.length; i++) {
      Object key = Objects.requireNonNull(keys[i], "key");
      int slot = spread(key.hashCode()) & mask;
      while (slots[slot] != 0) {
        if (keys[slots[slot] - 1].equals(key)) {
          throw new IllegalArgumentException("a key given twice: " + key);
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** The weights of {@code map} in its order, or {@code map} itself when it is already packed. */
  static Weights weights(Map<String, Double> map) {
    if (map instanceof Weights packed) {
      return packed;
    }
    double[] values = new double[map.size()];
    return new Weights(keys(map, (value, i) -> values[i] = value), values);
  }

  /** The first {@code size} keys (strings) and weights of these arrays, in their order. */
  static Weights weights(Object[] keys, double[] values, int size) {
    return new Weights(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
  }

  /**
   * Sorts the first {@code size} keys (strings) and weights, strongest first, ties broken by key:
   * the order in which the clusterer keeps a story's strongest terms and asks for an article's.
   * Two arrays swapped in step, never an entry or a boxed weight: the decisions thread sorts a
   * centroid of hundreds of terms for most articles it stores.
   */
  static void sortStrongestFirst(Object[] keys, double[] values, int size) {
    new IntroSorter() {
      private Object pivotKey;
      private double pivotValue;

      @Override
      protected void setPivot(int i) {
        pivotKey = keys[i];
        pivotValue = values[i];
      }

      @Override
      protected int comparePivot(int j) {
        int byWeight = Double.compare(values[j], pivotValue); // the stronger first
        return byWeight != 0 ? byWeight : ((String) pivotKey).compareTo((String) keys[j]);
      }

      @Override
      protected void swap(int i, int j) {
        Object key = keys[i];
        keys[i] = keys[j];
        keys[j] = key;
        double value = values[i];
        values[i] = values[j];
        values[j] = value;
      }
    }.sort(0, size);
  }

  /** The counts of {@code map} in its order, or {@code map} itself when it is already packed. */
  static <K> Counts<K> counts(Map<K, Integer> map) {
    if (map instanceof Counts<K> packed) {
      return packed;
    }
    int[] values = new int[map.size()];
    return new Counts<>(keys(map, (value, i) -> values[i] = value), values);
  }

  /** The entries of {@code map} in its order, or {@code map} itself when it is already packed. */
  static <K, V> Values<K, V> values(Map<K, V> map) {
    if (map instanceof Values<K, V> packed) {
      return packed;
    }
    Object[] values = new Object[map.size()];
    return new Values<>(keys(map, (value, i) -> values[i] = Objects.requireNonNull(value, "value")), values);
  }

  /** The keys of {@code map} in its order, handing each value to {@code value} with its position. */
  private static <V> Object[] keys(Map<?, V> map, ObjIntConsumer<V> value) {
    Object[] keys = new Object[map.size()];
    int i = 0;
    for (Map.Entry<?, V> entry : map.entrySet()) {
      keys[i] = entry.getKey();
      value.accept(entry.getValue(), i++);
    }
    return keys;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** The position of {@code key}, or -1. */
  final int indexOf(Object key) {
    if (key == null) {
      return -1;
    }
    int mask = slots.length - 1;
    int slot = spread(key.hashCode()) & mask;
    for (int at = slots[slot]; at != 0; at = slots[slot]) {
      if (keys[at - 1].equals(key)) {
        return at - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The keys in order, in a new array of {@code length} (longer: nulls after them). */
  final Object[] keyArray(int length) {
    return Arrays.copyOf(keys, length);
  }

  @SuppressWarnings("unchecked")
  final K key(int index) {
    return (K) keys[index];
  }

  abstract V value(int index);

  /** The values in order, for the serialised form. */
  abstract Object valueArray();

  @Override
  public final int size() {
    return keys.length;
  }

  @Override
  public final boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public final V get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : value(index);
  }

  @Override
  public final void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(key(i), value(i));
    }
  }

  @Override
  public final Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<K, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(key(i), value(i));
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public boolean contains(Object o) {
        if (!(o instanceof Map.Entry<?, ?> entry)) {
          return false;
        }
        int index = indexOf(entry.getKey());
        return index >= 0 && value(index).equals(entry.getValue());
      }
    };
  }

  /** Strings to weights. */
  static final class Weights extends PackedMap<String, Double> {
    private static final long serialVersionUID = 1L;
    private final double[] values;

    private Weights(Object[] keys, double[] values) {
      super(keys);
      for (Object key : keys) {
        if (!(key instanceof String)) {
          throw new IllegalArgumentException("a weight's key is a string: " + key);
        }
      }
      this.values = values;
    }

    /** The weight at a position ({@link #indexOf}). */
    double weight(int index) {
      return values[index];
    }

    /** The weights in order, in a new array of {@code length} (longer: zeros after them). */
    double[] weightArray(int length) {
      return Arrays.copyOf(values, length);
    }

    @Override
    Double value(int index) {
      return values[index];
    }

    @Override
    Object valueArray() {
      return values.clone();
    }
  }

  /** Keys to counts. */
  static final class Counts<K> extends PackedMap<K, Integer> {
    private static final long serialVersionUID = 1L;
    private final int[] values;

    private Counts(Object[] keys, int[] values) {
      super(keys);
      this.values = values;
    }

    @Override
    Integer value(int index) {
      return values[index];
    }

    @Override
    Object valueArray() {
      return values.clone();
    }
  }

  /** Keys to any values. */
  static final class Values<K, V> extends PackedMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final Object[] values;

    private Values(Object[] keys, Object[] values) {
      super(keys);
      this.values = values;
    }

    @SuppressWarnings("unchecked")
    @Override
    V value(int index) {
      return (V) values[index];
    }

    @Override
    Object valueArray() {
      return values.clone();
    }
  }

  /**
   * Written as its keys and values only: the table of positions follows from them, and a stream
   * that was tampered with must not give one that finds the wrong entry.
   */
  Object writeReplace() {
    return new Serialized(keys.clone(), valueArray());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a packed map is read through its serialised form");
  }

  private record Serialized(Object[] keys, Object values) implements Serializable {
    private Object readResolve() throws ObjectStreamException {
      try {
        if (values instanceof double[] weights && weights.length == keys.length) {
          return new Weights(keys.clone(), weights.clone());
        }
        if (values instanceof int[] counts && counts.length == keys.length) {
          return new Counts<>(keys.clone(), counts.clone());
        }
        if (values instanceof Object[] objects && objects.length == keys.length) {
          for (Object value : objects) {
            Objects.requireNonNull(value, "value");
          }
          return new Values<>(keys.clone(), objects.clone());
        }
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("not a packed map: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
      throw new InvalidObjectException("a packed map's keys and values must pair up");
    }
  }
}
