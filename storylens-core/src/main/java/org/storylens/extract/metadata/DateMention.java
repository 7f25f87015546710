package org.storylens.extract.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date written in text, with its place in the text. The year is optional because news
 * text often writes "Sept. 20" and leaves the year to the reader.
 *
 * @param start offset of the first character of the mention
 * @param end offset after the last character
 * @param monthDay month and day of month
 * @param year the year, when written
 * @param time the time of day, when written next to the date (any offset or zone is dropped: the
 *     page's local time is kept)
 */
public record DateMention(
    int start, int end, MonthDay monthDay, OptionalInt year, Optional<LocalTime> time) {

  public DateMention {
    Objects.requireNonNull(monthDay, "monthDay");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(time, "time");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The date, when the year is written and the day exists in that year. */
  public Optional<LocalDate> date() {
    if (year.isEmpty() || !monthDay.isValidYear(year.getAsInt())) {
      return Optional.empty();
    }
    return Optional.of(monthDay.atYear(year.getAsInt()));
  }

  /** The date and time, when both are written. */
  public Optional<LocalDateTime> dateTime() {
    return date().flatMap(d -> time.map(d::atTime));
  }
}
