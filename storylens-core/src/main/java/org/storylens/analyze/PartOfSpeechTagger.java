package org.storylens.analyze;

import java.util.List;

/**
 * Part-of-speech tags of one sentence's tokens, in the Universal Dependencies tag set ({@code
 * NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, {@code ADP}, …). Thread-safe.
 *
 * <p>Why an interface of our own? Later stages (comparison splits sentences into clauses) need
 * tags without depending on OpenNLP, and another language will bring another tagger.
 */
public interface PartOfSpeechTagger {

  /** One tag per token, in order. */
  List<String> tags(List<String> tokens);

  /** OpenNLP's English tagger over the model shipped in its Maven artifact. */
  static PartOfSpeechTagger english() {
    return new EnglishPartOfSpeechTagger(OpenNlpPartOfSpeechTagger.englishModel());
  }

  /**
   * {@code tagger}, remembering the tags of the last {@code capacity} distinct sentences it was
   * asked about: for stages that tag the same sentences again and again.
   */
  static PartOfSpeechTagger memoized(PartOfSpeechTagger tagger, int capacity) {
    return new MemoizedPartOfSpeechTagger(tagger, capacity);
  }
}
