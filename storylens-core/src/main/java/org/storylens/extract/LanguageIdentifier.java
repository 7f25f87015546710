package org.storylens.extract;

import java.util.Optional;

/** Tells the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {
  /**
   * The ISO 639-1 code (ISO 639-3 where a language has no two-letter code) of the text's language,
   * or empty when the text is too short or too mixed to tell.
   */
  Optional<String> identify(String text);
}
