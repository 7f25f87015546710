package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedMapTest {

  @Test
  void aPackedMapIsTheLinkedMapItWasMadeFromInOrderLookupsAndEquality() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Map<String, Double> weights = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        String key = "k" + random.nextInt(1_000);
        weights.put(key, random.nextGaussian());
        counts.put(key, random.nextInt(500) - 100);
      }
      PackedMap.Weights packedWeights = PackedMap.weights(weights);
      PackedMap.Counts<String> packedCounts = PackedMap.counts(counts);

      assertThat(packedWeights).isEqualTo(weights).hasSameHashCodeAs(weights);
      assertThat(weights).isEqualTo(packedWeights);
      assertThat(new ArrayList<>(packedWeights.entrySet())).isEqualTo(new ArrayList<>(weights.entrySet()));
      assertThat(new ArrayList<>(packedCounts.keySet())).isEqualTo(new ArrayList<>(counts.keySet()));
      assertThat(new ArrayList<>(packedCounts.values())).isEqualTo(new ArrayList<>(counts.values()));
      for (int probe = 0; probe < 1_000; probe++) {
        String key = "k" + probe;
        assertThat(packedWeights.get(key)).isEqualTo(weights.get(key));
        assertThat(packedCounts.containsKey(key)).isEqualTo(counts.containsKey(key));
        assertThat(packedCounts.get(key)).isEqualTo(counts.get(key));
      }
    }
  }

  @Test
  void keysWhoseHashesCollideAreAllFound() {
    // "Aa" and "BB" have one hash code, and so does every string made of them
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> keys = List.of("AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB");
    for (int i = 0; i < keys.size(); i++) {
      counts.put(keys.get(i), i);
    }
    PackedMap.Counts<String> packed = PackedMap.counts(counts);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(packed.get(keys.get(i))).isEqualTo(i);
    }
    assertThat(packed.get("CC")).isNull();
    assertThat(packed.get(null)).isNull();
  }

  @Test
  void itCannotBeChanged() {
    PackedMap.Weights packed = PackedMap.weights(Map.of("a", 1.0));
    assertThatThrownBy(() -> packed.put("b", 2.0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.entrySet().iterator().next().setValue(3.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(packed::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(packed).containsExactly(Map.entry("a", 1.0));
  }

  @Test
  void packingAPackedMapKeepsIt() {
    PackedMap.Counts<Integer> years = PackedMap.counts(Map.of(2024, 3));
    assertThat(PackedMap.counts(years)).isSameAs(years);
  }

  @Test
  void itIsReadBackAsWrittenAndAForgedFormIsRefused() throws Exception {
    Map<String, String> outlets = new LinkedHashMap<>();
    outlets.put("bbc.co.uk", "a1");
    outlets.put("reuters.com", "a7");
    for (Map<?, ?> map :
        List.of(PackedMap.values(outlets), PackedMap.weights(Map.of("x", 0.5)), PackedMap.counts(Map.of(1, 2)))) {
      Object back = readBack(write(map));
      assertThat(back).isInstanceOf(map.getClass()).isEqualTo(map);
    }
    // a stream whose counts are fewer than its keys (the int array's length, the last 00000002, made 1)
    byte[] written = write(PackedMap.counts(Map.of("a", 7, "b", 9)));
    byte[] keysAndCountsOfDifferentLengths = replaceOnce(written, new byte[] {0, 0, 0, 2}, new byte[] {0, 0, 0, 1});
    assertThatThrownBy(() -> readBack(keysAndCountsOfDifferentLengths)).isInstanceOf(InvalidObjectException.class);
  }

  private static byte[] write(Object object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object readBack(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** The bytes with the last occurrence of {@code from} replaced (the int array's length). */
  private static byte[] replaceOnce(byte[] bytes, byte[] from, byte[] to) {
    for (int i = bytes.length - from.length; i >= 0; i--) {
      boolean match = true;
      for (int j = 0; j < from.length && match; j++) {
        match = bytes[i + j] == from[j];
      }
      if (match) {
        byte[] copy = bytes.clone();
        System.arraycopy(to, 0, copy, i, to.length);
        // the array is now one element shorter than its bytes: drop the last element's four bytes
        byte[] shorter = new byte[copy.length - 4];
        System.arraycopy(copy, 0, shorter, 0, i + from.length + 4);
        System.arraycopy(copy, i + from.length + 8, shorter, i + from.length + 4, copy.length - i - from.length - 8);
        return shorter;
      }
    }
    throw new AssertionError("not found");
  }
}
