package org.storylens.analyze;

/**
 * Settings of {@link NewsTimeExpressionTagger}.
 *
 * @param earliestYear the earliest year a bare four-digit number ("in 1988") is read as; earlier
 *     numbers are counts ("in 1500 homes"); default 1800
 * @param latestYear the latest such year; default 2100
 * @param contextSentences how many sentences before the current one, in the same paragraph, are
 *     searched for a written year that a date without one inherits ("In September 2020 fighting
 *     resumed. On November 9 ..." → 2020-11-09); 0 looks only inside the sentence; default 1
 * @param futureTense true to resolve a weekday or month forward, not back, when its sentence speaks
 *     of the future before it ("will meet on Friday"); default true
 */
public record TimeExpressionConfig(
    int earliestYear, int latestYear, int contextSentences, boolean futureTense) {

  public TimeExpressionConfig {
    if (earliestYear > latestYear) {
      throw new IllegalArgumentException("earliestYear is after latestYear");
    }
    if (contextSentences < 0) {
      throw new IllegalArgumentException("contextSentences must not be negative");
    }
  }

  public static TimeExpressionConfig defaults() {
    return new TimeExpressionConfig(1800, 2100, 1, true);
  }

  public TimeExpressionConfig withYears(int earliestYear, int latestYear) {
    return new TimeExpressionConfig(earliestYear, latestYear, contextSentences, futureTense);
  }

  public TimeExpressionConfig withContextSentences(int contextSentences) {
    return new TimeExpressionConfig(earliestYear, latestYear, contextSentences, futureTense);
  }

  public TimeExpressionConfig withFutureTense(boolean futureTense) {
    return new TimeExpressionConfig(earliestYear, latestYear, contextSentences, futureTense);
  }
}
