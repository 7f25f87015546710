package org.storylens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanListTest {

  private static final List<Span> TOKENS = List.of(new Span(0, 5), new Span(6, 11), new Span(11, 12));

  @Test
  void aPackedListIsTheSameListOfSpans() {
    SpanList packed = SpanList.copyOf(TOKENS);
    assertThat(packed).containsExactlyElementsOf(TOKENS);
    assertThat(packed).isEqualTo(TOKENS);
    assertThat(TOKENS).isEqualTo(packed);
    assertThat(packed.hashCode()).isEqualTo(TOKENS.hashCode());
    assertThat(packed.start(1)).isEqualTo(6);
    assertThat(packed.end(2)).isEqualTo(12);
    assertThat(SpanList.copyOf(packed)).isSameAs(packed);
    assertThat(SpanList.copyOf(List.of())).isEmpty();
  }

  @Test
  void itCannotChangeAndRefusesNullsAndIndexesOutside() {
    List<Span> source = new ArrayList<>(TOKENS);
    SpanList packed = SpanList.copyOf(source);
    source.clear();
    assertThat(packed).hasSize(3);
    assertThatThrownBy(() -> packed.add(new Span(1, 2))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.set(0, new Span(1, 2))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> packed.start(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    List<Span> withNull = new ArrayList<>(TOKENS);
    withNull.add(null);
    assertThatThrownBy(() -> SpanList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSentenceKeepsItsTokensPackedChecksThemAndSurvivesSerialisation() throws Exception {
    Sentence sentence = new Sentence(new Span(0, 12), 0, false, TOKENS);
    assertThat(sentence.tokens()).isInstanceOf(SpanList.class).isEqualTo(TOKENS);
    assertThat(sentence).isEqualTo(new Sentence(new Span(0, 12), 0, false, new ArrayList<>(TOKENS)));
    assertThatThrownBy(() -> new Sentence(new Span(0, 11), 0, false, TOKENS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start=11, end=12");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sentence);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(sentence);
    }
  }
}
