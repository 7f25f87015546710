package org.storylens.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds and parses dates written the ways news pages write them: ISO 8601 ({@code
 * 2023-09-21T15:41:22+03:00}, {@code 2023-09-21 15:41:22}), RFC 1123, "September 21, 2023", "Sep 21,
 * 2023 3:41 PM", "Sept. 20", "21 September 2023", "21.09.2023". English month names only, parsed
 * with fixed patterns, so the result never depends on the machine's locale. Offsets and zones are
 * dropped: an article keeps the local time its page states. Stateless and thread-safe; every
 * pattern is bounded, so a search is linear in the text.
 */
public final class DateTextParser {

  /**
   * Month names: English (full and abbreviated), German, French, Spanish, Portuguese, Italian,
   * Russian (genitive, as dates write them) and Turkish. Data, not locale: parsing never consults
   * the machine's locale.
   */
  private static final Map<String, Integer> MONTHS = months();

  private static final int LONGEST_MONTH =
      MONTHS.keySet().stream().mapToInt(String::length).max().orElseThrow();

  /** Any month name, as a capturing group; Dateline reuses it. */
  static final String MONTH =
      "("
          + MONTHS.keySet().stream()
              .sorted(Comparator.comparingInt(String::length).reversed())
              .map(Pattern::quote)
              .collect(Collectors.joining("|"))
          + ")(?![\\p{L}])";
  private static final String TIME =
      "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s?([ap])\\.?m\\.?(?![a-z]))?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)(?:(?:T|\\s{1,3})" + TIME + ")?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])"
              + MONTH
              + "\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s{1,3}(\\d{4})(?!\\d(?!\\d?:)))?"
              // pages pasted without spaces glue the time to the year: "September 21, 20237:41 AM"
              + "(?:(?:,|\\s{1,3}at)?\\s{0,3}"
              + TIME
              + ")?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s{1,3}(?:(?:of|de|del)\\s{1,3})?"
              + MONTH
              + "\\.?(?:(?:,?\\s{1,3}|\\s{1,3}(?:de|del)\\s{1,3})(\\d{4})(?!\\d))?(?:,?\\s{1,3}"
              + TIME
              + ")?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d.]\\d)(?:,?\\s{1,3}" + TIME + ")?",
          Pattern.CASE_INSENSITIVE);

  /** Placeholder dates ("0001-01-01") and typos fall outside these bounds and are not dates. */
  private static final int MIN_YEAR = 1800;

  private static final int MAX_YEAR = 2200;


  /** Creates a parser. It holds no state; one instance can serve every thread. */
  public DateTextParser() {}

  /**
   * Every date mention in {@code text}, in order, without overlaps (where two readings overlap,
   * the longer wins).
   */
  public List<DateMention> find(CharSequence text) {
    List<DateMention> all = new ArrayList<>();
    collect(ISO, PrefilteredMatcher.NUMBER_START, text, this::iso, all);
    collect(MONTH_DAY_YEAR, DateTextParser::mayStartMonthDay, text, this::monthDayYear, all);
    collect(DAY_MONTH_YEAR, PrefilteredMatcher.NUMBER_START, text, this::dayMonthYear, all);
    collect(NUMERIC, PrefilteredMatcher.NUMBER_START, text, this::numeric, all);
    all.sort(
        Comparator.comparingInt(DateMention::start)
            .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed()));
    List<DateMention> kept = new ArrayList<>();
    int reached = -1;
    for (DateMention mention : all) {
      if (mention.start() >= reached) {
        kept.add(mention);
        reached = mention.end();
      } else if (!kept.isEmpty() && longer(mention, kept.get(kept.size() - 1))) {
        kept.set(kept.size() - 1, mention);
        reached = mention.end();
      }
    }
    return List.copyOf(kept);
  }

  /**
   * Parses a value that should be one date, such as a {@code <meta>} content or a JSON-LD {@code
   * datePublished}: strict ISO and RFC 1123 first, then the first written date that has a year.
   */
  public Optional<DateMention> parse(String value) {
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDateTime> strict =
        strict(trimmed).filter(at -> at.getYear() >= MIN_YEAR && at.getYear() <= MAX_YEAR);
    if (strict.isPresent()) {
      LocalDateTime at = strict.get();
      boolean dateOnly = trimmed.length() <= 10;
      return Optional.of(
          new DateMention(
              0,
              trimmed.length(),
              MonthDay.from(at),
              OptionalInt.of(at.getYear()),
              dateOnly ? Optional.empty() : Optional.of(at.toLocalTime())));
    }
    return find(trimmed).stream().filter(d -> d.date().isPresent()).findFirst();
  }

  private static Optional<LocalDateTime> strict(String value) {
    List<Function<String, LocalDateTime>> readers =
        List.of(
            v -> OffsetDateTime.parse(v).toLocalDateTime(),
            v -> ZonedDateTime.parse(v).toLocalDateTime(),
            LocalDateTime::parse,
            v -> LocalDate.parse(v).atStartOfDay(),
            v -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime());
    for (Function<String, LocalDateTime> reader : readers) {
      try {
        return Optional.of(reader.apply(value));
      } catch (DateTimeParseException e) {
        // not this format; the next reader may know it
      }
    }
    return Optional.empty();
  }

  private static boolean longer(DateMention a, DateMention b) {
    return a.start() == b.start() && a.end() - a.start() > b.end() - b.start();
  }

  private static void collect(
      Pattern pattern,
      PrefilteredMatcher.StartTest test,
      CharSequence text,
      Function<Matcher, Optional<DateMention>> reader,
      List<DateMention> into) {
    PrefilteredMatcher search = PrefilteredMatcher.of(pattern, text, test);
    while (search.find()) {
      reader.apply(search.matcher()).ifPresent(into::add);
    }
  }

  /**
   * Where "September 21" can start: at a letter after no letter, with the day's first digit close
   * enough to follow the longest month name, its dot and three spaces.
   */
  private static boolean mayStartMonthDay(CharSequence text, int index) {
    return Character.isLetter(text.charAt(index))
        && !PrefilteredMatcher.precededBy(text, index, false)
        && PrefilteredMatcher.digitWithin(text, index, index + LONGEST_MONTH + 5);
  }

  private Optional<DateMention> iso(Matcher m) {
    return build(
        m.start(),
        m.end(),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        OptionalInt.of(Integer.parseInt(m.group(1))),
        time(m, 4));
  }

  private Optional<DateMention> monthDayYear(Matcher m) {
    if (m.group(1).equals("may") || m.group(1).equals("mar")) {
      // lower-case "may" and "mar" are verbs far more often than months
      return Optional.empty();
    }
    return build(
        m.start(),
        m.end(),
        month(m.group(1)),
        Integer.parseInt(m.group(2)),
        year(m.group(3)),
        time(m, 4));
  }

  private Optional<DateMention> dayMonthYear(Matcher m) {
    return build(
        m.start(),
        m.end(),
        month(m.group(2)),
        Integer.parseInt(m.group(1)),
        year(m.group(3)),
        time(m, 4));
  }

  private Optional<DateMention> numeric(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    // dots are day.month.year everywhere they are used; slashes are month/day/year unless the
    // first number cannot be a month
    boolean dayFirst = m.group(2).equals(".") || first > 12;
    return build(
        m.start(),
        m.end(),
        dayFirst ? second : first,
        dayFirst ? first : second,
        year(m.group(4)),
        time(m, 5));
  }

  private static Optional<DateMention> build(
      int start, int end, int month, int day, OptionalInt year, Optional<LocalTime> time) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    try {
      MonthDay monthDay = MonthDay.of(month, day);
      if (year.isPresent()
          && (year.getAsInt() < MIN_YEAR
              || year.getAsInt() > MAX_YEAR
              || !monthDay.isValidYear(year.getAsInt()))) {
        return Optional.empty();
      }
      return Optional.of(new DateMention(start, end, monthDay, year, time));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static OptionalInt year(String digits) {
    return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
  }

  /** Reads the four TIME groups starting at {@code first}; 12-hour clocks become 24-hour. */
  private static Optional<LocalTime> time(Matcher m, int first) {
    if (m.group(first) == null) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(first));
    int minute = Integer.parseInt(m.group(first + 1));
    int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
    String half = m.group(first + 3);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean afternoon = half.equalsIgnoreCase("p");
      hour = hour % 12 + (afternoon ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute, second));
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "janvier", "enero", "janeiro", "gennaio", "января", "ocak"},
      {"february", "feb", "februar", "février", "febrero", "fevereiro", "febbraio", "февраля", "şubat"},
      {"march", "mar", "märz", "mars", "marzo", "março", "марта", "mart"},
      {"april", "apr", "avril", "abril", "aprile", "апреля", "nisan"},
      {"may", "mai", "mayo", "maio", "maggio", "мая", "mayıs"},
      {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "июня", "haziran"},
      {"july", "jul", "juli", "juillet", "julio", "julho", "luglio", "июля", "temmuz"},
      {"august", "aug", "août", "agosto", "августа", "ağustos"},
      {"september", "sept", "sep", "septembre", "septiembre", "setembro", "settembre", "сентября", "eylül"},
      {"october", "oct", "oktober", "octobre", "octubre", "outubro", "ottobre", "октября", "ekim"},
      {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "kasım"},
      {"december", "dec", "dezember", "décembre", "diciembre", "dezembro", "dicembre", "декабря", "aralık"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int month = 0; month < names.length; month++) {
      for (String name : names[month]) {
        months.put(name, month + 1);
      }
    }
    return Map.copyOf(months);
  }
}
