package org.storylens.extract.html;

/**
 * Settings of {@link DomBoilerplateExtractor}. Every threshold is a property of the method, not of
 * any site; {@link #defaults()} are the values measured on the public article-extraction benchmark
 * as a whole.
 *
 * @param minScoredBlockLength a block needs at least this many visible characters before it votes
 *     for the container that holds it (default 25, as Readability: shorter lines are labels)
 * @param maxFurnitureShare a layout region ({@code nav}, {@code header}, {@code aside}…), a hidden
 *     element or one whose class, id or role names it as furniture is still kept when it holds more
 *     than this share of the page's prose (visible text outside links and code): then it is a
 *     wrapper with an unlucky name, not furniture (default 0.5)
 * @param shortBlockWords a block of at most this many words is "short": only short blocks are
 *     tested against boilerplate phrases, bylines and headline repeats (default 12)
 * @param maxLinkDensity a short block whose share of characters inside links exceeds this is a link
 *     line, not prose; a longer block must exceed the midpoint between this and 1, because
 *     well-sourced prose links many of its words (default 0.5)
 * @param wideningProseRatio the content frame moves up to an ancestor only if that ancestor adds
 *     this many times more prose than other text (links, labels, short lines), so a story split
 *     into sections is joined but teaser lists beside it are not (default 3)
 * @param maxRemovedSpanLength each removed span is cut to this many characters so that a huge page
 *     cannot make the audit trail explode (default 400)
 * @param maxRemovedSpans at most this many removed spans are kept, the first ones in page order
 *     (default 2000)
 */
public record DomBoilerplateConfig(
    int minScoredBlockLength,
    double maxFurnitureShare,
    int shortBlockWords,
    double maxLinkDensity,
    double wideningProseRatio,
    int maxRemovedSpanLength,
    int maxRemovedSpans) {

  public DomBoilerplateConfig {
    requirePositive(minScoredBlockLength, "minScoredBlockLength");
    requirePositive(shortBlockWords, "shortBlockWords");
    requirePositive(maxRemovedSpanLength, "maxRemovedSpanLength");
    if (maxRemovedSpans < 0) {
      throw new IllegalArgumentException("maxRemovedSpans must not be negative");
    }
    if (!(maxFurnitureShare > 0 && maxFurnitureShare <= 1)) {
      throw new IllegalArgumentException("maxFurnitureShare must be in (0, 1]");
    }
    if (!(wideningProseRatio > 0)) {
      throw new IllegalArgumentException("wideningProseRatio must be positive");
    }
    if (!(maxLinkDensity >= 0 && maxLinkDensity <= 1)) {
      throw new IllegalArgumentException("maxLinkDensity must be in [0, 1]");
    }
  }

  /** The defaults documented on each component. */
  public static DomBoilerplateConfig defaults() {
    return new DomBoilerplateConfig(25, 0.5, 12, 0.5, 3.0, 400, 2000);
  }

  public DomBoilerplateConfig withMinScoredBlockLength(int value) {
    return new DomBoilerplateConfig(
        value,
        maxFurnitureShare,
        shortBlockWords,
        maxLinkDensity,
        wideningProseRatio,
        maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxFurnitureShare(double value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        value,
        shortBlockWords,
        maxLinkDensity,
        wideningProseRatio,
        maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withShortBlockWords(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        maxFurnitureShare,
        value,
        maxLinkDensity,
        wideningProseRatio,
        maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxLinkDensity(double value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        maxFurnitureShare,
        shortBlockWords,
        value,
        wideningProseRatio,
        maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withWideningProseRatio(double value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        maxFurnitureShare,
        shortBlockWords,
        maxLinkDensity,
        value,
        maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxRemovedSpanLength(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        maxFurnitureShare,
        shortBlockWords,
        maxLinkDensity,
        wideningProseRatio,
        value,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxRemovedSpans(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength,
        maxFurnitureShare,
        shortBlockWords,
        maxLinkDensity,
        wideningProseRatio,
        maxRemovedSpanLength,
        value);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
