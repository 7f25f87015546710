package org.storylens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * When two written names are one outlet. A credit often names an outlet shorter than its own pages
 * do ("Northwire" against "Northwire News Agency"), so the names match when the words of one begin
 * the words of the other, ignoring case, punctuation and a leading "The". Clustering (declared
 * credits as articles arrive) and comparison (credits with the whole story in view) use this one
 * rule.
 */
public final class OutletNames {

  private OutletNames() {}

  /** "Northwire" and "Northwire News Agency", "The Daily Courier" and "Daily Courier". */
  public static boolean same(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    return longer.subList(0, shorter.size()).equals(shorter);
  }

  private static List<String> words(String name) {
    List<String> words =
        new ArrayList<>(
            Arrays.asList(
                name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ")));
    words.removeIf(String::isEmpty);
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }
}
