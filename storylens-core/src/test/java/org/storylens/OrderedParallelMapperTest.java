package org.storylens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapperTest {

  @Test
  void keepsInputOrderWhenLaterItemsFinishFirst() {
    List<Integer> out;
    try (Stream<Integer> mapped =
        OrderedParallelMapper.map(
            IntStream.range(0, 200).boxed(),
            i -> {
              sleepQuietly((200 - i) % 7);
              return i * 2;
            },
            4)) {
      out = mapped.toList();
    }
    assertThat(out).isEqualTo(IntStream.range(0, 200).map(i -> i * 2).boxed().toList());
  }

  @Test
  void readsOnlyABoundedWindowAhead() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet());
    try (Stream<Integer> mapped = OrderedParallelMapper.map(endless, i -> i, 2)) {
      assertThat(mapped.limit(5).toList()).containsExactly(0, 1, 2, 3, 4);
    }
    assertThat(pulled.get()).isLessThanOrEqualTo(5 + 2 * 8);
  }

  @Test
  void passesAFailureOnToTheReader() {
    try (Stream<Integer> mapped =
        OrderedParallelMapper.map(
            Stream.of(1, 2, 3),
            i -> {
              if (i == 2) {
                throw new IllegalArgumentException("bad item");
              }
              return i;
            },
            2)) {
      assertThatThrownBy(mapped::toList).hasMessage("bad item");
    }
  }

  private static void sleepQuietly(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
