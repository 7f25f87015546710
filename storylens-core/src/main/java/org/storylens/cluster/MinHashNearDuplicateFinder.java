package org.storylens.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.storylens.model.DerivationLink;

/**
 * Finds near-duplicate articles among the recent ones: MinHash signatures of word 5-gram shingles,
 * bucketed by locality-sensitive hashing bands, so a new article is compared only with articles
 * that share a band, never with all of them. A pair is a near-duplicate when the signatures agree
 * on at least {@code minimumSimilarity} of their hashes (an estimate of shingle Jaccard).
 *
 * <p>With 128 hashes in 32 bands of 4 rows, a pair with Jaccard 0.8 shares a band with
 * probability above 0.999, one with Jaccard 0.3 with probability about 0.23, and the estimate
 * then filters those. Memory is bounded by {@code window} articles, oldest forgotten first.
 */
public final class MinHashNearDuplicateFinder {

  static final int SHINGLE_WORDS = 5;

  private final int bands;
  private final int rows;
  private final double minimumSimilarity;
  private final int window;
  private final long[] multipliers;
  private final long[] offsets;
  private final long family;
  private final Map<Long, List<String>> buckets = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();
  private final Deque<String> order = new ArrayDeque<>();

  /**
   * @param bands LSH bands
   * @param rows hashes per band; {@code bands * rows} hashes in all
   * @param minimumSimilarity estimated Jaccard from which a pair is a near-duplicate
   * @param window how many recent articles are remembered
   * @param seed seeds the hash functions; the same seed gives the same links
   */
  public MinHashNearDuplicateFinder(
      int bands, int rows, double minimumSimilarity, int window, long seed) {
    if (bands < 1 || rows < 1 || window < 1) {
      throw new IllegalArgumentException("bands, rows and window must be positive");
    }
    if (!(minimumSimilarity > 0 && minimumSimilarity <= 1)) {
      throw new IllegalArgumentException("minimumSimilarity must lie in (0, 1]: " + minimumSimilarity);
    }
    this.bands = bands;
    this.rows = rows;
    this.minimumSimilarity = minimumSimilarity;
    this.window = window;
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[bands * rows];
    offsets = new long[bands * rows];
    for (int i = 0; i < multipliers.length; i++) {
      multipliers[i] = random.nextLong() | 1;
      offsets[i] = random.nextLong();
    }
    family = mix(mix(seed) ^ ((long) bands << 32 | rows));
  }

  /**
   * A text's signature, computed apart from any finder's memory so that it can be taken on any
   * thread (it reads only the hash functions) and given to {@link #add(String, Fingerprint)} of
   * every finder with the same bands, rows and seed.
   */
  public static final class Fingerprint {
    private final long family;
    private final long[] hashes;

    private Fingerprint(long family, long[] hashes) {
      this.family = family;
      this.hashes = hashes;
    }
  }

