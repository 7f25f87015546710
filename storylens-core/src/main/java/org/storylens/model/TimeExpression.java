package org.storylens.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression normalised against the article's date.
 *
 * @param span the words as written ("on Wednesday", "Sept. 20", "the fall of 2020", "mid-March")
 * @param start the first day the expression can mean
 * @param end the last day it can mean (equal to {@code start} for a day)
 * @param precision how precisely it is known
 * @param relative true when it was resolved against the article's date ("yesterday", "on
 *     Wednesday", a date without a year)
 */
public record TimeExpression(
    Span span, LocalDate start, LocalDate end, Precision precision, boolean relative)
    implements Serializable {

  /** How precisely a time expression is known. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    SEASON,
    YEAR,
    DECADE
  }

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("time expression ends before it starts");
    }
  }

  /** "2023-09-20", "2023-03", "2020" (seasons and weeks give their first month or day). */
  public String iso() {
    return switch (precision) {
      case DAY -> start.toString();
      case WEEK, MONTH, SEASON -> start.toString().substring(0, 7);
      case YEAR, DECADE -> String.valueOf(start.getYear());
    };
  }
}
