package org.storylens.analyze;

/**
 * Settings of {@link PatternEntityRecognizer}.
 *
 * @param maxNameWords the longest capitalised run taken as one name; longer runs (a headline in
 *     title case, a list of names) are split at this length. Default 8 ("Supreme Eurasian Economic
 *     Council" is 4, "Commonwealth of Independent States" 4).
 * @param resolveShortForms whether a one-word mention that is the last word of a fuller person's
 *     name in the same article ("Putin" after "Vladimir Putin") takes that person's key. Default
 *     true; false leaves every form keyed by itself.
 */
public record EntityRecognitionConfig(int maxNameWords, boolean resolveShortForms) {
  public EntityRecognitionConfig {
    if (maxNameWords < 1) {
      throw new IllegalArgumentException("maxNameWords must be at least 1");
    }
  }

  public static EntityRecognitionConfig defaults() {
    return new EntityRecognitionConfig(8, true);
  }

  public EntityRecognitionConfig withMaxNameWords(int value) {
    return new EntityRecognitionConfig(value, resolveShortForms);
  }

  public EntityRecognitionConfig withResolveShortForms(boolean value) {
    return new EntityRecognitionConfig(maxNameWords, value);
  }
}
