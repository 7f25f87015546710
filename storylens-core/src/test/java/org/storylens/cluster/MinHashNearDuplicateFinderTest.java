package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MinHashNearDuplicateFinderTest {

  private static final String TEXT =
      "The city council voted on Monday to close the old stone bridge to cars after engineers"
          + " found deep cracks in two of its arches, ending months of debate about the cost of"
          + " repairs. Buses will take a detour through the market square until a new crossing"
          + " opens, the mayor said, adding that cyclists and walkers may still use the bridge.";

  @Test
  void estimatesShingleOverlap() {
    MinHashNearDuplicateFinder finder = MinHashNearDuplicateFinder.standard();
    assertThat(finder.estimatedSimilarity(TEXT, TEXT)).isEqualTo(1.0);
    assertThat(finder.estimatedSimilarity(TEXT, TEXT.replace("Monday", "Tuesday")))
        .isBetween(0.7, 0.95);
    assertThat(finder.estimatedSimilarity(TEXT, "A storm flooded the harbour road overnight and"
        + " closed three schools in the north of the county, officials said."))
        .isLessThan(0.1);
  }

  @Test
  void linksACopyToTheEarlierArticleOnlyAndForgetsBeyondItsWindow() {
    MinHashNearDuplicateFinder finder = new MinHashNearDuplicateFinder(32, 4, 0.8, 2, 7);
    assertThat(finder.add("original", TEXT)).isEmpty();
    assertThat(finder.add("copy", TEXT + " Updated at noon."))
        .singleElement()
        .satisfies(link -> {
          assertThat(link.from()).isEqualTo("original");
          assertThat(link.to()).isEqualTo("copy");
        });
    finder.add("other", "Something else entirely happened in another town on another day.");
    assertThat(finder.add("late copy", TEXT))
        .extracting(link -> link.from())
        .containsExactly("copy");
  }

  @Test
  void theSameSeedGivesTheSameEstimates() {
    String edited = TEXT.replace("cars", "lorries").replace("mayor", "deputy mayor");
    assertThat(new MinHashNearDuplicateFinder(16, 4, 0.5, 10, 1).estimatedSimilarity(TEXT, edited))
        .isEqualTo(new MinHashNearDuplicateFinder(16, 4, 0.5, 10, 1).estimatedSimilarity(TEXT, edited));
  }

  @Test
  void aFingerprintTakenElsewhereServesEveryFinderOfTheSameHashes() throws Exception {
    MinHashNearDuplicateFinder byText = new MinHashNearDuplicateFinder(32, 4, 0.5, 10, 7);
    MinHashNearDuplicateFinder byFingerprint = new MinHashNearDuplicateFinder(32, 4, 0.5, 10, 7);
    // fingerprints are taken on another thread, as the service's uploaders take them
    MinHashNearDuplicateFinder.Fingerprint first =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> byFingerprint.fingerprint(TEXT).orElseThrow()).get();
    String edited = TEXT.replace("cars", "lorries");
    assertThat(byFingerprint.add("original", first)).isEqualTo(byText.add("original", TEXT)).isEmpty();
    assertThat(byFingerprint.add("edited", byFingerprint.fingerprint(edited).orElseThrow()))
        .isEqualTo(byText.add("edited", edited))
        .singleElement()
        .satisfies(link -> assertThat(link.score()).isBetween(0.5, 1.0));
    assertThat(byFingerprint.fingerprint("Too short")).isEmpty();
    // asking without adding remembers nothing: a later copy links to the two added texts only
    MinHashNearDuplicateFinder.Fingerprint copy = byFingerprint.fingerprint(TEXT + " Updated.").orElseThrow();
    assertThat(byFingerprint.nearDuplicatesOf("asked", copy)).extracting(link -> link.from()).containsExactly("original", "edited");
    assertThat(byFingerprint.add("copy", copy)).extracting(link -> link.from()).containsExactly("original", "edited");
    MinHashNearDuplicateFinder otherSeed = new MinHashNearDuplicateFinder(32, 4, 0.5, 10, 8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherSeed.add("x", first))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textsShorterThanAShingleAreIgnored() {
    MinHashNearDuplicateFinder finder = MinHashNearDuplicateFinder.standard();
    assertThat(finder.add("a", "Too short")).isEmpty();
    assertThat(finder.add("b", "Too short")).isEmpty();
  }

  /**
   * The one-pass word reader gives the shingles a regular expression over letters and numbers
   * gives, word hashes by {@link String#hashCode}, on seeded random text mixing scripts, digits of
   * other scripts, letters outside the BMP, case and punctuation.
   */
  @Test
  void shinglesAreThoseOfTheLettersAndNumbersPattern() {
    String[] pieces = {
      "Bridge", "closed", "ÉCOLE", "straße", "Москва", "東京都", "٣٤", "Ⅻ", "½", "𝐀𝐁", "𐐀x",
      "café", "İstanbul", "2023", "a-b", "it's", ",", ".", "  ", "\n", "—", "e\u0301"
    };
    SplittableRandom random = new SplittableRandom(17);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(40);
      for (int i = 0; i < words; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        text.append(random.nextInt(3) == 0 ? "" : " ");
      }
      assertThat(MinHashNearDuplicateFinder.shingles(text.toString()))
          .as(text.toString())
          .containsExactlyElementsOf(shinglesByPattern(text.toString()));
    }
  }

  private static Set<Long> shinglesByPattern(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    Set<Long> shingles = new LinkedHashSet<>();
    for (int i = 0; i + MinHashNearDuplicateFinder.SHINGLE_WORDS <= words.size(); i++) {
      long hash = 0xcbf29ce484222325L;
      for (int j = i; j < i + MinHashNearDuplicateFinder.SHINGLE_WORDS; j++) {
        hash = mix(hash ^ words.get(j).hashCode()) + j - i;
      }
      shingles.add(hash);
    }
    return shingles;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
