package org.storylens.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storylens.analyze.PhoneticNameKey;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.Sentence;
import org.storylens.model.StoryReport;

/**
 * Name choices: one place, person or body that the story's articles name differently (Kyiv or
 * Kiev, Karabakh or Nagorno-Karabakh, Janyatag or Canyataq).
 *
 * <p>Entity mentions of one canonical key are one thing (the keys are transliteration-blind).
 * Each article's choice is its fullest form of the name: the form its other forms are shorter
 * references to ("Putin" after "Vladimir Putin", "Karabakh" after "Nagorno-Karabakh"). Two
 * articles' choices differ when the forms are a different spelling or a different name, not a
 * shorter or longer mention of one name:
 *
 * <ul>
 *   <li>one form's words are a run of the other's words ("Putin" and "Vladimir Putin", "Azerbaijan"
 *       and "Republic of Azerbaijan"): a short form, not a choice. Words are cut at spaces only,
 *       so a hyphenated qualifier is part of the name: "Karabakh" is not a word of
 *       "Nagorno-Karabakh";
 *   <li>otherwise, after setting aside the words both share, what is left must pair up word by
 *       word, each pair a spelling of one word (the same transliteration key, a small edit
 *       distance, or one being a hyphenated part of the other), or both forms must be single words
 *       the analysis stage keyed as one name (Burma and Myanmar through its alias table). "Russian
 *       peacekeeping contingent" and "Russian Peacekeeping Force" are two descriptions, not two
 *       names; acronyms are abbreviations, not choices; case and diacritics alone are typography.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class NameChoiceFinder {

  /**
   * What the finder reports.
   *
   * @param variants one per name written differently, each article's form in the story's order
   * @param choices per article (in the story's order), its name choices as framing terms
   */
  record NameChoices(List<StoryReport.Variant> variants, List<List<StoryReport.FramingTerm>> choices) {
    NameChoices {
      variants = List.copyOf(variants);
      choices = choices.stream().map(List::copyOf).toList();
    }
  }

  private final PhoneticNameKey phonetic = new PhoneticNameKey();

  NameChoices find(List<AnalyzedArticle> articles) {
    // key -> article index -> form (lowercase fold) -> usage
    Map<String, Map<Integer, Map<String, Usage>>> byKey = new LinkedHashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      AnalyzedArticle article = articles.get(a);
      for (EntityMention mention : article.entities()) {
        String written = EntityListBuilder.surfaceForm(article.text(mention.span()));
        String full = EntityListBuilder.surfaceForm(mention.name());
        Map<String, Usage> forms =
            byKey.computeIfAbsent(mention.key(), k -> new LinkedHashMap<>())
                .computeIfAbsent(a, k -> new LinkedHashMap<>());
        String sentence = sentenceOf(article, mention);
        for (String form : written.equalsIgnoreCase(full) ? List.of(written) : List.of(written, full)) {
          if (form.isEmpty() || isAcronym(form)) {
            continue;
          }
          Usage usage = forms.computeIfAbsent(fold(form), k -> new Usage(form, sentence));
          usage.count++;
          if (form.equals(written) && usage.fromText == null) {
            usage.fromText = sentence;
          }
        }
      }
    }
    List<StoryReport.Variant> variants = new ArrayList<>();
    List<List<StoryReport.FramingTerm>> choices = new ArrayList<>();
    articles.forEach(a -> choices.add(new ArrayList<>()));
    for (Map<Integer, Map<String, Usage>> perArticle : byKey.values()) {
      Map<Integer, Usage> chosen = new LinkedHashMap<>();
      perArticle.forEach(
          (article, forms) -> {
            if (!forms.isEmpty()) {
              chosen.put(article, fullest(forms));
            }
          });
      if (chosen.size() < 2 || !anyChoice(chosen)) {
        continue;
      }
      List<StoryReport.Form> forms = new ArrayList<>();
      Map<String, Integer> formCounts = new LinkedHashMap<>();
      for (int a = 0; a < articles.size(); a++) {
        Usage usage = chosen.get(a);
        if (usage == null) {
          continue;
        }
        String id = articles.get(a).article().id();
        forms.add(new StoryReport.Form(id, usage.form));
        formCounts.merge(usage.form, 1, Integer::sum);
        String sentence = usage.fromText != null ? usage.fromText : usage.sentence;
        choices.get(a).add(
            new StoryReport.FramingTerm(usage.form, sentence, StoryReport.FramingKind.NAME, 0));
      }
      String commonest =
          formCounts.entrySet().stream()
              .max((x, y) -> Integer.compare(x.getValue(), y.getValue()))
              .orElseThrow()
              .getKey();
      variants.add(new StoryReport.Variant("the name of " + commonest, forms));
    }
    return new NameChoices(variants, choices);
  }

  /** Whether two of the articles' chosen forms are two names or spellings of the thing. */
  private boolean anyChoice(Map<Integer, Usage> chosen) {
    List<Usage> forms = new ArrayList<>(chosen.values());
    for (int i = 0; i < forms.size(); i++) {
      for (int j = i + 1; j < forms.size(); j++) {
        if (differentNames(forms.get(i).form, forms.get(j).form)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The article's fullest form: one no other form of its contains (by whole words or hyphenated
   * parts), the most used of those (mentions of its shorter forms counting for it), then the
   * longest.
   */
  private static Usage fullest(Map<String, Usage> forms) {
    Usage best = null;
    int bestCount = -1;
    for (Usage candidate : forms.values()) {
      boolean contained = false;
      int count = candidate.count;
      for (Usage other : forms.values()) {
        if (other == candidate) {
          continue;
        }
        if (shorterReference(candidate.form, other.form)) {
          contained = true;
        } else if (shorterReference(other.form, candidate.form)) {
          count += other.count;
        }
      }
      if (contained) {
        continue;
      }
      if (best == null
          || count > bestCount
          || (count == bestCount && candidate.form.length() > best.form.length())) {
        best = candidate;
        bestCount = count;
      }
    }
    // forms that contain each other in a circle cannot happen (containment is by length); still,
    // fall back to the first
    return best != null ? best : forms.values().iterator().next();
  }

  /** Within one article: {@code shorter}'s words are a run of {@code longer}'s, hyphens cutting. */
  static boolean shorterReference(String shorter, String longer) {
    List<String> a = List.of(fold(shorter).split("[\\s-]+"));
    List<String> b = List.of(fold(longer).split("[\\s-]+"));
    return a.size() < b.size() && java.util.Collections.indexOfSubList(b, a) >= 0;
  }

  /** Across articles: two spellings or two names of one thing, not a short and a long form. */
  boolean differentNames(String first, String second) {
    String a = fold(first);
    String b = fold(second);
    if (a.equals(b)) {
      return false;
    }
    List<String> wa = new ArrayList<>(List.of(a.split("\\s+")));
    List<String> wb = new ArrayList<>(List.of(b.split("\\s+")));
    if (java.util.Collections.indexOfSubList(wa, wb) >= 0
        || java.util.Collections.indexOfSubList(wb, wa) >= 0) {
      return false;
    }
    if (wa.size() == 1 && wb.size() == 1) {
      return true;
    }
    List<String> onlyA = new ArrayList<>(wa);
    wb.forEach(onlyA::remove);
    List<String> onlyB = new ArrayList<>(wb);
    wa.forEach(onlyB::remove);
    if (onlyA.size() != onlyB.size() || onlyA.isEmpty()) {
      return false;
    }
    for (int i = 0; i < onlyA.size(); i++) {
      if (!spellingsOfOneWord(onlyA.get(i), onlyB.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean spellingsOfOneWord(String a, String b) {
    if (List.of(a.split("-")).contains(b) || List.of(b.split("-")).contains(a)) {
      return true;
    }
    if (phonetic.of(a).equals(phonetic.of(b))) {
      return true;
    }
    int distance = editDistance(a, b);
    return distance <= Math.max(1, Math.min(a.length(), b.length()) / 3);
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Lowercase, without diacritics, one space between words. */
  static String fold(String form) {
    String decomposed = Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** An abbreviation: one word, no lowercase letter, two to six letters ("RPC", "EEU"). */
  static boolean isAcronym(String form) {
    return form.matches("\\p{Lu}[\\p{Lu}.&]{1,7}") && form.length() <= 8;
  }

  private static String sentenceOf(AnalyzedArticle article, EntityMention mention) {
    for (Sentence sentence : article.sentences()) {
      if (sentence.span().contains(mention.span())) {
        return LogOddsFramingAnalyzer.oneLine(article.text(sentence.span()));
      }
    }
    return LogOddsFramingAnalyzer.oneLine(article.text(mention.span()));
  }

  private static final class Usage {
    final String form;
    final String sentence;
    String fromText;
    int count;

    Usage(String form, String sentence) {
      this.form = form;
      this.sentence = sentence;
    }
  }
}
