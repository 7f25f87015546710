package org.storylens.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link PhoneticNameKey} keys of one article's words and names, each computed once. Why: the
 * recognizer asks for the key of the same word many times (is it a listed place, an organization,
 * an alias? is the run it starts one?), and a key of a name that is not plain ASCII goes through
 * ICU romanisation, the slow part. Lives for one call, so it holds nothing between articles; not
 * thread-safe.
 */
final class ArticleNameKeys {

  private final PhoneticNameKey keys;
  private final Map<String, String> byName = new HashMap<>();

  ArticleNameKeys(PhoneticNameKey keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** {@link PhoneticNameKey#of}, computed once per name. */
  String of(String name) {
    String key = byName.get(name);
    if (key == null) {
      key = keys.of(name);
      byName.put(name, key);
    }
    return key;
  }

  /** {@link PhoneticNameKey#words}. */
  List<String> words(String name) {
    return keys.words(name);
  }

  /** {@link PhoneticNameKey#asciiWords}. */
  List<String> asciiWords(String name) {
    return keys.asciiWords(name);
  }
}