  /**
   * The text's fingerprint, or empty for a text shorter than one shingle (never linked). Safe on
   * any thread.
   */
  public java.util.Optional<Fingerprint> fingerprint(String text) {
    Set<Long> shingles = shingles(text);
    return shingles.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Fingerprint(family, signature(shingles)));
  }

  /** 128 hashes in 32 bands of 4, near-duplicate from 0.8, a window of 10,000 articles. */
  public static MinHashNearDuplicateFinder standard() {
    return new MinHashNearDuplicateFinder(32, 4, 0.8, 10_000, 20_231_121L);
  }

  /**
   * Links from the remembered articles this text nearly duplicates (earlier first), then remembers
   * it. A text shorter than one shingle is neither linked nor remembered.
   */
  public List<DerivationLink> add(String articleId, String text) {
    return fingerprint(text).map(f -> add(articleId, f)).orElse(List.of());
  }

  /**
   * As {@link #add(String, String)}, from the text's {@link #fingerprint}; it must come from a
   * finder with this one's bands, rows and seed.
   */
  public List<DerivationLink> add(String articleId, Fingerprint fingerprint) {
    if (signatures.containsKey(articleId)) {
      return List.of();
    }
    List<DerivationLink> links = nearDuplicatesOf(articleId, fingerprint);
    remember(articleId, fingerprint.hashes);
    return links;
  }

  /**
   * The links {@link #add(String, Fingerprint)} would give, without remembering the article: for
   * a caller that decides from them whether to keep it at all.
   */
  public List<DerivationLink> nearDuplicatesOf(String articleId, Fingerprint fingerprint) {
    if (fingerprint.family != family) {
      throw new IllegalArgumentException("a fingerprint of other hash functions than this finder's");
    }
    long[] signature = fingerprint.hashes;
    Set<String> candidates = new LinkedHashSet<>();
    for (int band = 0; band < bands; band++) {
      candidates.addAll(buckets.getOrDefault(bandKey(signature, band), List.of()));
    }
    List<DerivationLink> links = new ArrayList<>();
    for (String earlier : candidates) {
      double similarity = similarity(signature, signatures.get(earlier));
      if (similarity >= minimumSimilarity) {
        links.add(
            new DerivationLink(
                earlier,
                articleId,
                DerivationLink.Kind.NEAR_DUPLICATE,
                similarity,
                String.format(
                    Locale.ROOT, "%.0f%% of word 5-grams shared (MinHash estimate)",
                    100 * similarity)));
      }
    }
    return links;
  }

  /** The estimated Jaccard similarity of two texts' shingle sets. */
  public double estimatedSimilarity(String first, String second) {
    Set<Long> a = shingles(first);
    Set<Long> b = shingles(second);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return similarity(signature(a), signature(b));
  }

  private void remember(String articleId, long[] signature) {
    signatures.put(articleId, signature);
    order.addLast(articleId);
    for (int band = 0; band < bands; band++) {
      buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>(2)).add(articleId);
    }
    if (order.size() > window) {
      forget(order.removeFirst());
    }
  }

  private void forget(String articleId) {
    long[] signature = signatures.remove(articleId);
    for (int band = 0; band < bands; band++) {
      long key = bandKey(signature, band);
      List<String> bucket = buckets.get(key);
      bucket.remove(articleId);
      if (bucket.isEmpty()) {
        buckets.remove(key);
      }
    }
  }

  /**
   * Word 5-grams of the lower-cased text, each hashed to 64 bits. A word is a run of letters and
   * digits ({@code [\\p{L}\\p{N}]+}), hashed as {@link String#hashCode} hashes it, read in one
   * pass without making a string of each word.
   */
  static Set<Long> shingles(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] words = new int[Math.max(16, lower.length() / 4)];
    int count = 0;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      int c = lower.codePointAt(i);
      if (!isWordCharacter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int hash = 0;
      while (i < n && isWordCharacter(c = lower.codePointAt(i))) {
        int width = Character.charCount(c);
        for (int k = 0; k < width; k++) {
          hash = 31 * hash + lower.charAt(i + k);
        }
        i += width;
      }
      if (count == words.length) {
        words = java.util.Arrays.copyOf(words, count * 2);
      }
      words[count++] = hash;
    }
    Set<Long> shingles = new LinkedHashSet<>();
    for (int start = 0; start + SHINGLE_WORDS <= count; start++) {
      long hash = 0xcbf29ce484222325L;
      for (int j = start; j < start + SHINGLE_WORDS; j++) {
        hash = mix(hash ^ words[j]) + j - start;
      }
      shingles.add(hash);
    }
    return shingles;
  }

  /** A letter or a number of any script: what {@code [\\p{L}\\p{N}]} matches. */
  private static boolean isWordCharacter(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private long[] signature(Set<Long> shingles) {
    long[] signature = new long[multipliers.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < signature.length; i++) {
        long hash = mix(shingle * multipliers[i] + offsets[i]);
        if (hash < signature[i]) {
          signature[i] = hash;
        }
      }
    }
    return signature;
  }

  private long bandKey(long[] signature, int band) {
    long key = band;
    for (int row = band * rows; row < (band + 1) * rows; row++) {
      key = mix(key * 31 + signature[row]);
    }
    return key;
  }

  private static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** The SplitMix64 finaliser: a cheap, well-spread 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
