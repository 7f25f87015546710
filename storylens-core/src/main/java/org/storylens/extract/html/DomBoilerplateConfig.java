package org.storylens.extract.html;

/**
 * Settings of {@link DomBoilerplateExtractor}. Every threshold is a property of the method, not of
 * any site; {@link #defaults()} are the values measured on the public article-extraction benchmark
 * as a whole.
 *
 * @param minScoredBlockLength a block needs at least this many visible characters before it votes
 *     for the container that holds it (default 25, as Readability: shorter lines are labels)
 * @param maxFurnitureShare an element whose class, id or role names it as page furniture is still
 *     kept when it holds more than this share of the page's prose (text outside links and
 *     furniture tags), because then it is a
 *     wrapper with an unlucky name, not furniture (default 0.5)
 * @param shortBlockWords a block of at most this many words is "short": only short blocks are
 *     tested against boilerplate phrases and link density (default 12)
 * @param maxLinkDensity a short block whose share of characters inside links exceeds this is a
 *     link line, not prose (default 0.5)
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
    if (!(maxLinkDensity >= 0 && maxLinkDensity <= 1)) {
      throw new IllegalArgumentException("maxLinkDensity must be in [0, 1]");
    }
  }

  /** The defaults documented on each component. */
  public static DomBoilerplateConfig defaults() {
    return new DomBoilerplateConfig(25, 0.5, 12, 0.5, 400, 2000);
  }

  public DomBoilerplateConfig withMinScoredBlockLength(int value) {
    return new DomBoilerplateConfig(
        value, maxFurnitureShare, shortBlockWords, maxLinkDensity, maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxFurnitureShare(double value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength, value, shortBlockWords, maxLinkDensity, maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withShortBlockWords(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength, maxFurnitureShare, value, maxLinkDensity, maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxLinkDensity(double value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength, maxFurnitureShare, shortBlockWords, value, maxRemovedSpanLength,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxRemovedSpanLength(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength, maxFurnitureShare, shortBlockWords, maxLinkDensity, value,
        maxRemovedSpans);
  }

  public DomBoilerplateConfig withMaxRemovedSpans(int value) {
    return new DomBoilerplateConfig(
        minScoredBlockLength, maxFurnitureShare, shortBlockWords, maxLinkDensity,
        maxRemovedSpanLength, value);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
