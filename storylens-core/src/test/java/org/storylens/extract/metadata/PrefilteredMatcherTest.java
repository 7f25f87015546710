package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilteredMatcherTest {

  /** Characters the start tests look at: letters of several scripts, digits, marks, a surrogate. */
  private static final String ALPHABET =
      "ab May mar Sept 2019 1988 in on the of 0123456789 .,-/:' \n\tÉé şı Мая ٣ \ud801\udc00";

  @Test
  void numberStartGivesTheMatchesOfFind() {
    Pattern pattern = Pattern.compile("(?<![\\d-])\\d{2,4}(?:-\\d{1,2})?");
    assertSameMatches(pattern, PrefilteredMatcher.NUMBER_START);
  }

  @Test
  void wordStartGivesTheMatchesOfFind() {
    Pattern pattern =
        Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?i:in|on|of)\\s{1,3})?(?:May|Sept|\\d{4})(?![\\p{L}\\d])");
    assertSameMatches(pattern, PrefilteredMatcher.WORD_START);
  }

  @Test
  void datesAreFoundWhereTheirLookbehindAllowsThem() {
    DateTextParser parser = new DateTextParser();
    // ISO rules out only a digit or a hyphen before it, so a letter may touch it
    assertThat(parser.find("x2023-09-21")).extracting(DateMention::start).containsExactly(1);
    assertThat(parser.find("on 3 Мая 2021, Sept. 20")).extracting(DateMention::start)
        .containsExactly(3, 15);
    assertThat(parser.find("aSept. 20")).isEmpty();
  }

  private static void assertSameMatches(Pattern pattern, PrefilteredMatcher.StartTest test) {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      String text = randomText(random, 60);
      List<String> expected = new ArrayList<>();
      Matcher plain = pattern.matcher(text);
      while (plain.find()) {
        expected.add(plain.start() + ":" + plain.group());
      }
      List<String> actual = new ArrayList<>();
      PrefilteredMatcher filtered = PrefilteredMatcher.of(pattern, text, test);
      while (filtered.find()) {
        actual.add(filtered.matcher().start() + ":" + filtered.matcher().group());
      }
      assertThat(actual).as(text).isEqualTo(expected);
    }
  }

  /** Random runs cut from {@link #ALPHABET}, so words, numbers and their edges all occur. */
  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int from = random.nextInt(ALPHABET.length());
      int to = Math.min(ALPHABET.length(), from + 1 + random.nextInt(6));
      if (Character.isLowSurrogate(ALPHABET.charAt(from))) {
        from--;
      }
      text.append(ALPHABET, from, to);
    }
    return text.toString();
  }
}
