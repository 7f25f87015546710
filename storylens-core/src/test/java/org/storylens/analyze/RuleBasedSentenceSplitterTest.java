package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

class RuleBasedSentenceSplitterTest extends SentenceSplitterContract {

  private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();

  @Override
  SentenceSplitter splitter() {
    return splitter;
  }

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.span().of(text)).toList();
  }

  private List<String> tokens(String text) {
    Sentence only = splitter.split(text).get(0);
    return only.tokens().stream().map(t -> t.of(text)).toList();
  }

  @Test
  void splitsPlainSentences() {
    assertThat(sentences("The quake struck at dawn. Rescuers arrived! Was anyone hurt? Nobody knows."))
        .containsExactly(
            "The quake struck at dawn.", "Rescuers arrived!", "Was anyone hurt?", "Nobody knows.");
  }

  @Test
  void keepsAbbreviationsInsideTheSentence() {
    assertThat(
            sentences(
                "The storm hit on Sept. 14 and again on Dec. 3 at 4 p.m. local time. Gov. Ana Ruiz"
                    + " and Lt. Col. Dan Berg spoke. Route No. 9 was closed."))
        .containsExactly(
            "The storm hit on Sept. 14 and again on Dec. 3 at 4 p.m. local time.",
            "Gov. Ana Ruiz and Lt. Col. Dan Berg spoke.",
            "Route No. 9 was closed.");
  }

  @Test
  void endsASentenceAtAnAbbreviationWhenAnOpenerFollows() {
    assertThat(sentences("The talks were held in the U.S. The next round is in Oslo."))
        .containsExactly("The talks were held in the U.S.", "The next round is in Oslo.");
    assertThat(sentences("They landed at 9 a.m. Moscow time on Friday."))
        .containsExactly("They landed at 9 a.m. Moscow time on Friday.");
    assertThat(sentences("He said no. The vote failed."))
        .containsExactly("He said no.", "The vote failed.");
  }

  @Test
  void keepsInitialsAndDecimals() {
    assertThat(sentences("Coach J. R. Smith said the 6.8 reading was right. Others disagreed."))
        .containsExactly("Coach J. R. Smith said the 6.8 reading was right.", "Others disagreed.");
  }

  @Test
  void keepsTheClosingQuoteAndAttributionWithItsSentence() {
    assertThat(
            sentences(
                "\"The culprits will be found and punished,\" the ministry said. \"We regret the"
                    + " loss. We will pay for the damage.\" The mayor thanked them."))
        .containsExactly(
            "\"The culprits will be found and punished,\" the ministry said.",
            "\"We regret the loss.",
            "We will pay for the damage.\"",
            "The mayor thanked them.");
    assertThat(
            sentences(
                "\u201cHelp came late. Many are missing,\u201d the governor told reporters on"
                    + " Monday."))
        .containsExactly(
            "\u201cHelp came late.",
            "Many are missing,\u201d the governor told reporters on Monday.");
    assertThat(sentences("\"Is it over?\" she asked. Nobody answered."))
        .containsExactly("\"Is it over?\" she asked.", "Nobody answered.");
  }

  @Test
  void aDatelineNeverCutsItsDateFromTheRest() {
    assertThat(sentences("OSLO, March 3. /NTB/. The port reopened on Tuesday."))
        .containsExactly("OSLO, March 3. /NTB/.", "The port reopened on Tuesday.");
    assertThat(sentences("LIMA, Peru (AP) \u2014 A bridge fell on May 2. Two cars were lost."))
        .containsExactly("LIMA, Peru (AP) \u2014 A bridge fell on May 2.", "Two cars were lost.");
  }

  @Test
  void everyParagraphAndLineIsABoundaryAndUnpunctuatedLinesAreHeadings() {
    String text =
        "Floods Close Northern Roads\n\nWater rose overnight in the valley. Schools shut\n\n"
            + "What happens next\n\nOfficials will meet again.";
    List<Sentence> split = splitter.split(text);
    assertThat(split).extracting(s -> s.span().of(text))
        .containsExactly(
            "Floods Close Northern Roads",
            "Water rose overnight in the valley.",
            "Schools shut",
            "What happens next",
            "Officials will meet again.");
    assertThat(split).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 3);
    assertThat(split).extracting(Sentence::heading).containsExactly(true, false, true, true, false);
  }

  @Test
  void paragraphIndexesMatchTheArticlesParagraphs() {
    String text = "One.\n\n\nTwo.\n\n\n\nThree.";
    assertThat(splitter.split(text)).extracting(Sentence::paragraph).containsExactly(0, 1, 3);
    assertThat(List.of(text.split("\n\n")).get(3)).isEqualTo("Three.");
  }

  @Test
  void lineBreaksCanBeOrdinarySpace() {
    RuleBasedSentenceSplitter wrapped =
        new RuleBasedSentenceSplitter(
            SentenceSplitterConfig.defaults().withLineBreaksEndSentences(false));
    String text = "The river rose\nfaster than expected. Crews\nworked all night.";
    assertThat(wrapped.split(text)).extracting(s -> s.span().of(text))
        .containsExactly("The river rose\nfaster than expected.", "Crews\nworked all night.");
  }

  @Test
  void abbreviationsAreConfigurable() {
    assertThat(sentences("The envoy met Amb. Lee in town.")).hasSize(2);
    RuleBasedSentenceSplitter withAmbassadors =
        new RuleBasedSentenceSplitter(
            SentenceSplitterConfig.defaults()
                .withTitles(
                    java.util.stream.Stream.concat(
                            SentenceSplitterConfig.defaults().titles().stream(),
                            java.util.stream.Stream.of("AMB"))
                        .collect(java.util.stream.Collectors.toSet())));
    String text = "The envoy met Amb. Lee in town.";
    assertThat(withAmbassadors.split(text)).hasSize(1);
    assertThat(withAmbassadors.split(text).get(0).tokens())
        .extracting(t -> t.of(text))
        .contains("Amb.");
  }

  @Test
  void handlesEllipses() {
    assertThat(sentences("Talks between\u2026 Lee and\u2026 Park went well. He waited... Then he left."))
        .containsExactly(
            "Talks between\u2026 Lee and\u2026 Park went well.", "He waited...", "Then he left.");
  }

  @Test
  void tokensKeepNumbersAbbreviationsAndSplitPossessives() {
    assertThat(tokens("Chile's 6.8-magnitude quake left 5,000 homeless in 2020-2022, U.S. data show."))
        .containsExactly(
            "Chile", "'s", "6.8-magnitude", "quake", "left", "5,000", "homeless", "in",
            "2020-2022", ",", "U.S.", "data", "show", ".");
    assertThat(tokens("\"They don't know,\" said Gov. Kim\u2019s aide at 12:00... (maybe)"))
        .containsExactly(
            "\"", "They", "do", "n't", "know", ",", "\"", "said", "Gov.", "Kim", "\u2019s", "aide",
            "at", "12:00", "...", "(", "maybe", ")");
  }

  @Test
  void tokensAreInsideTheirSentenceAndInOrder() {
    String text = "A first line.\n\nThen a second one, with \u00abquotes\u00bb and O'Neil's dog.";
    for (Sentence sentence : splitter.split(text)) {
      Span previous = null;
      for (Span token : sentence.tokens()) {
        assertThat(sentence.span().contains(token)).isTrue();
        assertThat(token.of(text).isBlank()).isFalse();
        if (previous != null) {
          assertThat(token.start()).isGreaterThanOrEqualTo(previous.end());
        }
        previous = token;
      }
    }
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" \n\n \n")).isEmpty();
  }

  /**
   * A quadratic or backtracking scan would take hours on a megabyte; linear work takes about a
   * second even on a busy machine, so the bound is loose enough never to flake.
   */
  @Test
  void isLinearOnAMegabyteLine() {
    String line = "No. U.S. a.m. J. 5,000.... \"x\" ".repeat(40_000);
    long started = System.nanoTime();
    List<Sentence> split = splitter.split(line);
    assertThat(split).isNotEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aRunOnWithoutStopsIsCutIntoPiecesOfBoundedLengthKeepingEveryToken() {
    StringBuilder text = new StringBuilder("Junk");
    for (int i = 0; i < 450; i++) {
      text.append(i % 37 == 0 ? ", word" : " word").append(i);
    }
    List<Sentence> sentences = splitter.split(text.toString());
    assertThat(sentences).hasSizeGreaterThan(2);
    assertThat(sentences)
        .allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(RuleBasedSentenceSplitter.MAX_TOKENS));
    // the pieces hold all of the run-on's tokens (451 words and 13 commas), in order, the first
    // cut after a comma
    assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(451 + 13);
    assertThat(sentences.get(0).span().of(text.toString())).endsWith(",");
    for (int i = 1; i < sentences.size(); i++) {
      assertThat(sentences.get(i).span().start()).isGreaterThan(sentences.get(i - 1).span().end() - 1);
    }
  }
}
