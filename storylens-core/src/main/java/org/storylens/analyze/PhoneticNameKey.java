package org.storylens.analyze;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The orthographic normal form behind entity keys: spellings of one name that differ only by
 * transliteration map to one key, computed from the name alone (so each article can be keyed
 * without seeing the others).
 *
 * <p>Method: (1) ICU romanises other scripts ({@code Russian-Latin/BGN} for Cyrillic, the way
 * agencies spell it: Авдеевка → Avdeyevka, Карабах → Karabakh; {@code Any-Latin} for the rest); (2)
 * letters whose ASCII fold would lose a sound are spelled out (Azerbaijani/Turkish {@code ç ş ğ ə
 * ı}, Slavic {@code ž š č}) and ICU {@code Latin-ASCII} folds the remaining diacritics; (3) per
 * word, a skeleton: digraphs fold to one symbol ({@code dzh dj zh j c} → j, {@code kh gh ck q g k}
 * → k, {@code ch tch} → c, {@code sh sch} → x, {@code ph} → f, {@code th} → t, {@code w} → v,
 * {@code x} → ks), every vowel run (with {@code y}) becomes one class letter ({@code u} if it holds
 * a u, {@code a} if it holds an a or o, else {@code i}), and doubled symbols collapse. So Janyatag
 * and Canyataq both give {@code janatak}; Kyiv and Kiev give {@code kiv}; Avdiivka, Avdeyevka and
 * Avdiyivka give {@code avdivka}; Aliyev and Aliev give {@code aliv}.
 *
 * <p>Limits, on purpose: c is read as the Turkic/Azerbaijani j, so English "Crimea" keys as {@code
 * jrima} (consistently, but it will not meet "Krym"); velars are not told apart by voicing (Gori =
 * Kori); a vowel that changes class between spellings (Kharkiv/Kharkov, Mohammed/Muhammad) is not
 * united, and Azerbaijani x (= kh, "Yevlax") is read as the English ks: such pairs belong in the
 * alias table ({@code name-aliases.txt}), not here.
 */
public final class PhoneticNameKey {

  private static final Map<Character, String> SPELLED_OUT =
      Map.ofEntries(
          Map.entry('ç', "ch"),
          Map.entry('Ç', "Ch"),
          Map.entry('ş', "sh"),
          Map.entry('Ş', "Sh"),
          Map.entry('ğ', "gh"),
          Map.entry('ə', "a"),
          Map.entry('Ə', "A"),
          Map.entry('ı', "i"),
          Map.entry('ž', "zh"),
          Map.entry('Ž', "Zh"),
          Map.entry('š', "sh"),
          Map.entry('Š', "Sh"),
          Map.entry('č', "ch"),
          Map.entry('Č', "Ch"),
          Map.entry('ć', "ch"),
          Map.entry('ß', "ss"));

  // ICU transliterators are not documented as thread-safe; each thread gets its own (one lock for
  // all made analysis threads queue for it).
  // Cyrillic goes through the BGN romanisation news agencies use (х → kh, я → ya), not ISO 9.
  private final ThreadLocal<Transliterator> toLatin =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin"));
  private final ThreadLocal<Transliterator> toAscii =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  /** The key of a whole name: the skeletons of its words, joined by single spaces. */
  public String of(String name) {
    return String.join(" ", words(name));
  }

  /** The skeletons of a name's words, in order; possessive endings and non-letters dropped. */
  public List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String word : asciiWords(name)) {
      String skeleton = skeleton(word);
      if (!skeleton.isEmpty()) {
        out.add(skeleton);
      }
    }
    return out;
  }

  /** The lower-case ASCII words of a name, before the skeleton; possessives dropped. */
  List<String> asciiWords(String name) {
    String latin = name;
    if (!isAsciiOrApostrophe(name)) {
      // ICU is the slow part; ASCII input would come back unchanged from it, and so would the
      // typographic apostrophe of "Putin’s" (punctuation, no script to romanise), folded below.
      latin = toLatin.get().transliterate(name);
    }
    StringBuilder spelled = new StringBuilder(latin.length() + 8);
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      String replacement = SPELLED_OUT.get(c);
      if (replacement != null) {
        spelled.append(replacement);
      } else {
        spelled.append(c == '\u2019' ? '\'' : c);
      }
    }
    String ascii = spelled.toString();
    if (!isAscii(ascii)) {
      ascii = toAscii.get().transliterate(ascii);
    }
    ascii = ascii.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= ascii.length(); i++) {
      char c = i < ascii.length() ? ascii.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (c == '\''
          && i + 1 < ascii.length()
          && ascii.charAt(i + 1) == 's'
          && (i + 2 == ascii.length() || !Character.isLetter(ascii.charAt(i + 2)))) {
        i++; // possessive 's: "Aliyev's" is Aliyev
      } else if (c == '\'') {
        continue; // an apostrophe inside a name ("O'Brien") is not a word break
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  /** The consonant-and-vowel-class skeleton of one lower-case ASCII word. */
  static String skeleton(String w) {
    StringBuilder out = new StringBuilder(w.length());
    int i = 0;
    int n = w.length();
    while (i < n) {
      char c = w.charAt(i);
      if (isVowel(c)) {
        boolean u = false;
        boolean a = false;
        while (i < n && isVowel(w.charAt(i))) {
          char v = w.charAt(i++);
          u |= v == 'u';
          a |= v == 'a' || v == 'o';
        }
        append(out, u ? 'u' : a ? 'a' : 'i');
      } else if (w.startsWith("tch", i) || w.startsWith("sch", i) || w.startsWith("dzh", i)) {
        append(out, c == 't' ? 'c' : c == 's' ? 'x' : 'j');
        i += 3;
      } else if (i + 1 < n && w.charAt(i + 1) == 'h' && "cszdkgpt".indexOf(c) >= 0) {
        append(
            out,
            switch (c) {
              case 'c' -> 'c';
              case 's' -> 'x';
              case 'z', 'd' -> 'j';
              case 'k', 'g' -> 'k';
              case 'p' -> 'f';
              default -> 't';
            });
        i += 2;
      } else if (w.startsWith("dj", i) || w.startsWith("ck", i)) {
        append(out, c == 'd' ? 'j' : 'k');
        i += 2;
      } else {
        switch (c) {
          case 'c', 'j' -> append(out, 'j');
          case 'q', 'g', 'k' -> append(out, 'k');
          case 'w' -> append(out, 'v');
          case 'x' -> {
            append(out, 'k');
            append(out, 's');
          }
          default -> append(out, c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isAsciiOrApostrophe(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80 && s.charAt(i) != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static void append(StringBuilder out, char c) {
    if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
      out.append(c);
    }
  }
}
