package org.storylens.extract.metadata;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} would give, found by trying the pattern only at the positions
 * a cheap test on the text allows.
 *
 * <p>Why: a pattern that opens with a lookbehind and an alternation of words ("January|February|…")
 * gives the regex engine no literal to skip ahead by, so {@code find} attempts a match at every
 * character of an article. Most starts can be ruled out by one look at the character there and the
 * one before it (a date starts with a digit or with a word, never inside one). The test must be a
 * necessary condition of a match starting at that position; then the matches, their order and their
 * groups are exactly those of {@code find}. The lookbehinds still see the text before each start
 * (the matcher's bounds are transparent).
 *
 * <p>Not thread-safe, like the {@link Matcher} it holds: one per search.
 */
public final class PrefilteredMatcher {

  /** Whether a match may start at {@code index} of {@code text}. */
  @FunctionalInterface
  public interface StartTest {
    boolean mayStart(CharSequence text, int index);
  }

  /**
   * A match may start only at a digit 0-9 that does not follow one: the start test of a pattern
   * that opens with a lookbehind ruling out a digit, such as {@code (?<![\d-])}, and a number.
   */
  public static final StartTest NUMBER_START =
      (text, index) ->
          isAsciiDigit(text.charAt(index)) && (index == 0 || !isAsciiDigit(text.charAt(index - 1)));

  /**
   * A match may start only at a letter or a digit 0-9 that follows neither: the start test of a
   * pattern that opens with {@code (?<![\p{L}\d])} and a word or a number.
   */
  public static final StartTest WORD_START =
      (text, index) -> isWordCharacter(text.charAt(index)) && !precededBy(text, index, true);

  private final Matcher matcher;
  private final CharSequence text;
  private final StartTest test;
  private int next;

  private PrefilteredMatcher(Pattern pattern, CharSequence text, StartTest test) {
    this.text = Objects.requireNonNull(text, "text");
    this.test = Objects.requireNonNull(test, "test");
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** A search of {@code text} for {@code pattern}, trying only where {@code test} allows. */
  public static PrefilteredMatcher of(Pattern pattern, CharSequence text, StartTest test) {
    return new PrefilteredMatcher(pattern, text, test);
  }

  /** Like {@link Matcher#find()}: the next match, readable through {@link #matcher()}. */
  public boolean find() {
    int length = text.length();
    while (next < length) {
      int start = next++;
      if (test.mayStart(text, start)) {
        matcher.region(start, length);
        if (matcher.lookingAt()) {
          // as find does: go on after the match, or one further after an empty one
          next = Math.max(matcher.end(), start + 1);
          return true;
        }
      }
    }
    return false;
  }

  /** The matcher, positioned on the last match {@link #find()} reported. */
  public Matcher matcher() {
    return matcher;
  }

  /** Whether a digit 0-9 occurs in {@code text} from {@code from} (inclusive) to {@code to}. */
  public static boolean digitWithin(CharSequence text, int from, int to) {
    int end = Math.min(to, text.length());
    for (int i = from; i < end; i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the character before {@code index} is a letter (or, with {@code orDigit}, a digit 0-9),
   * as {@code (?<![\p{L}])} and {@code (?<![\p{L}\d])} see it: a letter outside the BMP ends in a
   * low surrogate, which is no letter, so the answer is then false and the regex decides.
   */
  public static boolean precededBy(CharSequence text, int index, boolean orDigit) {
    if (index == 0) {
      return false;
    }
    char before = text.charAt(index - 1);
    return Character.isLetter(before) || (orDigit && isAsciiDigit(before));
  }

  private static boolean isWordCharacter(char c) {
    // a high surrogate may open a letter outside the BMP: let the regex decide
    return Character.isLetter(c) || isAsciiDigit(c) || Character.isHighSurrogate(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
