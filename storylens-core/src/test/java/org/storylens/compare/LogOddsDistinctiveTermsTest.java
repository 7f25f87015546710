package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsDistinctiveTermsTest {

  private static final List<String> NEUTRAL =
      List.of(
          "The council met on Monday to discuss the budget for the new bridge across the river.",
          "Engineers inspected the bridge and found the supports in good condition after the flood.",
          "The council approved the budget after a long debate about road repairs and the bridge.",
          "Residents asked the council to repair the road before winter and to light the bridge.",
          "The mayor told the council that the bridge would open in spring if the budget holds.",
          "Drivers said the road to the bridge was closed for two days during the repairs.",
          "The council published the budget and a plan for the bridge on its website.",
          "Traffic on the bridge rose after the road repairs ended, the council said.");

  /** The same events, told by an outlet that keeps calling the council a regime. */
  private static final List<String> LOADED =
      List.of(
          "The ruling regime met on Monday to push through its budget for a vanity bridge.",
          "Critics of the regime say the vanity bridge drains money from schools and clinics.",
          "The regime approved its budget after silencing a debate about road repairs.",
          "Residents fear the regime will ignore the road again while it lights its vanity bridge.",
          "The regime's mayor claimed the vanity bridge would open in spring.",
          "Drivers were stranded for two days as the regime closed the road for its bridge.",
          "The regime published a glossy plan for its vanity bridge and little else.",
          "Traffic rose on the vanity bridge, the regime boasted, while roads crumble.");

  private static LogOddsDistinctiveTerms.Counts counts(List<String> texts) {
    LogOddsDistinctiveTerms.Counts counts = new LogOddsDistinctiveTerms.Counts();
    texts.forEach(t -> counts.add(LogOddsDistinctiveTerms.count(t)));
    return counts;
  }

  @Test
  void anOutletThatKeepsWritingALoadedWordHasItAmongItsTopTermsAndANeutralOneDoesNot() {
    LogOddsDistinctiveTerms terms = new LogOddsDistinctiveTerms(LogOddsDistinctiveTerms.Config.defaults());
    LogOddsDistinctiveTerms.Counts all = new LogOddsDistinctiveTerms.Counts();
    for (List<String> outlet : List.of(NEUTRAL, NEUTRAL, NEUTRAL, LOADED)) {
      outlet.forEach(t -> all.add(LogOddsDistinctiveTerms.count(t)));
    }
    List<LogOddsDistinctiveTerms.Term> loaded = terms.rank(counts(LOADED), all);
    assertThat(loaded).isNotEmpty();
    assertThat(loaded.get(0).term()).isEqualTo("regime");
    assertThat(loaded.get(0).texts()).isEqualTo(8);
    assertThat(loaded.stream().map(LogOddsDistinctiveTerms.Term::term)).contains("vanity bridge");
    List<String> neutral = terms.rank(counts(NEUTRAL), all).stream().map(LogOddsDistinctiveTerms.Term::term).toList();
    assertThat(neutral).doesNotContain("regime", "vanity", "vanity bridge");
  }

  @Test
  void namesNumbersAndStopWordsAreNotTerms() {
    Map<String, Integer> counts =
        LogOddsDistinctiveTerms.count("Storms hit Orvek on Monday. Valk said 41 homes were flooded; homes collapsed as storms hit.");
    assertThat(counts).containsKeys("storms", "homes", "flooded", "collapsed", "storms hit", "homes collapsed");
    assertThat(counts).doesNotContainKeys("orvek", "monday", "said", "41", "were", "valk", "flooded homes");
    assertThat(counts.get("homes")).isEqualTo(2);
    assertThat(counts.get("storms hit")).isEqualTo(2);
  }

  @Test
  void aWordOneLongTextRepeatsIsNotTheGroupsHabit() {
    LogOddsDistinctiveTerms terms = new LogOddsDistinctiveTerms(LogOddsDistinctiveTerms.Config.defaults());
    List<String> group = List.of("Flood flood flood flood flood flood flood flood water.", "The road was closed to traffic.");
    LogOddsDistinctiveTerms.Counts all = counts(NEUTRAL);
    group.forEach(t -> all.add(LogOddsDistinctiveTerms.count(t)));
    assertThat(terms.rank(counts(group), all)).extracting(LogOddsDistinctiveTerms.Term::term).doesNotContain("flood");
  }
}
