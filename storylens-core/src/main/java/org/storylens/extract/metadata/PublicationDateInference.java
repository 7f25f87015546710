package org.storylens.extract.metadata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Published;

/**
 * Works out a publication date the text does not state whole. News writes recent days as
 * weekdays ("the Kremlin said on Thursday") and recent dates without a year ("on Sept. 20"); the
 * years it does write ("in 2020", "May 17, 2023") bound the year from below.
 *
 * <ul>
 *   <li>A month and day without a year (a dateline's "September 21") gets the first year, from the
 *       latest year the text mentions on, that puts it on or after every fully dated event in the
 *       text.
 *   <li>Without any stated date: the year of the undated "Sept. 20" is the first, from the latest
 *       year mentioned on, in which that day falls on a weekday the text mentions (news calls
 *       yesterday's event "on Wednesday"); the article is then dated to the latest mentioned
 *       weekday within the week from that event.
 * </ul>
 *
 * Results are marked inferred. Stateless and thread-safe.
 */
final class PublicationDateInference {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(1[89]\\d{2}|20\\d{2})(?!\\d|[,.]\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s(?:Jan|Feb|Mar|Apr"
              + "|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s\\d)");
  /** How far past the latest mentioned year to look for a weekday match: every date cycles in 11. */
  private static final int YEARS_SEARCHED = 11;

  private final DateTextParser dates = new DateTextParser();

  /** The date of a month and day without a year, e.g. from a dateline. */
  Optional<Published> completeYear(MonthDay monthDay, String text) {
    List<DateMention> mentions = dates.find(text);
    OptionalInt base = baseYear(text);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> latestFull = latestFullDate(mentions);
    for (int year = base.getAsInt(); year <= base.getAsInt() + 1; year++) {
      if (monthDay.isValidYear(year)) {
        LocalDate candidate = monthDay.atYear(year);
        if (latestFull.map(d -> !candidate.isBefore(d)).orElse(true)) {
          return Optional.of(Published.inferred(candidate));
        }
      }
    }
    return Optional.of(Published.inferred(monthDay.atYear(base.getAsInt())));
  }

  /** The date from weekday references beside undated dates, when the text allows it. */
  Optional<Published> fromWeekdays(String text) {
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      weekdays.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    List<DateMention> mentions = dates.find(text);
    List<MonthDay> undated = new ArrayList<>();
    for (DateMention mention : mentions) {
      if (mention.year().isEmpty()) {
        undated.add(mention.monthDay());
      }
    }
    OptionalInt base = baseYear(text);
    if (weekdays.isEmpty() || undated.isEmpty() || base.isEmpty()) {
      return Optional.empty();
    }
    int year = base.getAsInt();
    search:
    for (int candidate = year; candidate < year + YEARS_SEARCHED; candidate++) {
      for (MonthDay monthDay : undated) {
        if (monthDay.isValidYear(candidate)
            && weekdays.contains(monthDay.atYear(candidate).getDayOfWeek())) {
          year = candidate;
          break search;
        }
      }
    }
    LocalDate latest = null;
    for (MonthDay monthDay : undated) {
      if (monthDay.isValidYear(year)) {
        LocalDate date = monthDay.atYear(year);
        latest = latest == null || date.isAfter(latest) ? date : latest;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    LocalDate published = latest;
    for (DayOfWeek weekday : weekdays) {
      LocalDate day = latest.with(TemporalAdjusters.nextOrSame(weekday));
      published = day.isAfter(published) ? day : published;
    }
    return Optional.of(Published.inferred(published));
  }

  /** The year to start from: the latest year the text mentions, in a date or on its own. */
  private static OptionalInt baseYear(String text) {
    int latest = -1;
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group(1)));
    }
    return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
  }

  private static Optional<LocalDate> latestFullDate(List<DateMention> mentions) {
    return mentions.stream()
        .map(DateMention::date)
        .flatMap(Optional::stream)
        .max(LocalDate::compareTo);
  }
}
