package org.storylens.extract.text;

import java.util.Objects;
import org.storylens.extract.metadata.MetadataVocabulary;

/**
 * How {@link PageTextCleaner} decides. {@link #defaults()} gives the documented defaults; the
 * {@code with…} methods copy with one value changed.
 *
 * @param furniture page user-interface vocabulary; default {@link FurnitureVocabulary#bundled()}
 * @param metadata agency names and date labels for metadata lines; default {@link
 *     MetadataVocabulary#bundled()}
 * @param maxTitleLength a first line longer than this (characters) is not a headline; default 250
 * @param headingMaxWords a line without sentence punctuation and with at least this many words,
 *     mostly lower-case, is prose rather than a heading or a label; default 16
 * @param maxUiLineWords a line of at most this many words, all of them interface words ("Share
 *     Photo", "zoom in photo"), is a button or a label; default 6
 * @param minRepeatedSentenceLength a sentence at least this long (characters) seen earlier on the
 *     page is a repeat (teaser and body, repeated layout); shorter ones ("All of them died.") may
 *     legitimately recur; default 40
 * @param dominantScriptShare the page has a main script when this share of its letters is in one
 *     script; default 0.7
 * @param foreignLineShare a line with less than this share of its letters in the page's main
 *     script is foreign (interface strings of another-language site); default 0.5
 */
public record PageTextCleaningConfig(
    FurnitureVocabulary furniture,
    MetadataVocabulary metadata,
    int maxTitleLength,
    int headingMaxWords,
    int maxUiLineWords,
    int minRepeatedSentenceLength,
    double dominantScriptShare,
    double foreignLineShare) {

  public PageTextCleaningConfig {
    Objects.requireNonNull(furniture, "furniture");
    Objects.requireNonNull(metadata, "metadata");
    positive(maxTitleLength, "maxTitleLength");
    positive(headingMaxWords, "headingMaxWords");
    positive(maxUiLineWords, "maxUiLineWords");
    positive(minRepeatedSentenceLength, "minRepeatedSentenceLength");
    share(dominantScriptShare, "dominantScriptShare");
    share(foreignLineShare, "foreignLineShare");
  }

  /** The documented defaults, with the bundled vocabularies. */
  public static PageTextCleaningConfig defaults() {
    return new PageTextCleaningConfig(
        FurnitureVocabulary.bundled(), MetadataVocabulary.bundled(), 250, 16, 6, 40, 0.7, 0.5);
  }

  public PageTextCleaningConfig withFurniture(FurnitureVocabulary value) {
    return new PageTextCleaningConfig(
        value, metadata, maxTitleLength, headingMaxWords, maxUiLineWords,
        minRepeatedSentenceLength, dominantScriptShare, foreignLineShare);
  }

  public PageTextCleaningConfig withMaxTitleLength(int value) {
    return new PageTextCleaningConfig(
        furniture, metadata, value, headingMaxWords, maxUiLineWords, minRepeatedSentenceLength,
        dominantScriptShare, foreignLineShare);
  }

  public PageTextCleaningConfig withHeadingMaxWords(int value) {
    return new PageTextCleaningConfig(
        furniture, metadata, maxTitleLength, value, maxUiLineWords, minRepeatedSentenceLength,
        dominantScriptShare, foreignLineShare);
  }

  public PageTextCleaningConfig withMinRepeatedSentenceLength(int value) {
    return new PageTextCleaningConfig(
        furniture, metadata, maxTitleLength, headingMaxWords, maxUiLineWords, value,
        dominantScriptShare, foreignLineShare);
  }

  public PageTextCleaningConfig withForeignLineShare(double value) {
    return new PageTextCleaningConfig(
        furniture, metadata, maxTitleLength, headingMaxWords, maxUiLineWords,
        minRepeatedSentenceLength, dominantScriptShare, value);
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static void share(double value, String name) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
    }
  }
}
