package org.storylens.analyze;

/**
 * Settings of {@link AttributionQuoteExtractor}.
 *
 * @param minUnattributedWords a direct quote with no attribution is kept only from this many words
 *     on; shorter ones are scare quotes ("what it described as \"local measures\""). Default 6: a
 *     statement continued in a new quote is a sentence, a scare quote a few words.
 * @param maxSpeakerWords the longest phrase taken as a speaker ("the press service of the Russian
 *     president" is 7). Default 9.
 * @param maxQuoteParagraphs how many paragraphs one direct quote may run over (a paragraph that
 *     ends inside a quote continues in the next one that opens with a quote mark). Default 6.
 */
public record QuoteExtractionConfig(
    int minUnattributedWords, int maxSpeakerWords, int maxQuoteParagraphs) {
  public QuoteExtractionConfig {
    if (minUnattributedWords < 1 || maxSpeakerWords < 1 || maxQuoteParagraphs < 1) {
      throw new IllegalArgumentException("quote extraction limits must be at least 1");
    }
  }

  public static QuoteExtractionConfig defaults() {
    return new QuoteExtractionConfig(6, 9, 6);
  }

  public QuoteExtractionConfig withMinUnattributedWords(int value) {
    return new QuoteExtractionConfig(value, maxSpeakerWords, maxQuoteParagraphs);
  }

  public QuoteExtractionConfig withMaxSpeakerWords(int value) {
    return new QuoteExtractionConfig(minUnattributedWords, value, maxQuoteParagraphs);
  }

  public QuoteExtractionConfig withMaxQuoteParagraphs(int value) {
    return new QuoteExtractionConfig(minUnattributedWords, maxSpeakerWords, value);
  }
}
