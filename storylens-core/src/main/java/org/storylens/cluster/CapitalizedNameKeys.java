package org.storylens.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Article;

/**
 * A cheap stand-in for entity recognition: runs of capitalised words in the body text are names.
 * The key is the run lower-cased, and each word of a multi-word run is a key too, so "Vladimir
 * Putin" and a later "Putin" meet. Why not the title? Headlines capitalise every word.
 *
 * <p>Years written in the text ("1998", "2013") are keys too, as {@code year 2013}: a cheap stand-in
 * for the time expressions of the analysis stage, and what most often tells two events of one
 * kind apart (two heists at the same shop, a year apart).
 *
 * <p>A capitalised word that opens a sentence alone is skipped: it is usually an ordinary word
 * ("Rescuers said..."). Function words and months are never names on their own.
 */
public final class CapitalizedNameKeys implements EntityKeySource {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*|[.!?\\n]");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "by", "with",
          "from", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
          "this", "that", "these", "those", "there", "here", "when", "while", "after", "before",
          "if", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "today", "yesterday",
          "tomorrow", "update", "updated", "photo", "video", "read", "more");

  @Override
  public Set<String> keys(Article article) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    boolean runStartedSentence = false;
    Matcher words = WORD.matcher(article.text());
    while (words.find()) {
      String word = words.group();
      boolean boundary = word.length() == 1 && ".!?\n".contains(word);
      boolean capitalised = !boundary && Character.isUpperCase(word.codePointAt(0));
      if (YEAR.matcher(word).matches()) {
        keys.add("year " + word);
      }
      if (capitalised && !NOT_NAMES.contains(normalise(word))) {
        if (run.isEmpty()) {
          runStartedSentence = sentenceStart;
        }
        run.add(word);
      } else {
        flush(run, runStartedSentence, keys);
      }
      sentenceStart = boundary || (capitalised && NOT_NAMES.contains(normalise(word)) && sentenceStart);
    }
    flush(run, runStartedSentence, keys);
    return keys;
  }

  private static void flush(List<String> run, boolean startedSentence, Set<String> keys) {
    if (run.isEmpty() || (run.size() == 1 && startedSentence)) {
      run.clear();
      return;
    }
    List<String> normalised = run.stream().map(CapitalizedNameKeys::normalise).toList();
    keys.add(String.join(" ", normalised));
    if (normalised.size() > 1) {
      keys.addAll(normalised);
    }
    run.clear();
  }

  private static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    while (!lower.isEmpty() && ".'’-".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
