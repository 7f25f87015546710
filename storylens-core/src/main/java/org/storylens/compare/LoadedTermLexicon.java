package org.storylens.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loaded terms of {@code loaded-terms.txt}: evaluative, euphemistic, partisan and alarmist
 * words and phrases, each with a category and a weight, matched on lowercase tokens with their
 * regular inflections. Immutable and thread-safe.
 */
final class LoadedTermLexicon {

  static final String RESOURCE = "loaded-terms.txt";

  private static final Pattern SECTION = Pattern.compile("\\[([a-z-]+)\\s+([0-9.]+)]");

  /**
   * One term of the lexicon.
   *
   * @param words its words, lowercase
   * @param category the section it is listed under
   * @param weight how strongly it loads a text, in (0, 1]
   */
  record Entry(List<String> words, String category, double weight) {
    Entry {
      words = List.copyOf(words);
      Objects.requireNonNull(category, "category");
    }

    String text() {
      return String.join(" ", words);
    }
  }

  /**
   * Where an entry is found among a sentence's tokens.
   *
   * @param entry the lexicon term
   * @param start its first token
   * @param end one past its last token
   */
  record Match(Entry entry, int start, int end) {}

  /** Entries by every form of their first word, longest entries first. */
  private final Map<String, List<Entry>> byFirstForm;

  private LoadedTermLexicon(List<Entry> entries) {
    Map<String, List<Entry>> index = new HashMap<>();
    for (Entry entry : entries) {
      for (String form : forms(entry.words().get(0))) {
        index.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
      }
    }
    index.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstForm = Map.copyOf(index);
  }

  static LoadedTermLexicon standard() {
    try (InputStream in = LoadedTermLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("loaded-term lexicon " + RESOURCE + " not found");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A lexicon from text in the resource's format. */
  static LoadedTermLexicon parse(String text) {
    List<Entry> entries = new ArrayList<>();
    String category = null;
    double weight = 0;
    try {
      for (String line : (Iterable<String>) text.lines()::iterator) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        Matcher section = SECTION.matcher(content);
        if (section.matches()) {
          category = section.group(1);
          weight = requireWeight(Double.parseDouble(section.group(2)), content);
          continue;
        }
        if (category == null) {
          throw new IllegalStateException(RESOURCE + ": a term before any section: " + content);
        }
        double termWeight = weight;
        int bar = content.indexOf('|');
        if (bar >= 0) {
          termWeight = requireWeight(Double.parseDouble(content.substring(bar + 1).strip()), content);
          content = content.substring(0, bar).strip();
        }
        List<String> words = List.of(content.toLowerCase(Locale.ROOT).split("\\s+"));
        entries.add(new Entry(words, category, termWeight));
      }
    } catch (NumberFormatException e) {
      throw new IllegalStateException(RESOURCE + ": a weight is not a number", e);
    }
    return new LoadedTermLexicon(entries);
  }

  private static double requireWeight(double weight, String line) {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalStateException(RESOURCE + ": weight outside (0, 1]: " + line);
    }
    return weight;
  }

  /**
   * The entries found among lowercase tokens, longest first at each position, not overlapping
   * (a phrase hides the words inside it), in token order.
   */
  List<Match> find(List<String> lowerTokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < lowerTokens.size()) {
      Match found = null;
      for (Entry entry : byFirstForm.getOrDefault(lowerTokens.get(i), List.of())) {
        if (matchesAt(entry, lowerTokens, i)) {
          found = new Match(entry, i, i + entry.words().size());
          break;
        }
      }
      if (found != null) {
        matches.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return matches;
  }

  private static boolean matchesAt(Entry entry, List<String> tokens, int start) {
    List<String> words = entry.words();
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!forms(words.get(k)).contains(tokens.get(start + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word and its regular inflections: plural or third person -s/-es, past -ed/-d, -ing, y to
   * -ies/-ied, a final e dropped before -ing, a final consonant doubled after one short vowel
   * (slam: slammed). Irregular forms are entries of their own.
   */
  static Set<String> forms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    if (word.length() < 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
      return forms;
    }
    char last = word.charAt(word.length() - 1);
    String stem = word.substring(0, word.length() - 1);
    if (last == 'y' && !isVowel(word.charAt(word.length() - 2))) {
      forms.add(stem + "ies");
      forms.add(stem + "ied");
      forms.add(word + "ing");
      return forms;
    }
    if (last == 'e') {
      forms.add(word + "s");
      forms.add(word + "d");
      forms.add(stem + "ing");
      return forms;
    }
    if (last == 's' || last == 'x' || last == 'h' || last == 'z') {
      forms.add(word + "es");
    } else {
      forms.add(word + "s");
    }
    forms.add(word + "ed");
    forms.add(word + "ing");
    char before = word.charAt(word.length() - 2);
    boolean shortClosed =
        isVowel(before)
            && !isVowel(last)
            && "wxy".indexOf(last) < 0
            && (word.length() < 3 || !isVowel(word.charAt(word.length() - 3)))
            && word.length() <= 5;
    if (shortClosed) {
      forms.add(word + last + "ed");
      forms.add(word + last + "ing");
    }
    return forms;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
