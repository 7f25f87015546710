package org.storylens.extract.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Counts letters by writing system (ICU {@link UScript}) to find a page's main script and lines
 * written in another one: user-interface strings of a Russian site around an English article, for
 * example. Common and inherited characters (digits, punctuation, combining marks) do not count.
 */
final class ScriptCounts {

  /** No main script: the page mixes scripts too evenly to call any line foreign. */
  static final int NONE = UScript.INVALID_CODE;

  /** Number of script codes this ICU version knows (UScript.CODE_LIMIT is deprecated). */
  private static final int SCRIPT_CODES = UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1;

  private ScriptCounts() {}

  /**
   * The script holding at least {@code minimumShare} of the letters of {@code text}, or {@link
   * #NONE}.
   */
  static int dominant(CharSequence text, double minimumShare) {
    int[] counts = new int[SCRIPT_CODES];
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        int script = UScript.getScript(cp);
        if (script != UScript.COMMON && script != UScript.INHERITED && script >= 0
            && script < counts.length) {
          counts[script]++;
          letters++;
        }
      }
    }
    int best = NONE;
    for (int script = 0; script < counts.length; script++) {
      if (counts[script] > 0 && (best == NONE || counts[script] > counts[best])) {
        best = script;
      }
    }
    if (best == NONE || counts[best] < minimumShare * letters) {
      return NONE;
    }
    return best;
  }

  /**
   * The share of the letters of {@code text} written in {@code script}; 1 when there are fewer
   * than {@code minimumLetters} letters, since too few letters prove nothing.
   */
  static double share(CharSequence text, int script, int minimumLetters) {
    int letters = 0;
    int inScript = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        int found = UScript.getScript(cp);
        if (found != UScript.COMMON && found != UScript.INHERITED) {
          letters++;
          if (found == script) {
            inScript++;
          }
        }
      }
    }
    return letters < minimumLetters ? 1.0 : (double) inScript / letters;
  }
}
