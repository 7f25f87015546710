package org.storylens.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as the publisher's local date and, where stated, time of day.
 *
 * @param date the calendar date
 * @param time the time of day, when the page states one
 * @param inferred true when the date was not stated whole but worked out (a missing year, or a
 *     weekday such as "on Thursday" beside a dated event)
 */
public record Published(LocalDate date, Optional<LocalTime> time, boolean inferred)
    implements Serializable {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    time = time.map(t -> t.withNano(0));
  }

  public static Published stated(LocalDate date) {
    return new Published(date, Optional.empty(), false);
  }

  public static Published stated(LocalDateTime dateTime) {
    return new Published(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), false);
  }

  public static Published inferred(LocalDate date) {
    return new Published(date, Optional.empty(), true);
  }

  /** {@code 2023-09-21} or {@code 2023-09-21T15:41:22}, as in report schema 1. */
  public String iso() {
    return time.map(t -> date + "T" + SECONDS.format(t)).orElse(date.toString());
  }
}
