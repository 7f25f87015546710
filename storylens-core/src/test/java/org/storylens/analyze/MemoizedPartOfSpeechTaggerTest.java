package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoizedPartOfSpeechTaggerTest {

  /** Counts the sentences it is asked to tag. */
  private static final class Counting implements PartOfSpeechTagger {
    final List<List<String>> asked = new ArrayList<>();
    private final PartOfSpeechTagger real = PartOfSpeechTagger.english();

    @Override
    public synchronized List<String> tags(List<String> tokens) {
      asked.add(tokens);
      return real.tags(tokens);
    }
  }

  @Test
  void givesTheTaggersTagsAndTagsEachSentenceOnce() {
    Counting counting = new Counting();
    PartOfSpeechTagger memoized = PartOfSpeechTagger.memoized(counting, 10);
    List<String> sentence = List.of("The", "minister", "visited", "the", "flooded", "town", ".");
    List<String> first = memoized.tags(sentence);
    assertThat(first).isEqualTo(PartOfSpeechTagger.english().tags(sentence));
    assertThat(memoized.tags(new ArrayList<>(sentence))).isEqualTo(first);
    assertThat(counting.asked).hasSize(1);
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    Counting counting = new Counting();
    PartOfSpeechTagger memoized = PartOfSpeechTagger.memoized(counting, 2);
    List<String> a = List.of("Rain", "fell", ".");
    List<String> b = List.of("Rivers", "rose", ".");
    List<String> c = List.of("Roads", "closed", ".");
    memoized.tags(a);
    memoized.tags(b);
    memoized.tags(a); // a is now the most recently used
    memoized.tags(c); // b goes
    memoized.tags(a);
    assertThat(counting.asked).containsExactly(a, b, c);
    memoized.tags(b);
    assertThat(counting.asked).containsExactly(a, b, c, b);
  }

  @Test
  void refusesACapacityOfNothing() {
    assertThatThrownBy(() -> PartOfSpeechTagger.memoized(PartOfSpeechTagger.english(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
