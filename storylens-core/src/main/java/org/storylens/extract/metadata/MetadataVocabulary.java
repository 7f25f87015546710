package org.storylens.extract.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that support metadata recognition: known news agencies (so "Source: AFP" reads as an
 * agency credit while "Source: Newsroom" reads as a byline) and the words that label a date on a
 * page ("Last Update", "Опубликовано"). Patterns do the recognising; these lists only support them.
 *
 * @param agencies agency names, lower-cased
 * @param dateLabels words that may stand beside dates in a date line, lower-cased
 */
public record MetadataVocabulary(Set<String> agencies, Set<String> dateLabels) {

  public MetadataVocabulary {
    agencies = Set.copyOf(agencies);
    dateLabels = Set.copyOf(dateLabels);
  }

  /** The lists bundled with StoryLens ({@code news-agencies.txt}, {@code date-labels.txt}). */
  public static MetadataVocabulary bundled() {
    return new MetadataVocabulary(
        words(resource("news-agencies.txt")), words(resource("date-labels.txt")));
  }

  /**
   * True when {@code name} is a known agency, or a list of them ("Reuters, AFP", "AP and dpa"),
   * ignoring case and surrounding punctuation.
   */
  public boolean isAgency(String name) {
    String[] parts = name.strip().split("\\s*(?:[,;/&]|\\band\\b)\\s*");
    boolean any = false;
    for (String part : parts) {
      String bare = part.strip().replaceAll("[.,;:]+$", "").toLowerCase(Locale.ROOT);
      if (bare.isEmpty()) {
        continue;
      }
      if (!agencies.contains(bare)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** One entry a line; blank lines and lines starting with '#' are skipped. */
  static Set<String> words(String listing) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : listing.split("\n")) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        words.add(entry.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static String resource(String name) {
    try (InputStream in = MetadataVocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
