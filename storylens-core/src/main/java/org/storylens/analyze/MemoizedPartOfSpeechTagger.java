package org.storylens.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tagger that remembers the tags of the last {@code capacity} distinct token sequences it was
 * asked about, least recently used forgotten first. The tags of a sentence depend on its tokens
 * alone, so the answers are the wrapped tagger's; what it saves is the beam search when a story's
 * report is computed again after a new article joins it (every earlier article's sentences are
 * split into clauses and read for framing again), and when framing tags a sentence that claim
 * splitting tagged already. Thread-safe; the search itself runs outside the lock.
 */
final class MemoizedPartOfSpeechTagger implements PartOfSpeechTagger {

  private final PartOfSpeechTagger tagger;
  private final Map<List<String>, List<String>> remembered;

  MemoizedPartOfSpeechTagger(PartOfSpeechTagger tagger, int capacity) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.remembered =
        new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<List<String>, List<String>> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public List<String> tags(List<String> tokens) {
    List<String> key = List.copyOf(tokens);
    synchronized (remembered) {
      List<String> known = remembered.get(key);
      if (known != null) {
        return known;
      }
    }
    List<String> tags = List.copyOf(tagger.tags(key));
    synchronized (remembered) {
      remembered.put(key, tags);
    }
    return tags;
  }
}
