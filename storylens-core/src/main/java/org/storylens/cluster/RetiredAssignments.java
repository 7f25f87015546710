package org.storylens.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assignments of the articles older than the active window, packed: per article its stream
 * sequence, its id in UTF-8 and the number of its story, about 20 bytes plus 16 to 32 bytes of
 * hash table, instead of a map entry with two strings (some 150 bytes), and each story's id once. {@link
 * StoryStore#storyOf} must answer for every recorded article; this is what that costs once the
 * article is out of the window.
 *
 * <p>Lookups go through an open-addressing table of 64-bit id fingerprints pointing into the
 * packed records; the record's id is compared, so a fingerprint collision costs a probe, never a
 * wrong answer.
 */
final class RetiredAssignments {

  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  /** Where each full chunk's records end. */
  private final List<Integer> chunkEnds = new ArrayList<>();
  private int used = CHUNK;
  /** Story ids by number, and back: a story's id is kept once however many members it packs. */
  private final List<String> storyIds = new ArrayList<>();
  private final Map<String, Integer> storyNumbers = new HashMap<>();
  private long[] fingerprints = new long[1024];
  private long[] offsets = new long[1024];
  private int size;

  /** Packs the assignment of an article older than the window. */
  void retire(String storyId, String articleId, long sequence) {
    Integer story = storyNumbers.get(storyId);
    if (story == null) {
      story = storyIds.size();
      storyIds.add(storyId);
      storyNumbers.put(storyId, story);
    }
    long offset = append(sequence, articleId, story);
    put(fingerprint(articleId), offset);
  }

  Optional<String> storyOf(String articleId) {
    long fingerprint = fingerprint(articleId);
    int mask = fingerprints.length - 1;
    for (int slot = (int) fingerprint & mask; fingerprints[slot] != 0; slot = (slot + 1) & mask) {
      if (fingerprints[slot] == fingerprint) {
        Record record = read(offsets[slot]);
        if (record.articleId().equals(articleId)) {
          return Optional.of(storyIds.get(record.story()));
        }
      }
    }
    return Optional.empty();
  }

  int size() {
    return size;
  }

  /** A retired assignment as packed. */
  record Record(long sequence, String articleId, int story) {}

  /** Every retired assignment, in the order they retired (not the order they were recorded). */
  void forEach(java.util.function.Consumer<Record> action) {
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      int end = chunk == chunks.size() - 1 ? used : chunkEnds.get(chunk);
      int[] at = {0};
      while (at[0] < end) {
        action.accept(read(chunks.get(chunk), at));
      }
    }
  }

  /** The id of a retired story, by the number a {@link Record} carries. */
  String storyId(int story) {
    return storyIds.get(story);
  }

  private long append(long sequence, String articleId, int story) {
    byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
    int length = varintLength(sequence) + varintLength(id.length) + id.length + varintLength(story);
    if (length >= CHUNK) {
      throw new IllegalArgumentException("an article id of " + id.length + " bytes");
    }
    if (used + length > CHUNK) {
      if (!chunks.isEmpty()) {
        chunkEnds.add(used);
      }
      chunks.add(new byte[CHUNK]);
      used = 0;
    }
    byte[] chunk = chunks.get(chunks.size() - 1);
    long offset = (long) (chunks.size() - 1) * CHUNK + used;
    used = writeVarint(chunk, used, sequence);
    used = writeVarint(chunk, used, id.length);
    System.arraycopy(id, 0, chunk, used, id.length);
    used += id.length;
    used = writeVarint(chunk, used, story);
    return offset;
  }

  private Record read(long offset) {
    return read(chunks.get((int) (offset / CHUNK)), new int[] {(int) (offset % CHUNK)});
  }

  /** The record at {@code at[0]}, moving {@code at[0]} past it. */
  private static Record read(byte[] chunk, int[] at) {
    long sequence = readVarint(chunk, at);
    int length = (int) readVarint(chunk, at);
    String id = new String(chunk, at[0], length, StandardCharsets.UTF_8);
    at[0] += length;
    int story = (int) readVarint(chunk, at);
    return new Record(sequence, id, story);
  }

  private void put(long fingerprint, long offset) {
    if (2 * (size + 1) > fingerprints.length) {
      grow();
    }
    int mask = fingerprints.length - 1;
    int slot = (int) fingerprint & mask;
    while (fingerprints[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    fingerprints[slot] = fingerprint;
    offsets[slot] = offset;
    size++;
  }

  private void grow() {
    long[] oldFingerprints = fingerprints;
    long[] oldOffsets = offsets;
    fingerprints = new long[oldFingerprints.length * 2];
    offsets = new long[oldOffsets.length * 2];
    int mask = fingerprints.length - 1;
    for (int i = 0; i < oldFingerprints.length; i++) {
      if (oldFingerprints[i] != 0) {
        int slot = (int) oldFingerprints[i] & mask;
        while (fingerprints[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        fingerprints[slot] = oldFingerprints[i];
        offsets[slot] = oldOffsets[i];
      }
    }
  }

  /** A 64-bit hash of the id, never 0 (0 marks an empty slot). */
  static long fingerprint(String articleId) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < articleId.length(); i++) {
      hash = (hash ^ articleId.charAt(i)) * 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash == 0 ? 1 : hash;
  }

  private static int varintLength(long value) {
    int length = 1;
    while ((value >>>= 7) != 0) {
      length++;
    }
    return length;
  }

  /** Unsigned LEB128: 1 byte below 128, 3 for a sequence below 2 million. */
  private static int writeVarint(byte[] into, int at, long value) {
    while ((value & ~0x7fL) != 0) {
      into[at++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }

  private static long readVarint(byte[] from, int[] at) {
    long value = 0;
    int shift = 0;
    while (true) {
      byte b = from[at[0]++];
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
      shift += 7;
    }
  }

  /** Writes the packed record for a snapshot: story ids and chunks; the table is rebuilt. */
  void write(DataOutput out) throws IOException {
    out.writeInt(storyIds.size());
    for (String storyId : storyIds) {
      out.writeUTF(storyId);
    }
    out.writeInt(chunks.size());
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      int end = chunk == chunks.size() - 1 ? used : chunkEnds.get(chunk);
      out.writeInt(end);
      out.write(chunks.get(chunk), 0, end);
    }
  }

  /** The record as {@link #write} wrote it. */
  static RetiredAssignments read(DataInput in) throws IOException {
    RetiredAssignments retired = new RetiredAssignments();
    int stories = in.readInt();
    for (int i = 0; i < stories; i++) {
      String storyId = in.readUTF();
      retired.storyNumbers.put(storyId, retired.storyIds.size());
      retired.storyIds.add(storyId);
    }
    int chunks = in.readInt();
    for (int chunk = 0; chunk < chunks; chunk++) {
      int end = in.readInt();
      byte[] bytes = new byte[CHUNK];
      in.readFully(bytes, 0, end);
      if (chunk > 0) {
        retired.chunkEnds.add(retired.used);
      }
      retired.chunks.add(bytes);
      retired.used = end;
      int[] at = {0};
      while (at[0] < end) {
        long offset = (long) chunk * CHUNK + at[0];
        Record record = read(bytes, at);
        retired.put(fingerprint(record.articleId()), offset);
      }
    }
    return retired;
  }
}
