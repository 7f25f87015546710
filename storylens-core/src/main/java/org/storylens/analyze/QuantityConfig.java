package org.storylens.analyze;

/**
 * Settings of {@link PatternQuantityExtractor}.
 *
 * @param earliestYear a four-digit whole number from here to {@code latestYear} is a year, not a
 *     quantity, unless a plural noun follows it ("2000 soldiers"); default 1800
 * @param latestYear see {@code earliestYear}; default 2100
 * @param maxUnitWords how many words after a number are searched for what it counts ("5,000
 *     Armenian civilians" needs two); default 3
 */
public record QuantityConfig(int earliestYear, int latestYear, int maxUnitWords) {

  public QuantityConfig {
    if (earliestYear > latestYear) {
      throw new IllegalArgumentException("earliestYear is after latestYear");
    }
    if (maxUnitWords < 1) {
      throw new IllegalArgumentException("maxUnitWords must be at least 1");
    }
  }

  public static QuantityConfig defaults() {
    return new QuantityConfig(1800, 2100, 3);
  }

  public QuantityConfig withYears(int earliestYear, int latestYear) {
    return new QuantityConfig(earliestYear, latestYear, maxUnitWords);
  }

  public QuantityConfig withMaxUnitWords(int maxUnitWords) {
    return new QuantityConfig(earliestYear, latestYear, maxUnitWords);
  }
}
