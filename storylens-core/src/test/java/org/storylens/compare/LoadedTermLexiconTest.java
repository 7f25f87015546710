package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The loaded-term lexicon: its format, inflections and matching. */
class LoadedTermLexiconTest {

  private static List<String> found(LoadedTermLexicon lexicon, String sentence) {
    return lexicon.find(List.of(sentence.split(" "))).stream()
        .map(m -> m.entry().text() + "/" + m.entry().category())
        .toList();
  }

  @Test
  void wordsMatchTheirRegularInflectionsOnly() {
    assertThat(LoadedTermLexicon.forms("occupy")).contains("occupied", "occupies", "occupying");
    assertThat(LoadedTermLexicon.forms("slam")).contains("slammed", "slams", "slamming");
    assertThat(LoadedTermLexicon.forms("liberate")).contains("liberated", "liberating")
        .doesNotContain("liberal");
    assertThat(LoadedTermLexicon.forms("separatist")).contains("separatists");
  }

  @Test
  void theLongestEntryWinsAndPhrasesMatchWordByWord() {
    LoadedTermLexicon lexicon =
        LoadedTermLexicon.parse(
            "# test\n[blame 0.8]\nfend for themselves\nleft to fend for themselves\n"
                + "[alarm 0.6]\ncatastrophe | 0.9\n");
    assertThat(found(lexicon, "they were left to fend for themselves after the catastrophe"))
        .containsExactly("left to fend for themselves/blame", "catastrophe/alarm");
    assertThat(lexicon.find(List.of("catastrophes")).get(0).entry().weight()).isEqualTo(0.9);
  }

  @Test
  void theStandardLexiconFindsLoadedWordsAndLeavesPlainOnesAlone() {
    LoadedTermLexicon lexicon = LoadedTermLexicon.standard();
    assertThat(found(lexicon, "the occupied region was liberated from separatists"))
        .containsExactly(
            "occupy/occupation-sovereignty",
            "liberate/occupation-sovereignty",
            "separatist/terror-militancy-labels");
    assertThat(found(lexicon, "the council met on tuesday to discuss the budget")).isEmpty();
  }

  @Test
  void aMalformedLexiconFailsLoudly() {
    assertThatThrownBy(() -> LoadedTermLexicon.parse("orphan\n"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LoadedTermLexicon.parse("[x 2.0]\nterm\n"))
        .isInstanceOf(IllegalStateException.class);
  }
}
