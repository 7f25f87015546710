package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRepairTest {

  @Test
  void decodesWholeEntities() {
    assertThat(TextRepair.repair("Fish &amp; chips &quot;to go&quot; &#8217; &#x2014; &eacute;"))
        .isEqualTo("Fish & chips \"to go\" \u2019 \u2014 &eacute;");
  }

  @Test
  void repairsRemnantsThatLostTheirAmpersand() {
    assertThat(TextRepair.repair("The mayor said quot;we will rebuildquot; on Friday."))
        .isEqualTo("The mayor said \"we will rebuild\" on Friday.");
    assertThat(TextRepair.repair("It#39;s the council#39;s plan")).isEqualTo("It's the council's plan");
    assertThat(TextRepair.repair("Smith rsquo;s office, 10nbsp;km away"))
        .isEqualTo("Smith \u2019s office, 10 km away");
    assertThat(TextRepair.repair("Research amp; Development")).isEqualTo("Research & Development");
  }

  @Test
  void leavesOrdinaryWordsAlone() {
    String text = "The champ; the example; a lamp; 12:30; #1; C# code";
    assertThat(TextRepair.repair(text)).isEqualTo(text);
  }

  @Test
  void decodesDoubleEncodedEntities() {
    assertThat(TextRepair.repair("&amp;quot;Hello&amp;quot;")).isEqualTo("\"Hello\"");
  }

  @Test
  void replacesInvisibleCharactersAndKeepsLineBreaks() {
    assertThat(TextRepair.repair("a\u00a0b\u200bc\u00add\r\ne\rf")).isEqualTo("a bcd\ne\nf");
  }

  /**
   * A hang guard, not a speed target: a quadratic or backtracking scan of these 1.4 million
   * characters would take hours, linear work milliseconds; the bound is loose enough that a busy
   * machine never trips it (a one-second bound did).
   */
  @Test
  void isLinearOnLongHostileInput() {
    String hostile = "&#".repeat(200_000) + "quot".repeat(100_000) + "amp;".repeat(50_000);
    long start = System.nanoTime();
    String repaired = TextRepair.repair(hostile);
    assertThat(repaired).isNotEmpty();
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
  }
}
