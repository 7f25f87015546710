package org.storylens.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.extract.metadata.DateMention;
import org.storylens.extract.metadata.DateTextParser;
import org.storylens.extract.metadata.PrefilteredMatcher;
import org.storylens.model.Sentence;
import org.storylens.model.Span;
import org.storylens.model.TimeExpression;
import org.storylens.model.TimeExpression.Precision;

/**
 * Finds the time expressions of English news text and normalises them against the article's date.
 *
 * <p>Calendar dates ("Sept. 20", "November 9, 2020", "2023-09-21", "21.09.2023") come from {@link
 * DateTextParser}, the parser extraction uses for page dates. On top of those: weekdays ("on
 * Wednesday": the latest Wednesday on or before the reference, so "on Thursday" in an article
 * published on a Thursday is that day; "next Friday" and a future sentence, "will meet on Friday",
 * look forward), "today", "yesterday", "tomorrow", "tonight", "last night", "last/next/this/past
 * week, month, year", "earlier this month", "three days ago", month names alone ("in March": the
 * latest March not after the reference, or of the year written nearby), parts of months
 * ("mid-March", "early May", "the end of May"), "February 1988", seasons ("the fall of 2020", "in
 * the spring", "last winter"), years after a preposition ("in 1988", "since 1991", "early 2021"),
 * year ranges and decades ("the 1990s", "the late 1980s").
 *
 * <p>Decisions a reader may question:
 *
 * <ul>
 *   <li>A span covers the temporal words, plus "on", "last", "next" or "this" before a weekday and
 *       "the" before a season, decade or "end of May"; other prepositions ("in", "since") are left
 *       out.
 *   <li>"2020-2022" is one expression, a range of years: {@code start} 2020-01-01, {@code end}
 *       2022-12-31, precision YEAR. "between 2020 and 2022" gives two years.
 *   <li>A date without a year takes the year written in the same sentence or the one before it in
 *       its paragraph ({@link TimeExpressionConfig#contextSentences()}) by a date, month or season,
 *       or by a bare year that opens its sentence ("In 2019, ..."), else the year that puts it
 *       closest to the reference (news reports recent and coming days alike); a month alone takes
 *       the latest such month not after the reference. Both are marked {@code relative}, as is
 *       everything whose reading needed the reference or its neighbours.
 *   <li>Parts of a month keep precision MONTH with a narrower range: early = days 1-10, mid =
 *       11-20, late and "the end of" = 21 to the last day. Winter runs from December to the end of
 *       February of the next year.
 *   <li>Clock times ("12:00 p.m.", "19:15 GMT") are never dates; a bare four-digit number is a year
 *       only after a preposition and within the configured years, and "the 2000 soldiers" (a
 *       plural noun after it) is a count, not a year.
 * </ul>
 *
 * <p>Every pattern is bounded (no nested unbounded repetition), so a search is linear in the text.
 * Stateless apart from its configuration: one instance serves every thread.
 */
public final class NewsTimeExpressionTagger implements TimeExpressionTagger {

  private static final String BEFORE = "(?<![\\p{L}\\d])";
  private static final String AFTER = "(?![\\p{L}\\d])";
  private static final String FULL_MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December)(?![\\p{L}\\d-])";
  private static final String ANY_MONTH =
      "(?<month>(?:January|February|March|April|May|June|July|August|September|October"
          + "|November|December)(?![\\p{L}\\d])"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}\\d])\\.?)";
  private static final String YEAR = "(?<year>(?:1[89]|2[01])\\d\\d)(?![\\p{L}\\d])(?![.,]\\d)";
  private static final String SEASON = "(?<season>(?i:spring|summer|fall|autumn|winter))";

  private static final Pattern PART_OF_MONTH =
      Pattern.compile(
          BEFORE
              + "(?:(?<part>(?i:early|mid|late))(?:-|\\s{1,3})|(?:(?i:the)\\s{1,3})?"
              + "(?<phase>(?i:beginning|start|middle|end))\\s{1,3}of\\s{1,3})"
              + ANY_MONTH
              + "(?:,?\\s{1,3}(?:of\\s{1,3})?"
              + YEAR
              + "|\\s{1,3}of\\s{1,3}(?<which>this|last|next)\\s{1,3}year)?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(BEFORE + ANY_MONTH + ",?\\s{1,3}(?:of\\s{1,3})?" + YEAR);
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          BEFORE
              + "(?:(?<preposition>(?i:in|since|until|till|by|from|during|of|before|after|through"
              + "|between|and|or|to))\\s{1,3})?(?:(?<which>(?i:last|next|this))\\s{1,3})?"
              + FULL_MONTH
              + "(?!\\s{1,3}\\d)");
  private static final Pattern SEASON_YEAR =
      Pattern.compile(
          BEFORE
              + "(?:(?i:the)\\s{1,3})?(?:(?<part>(?i:early|mid|late))(?:-|\\s{1,3}))?"
              + SEASON
              + "(?:\\s{1,3}of)?,?\\s{1,3}"
              + YEAR);
  private static final Pattern SEASON_RELATIVE =
      Pattern.compile(
          BEFORE
              + "(?:(?<in>(?i:in))\\s{1,3})?(?<which>(?i:the|this|last|next|past|earlier\\s{1,3}this"
              + "|later\\s{1,3}this))\\s{1,3}"
              + SEASON
              + AFTER
              + "(?!\\s{1,3}(?:of|in)\\s)");
  private static final Pattern DECADE =
      Pattern.compile(
          BEFORE
              + "(?:(?i:the)\\s{1,3})?(?:(?<part>(?i:early|mid|late))(?:-|\\s{1,3}))?"
              + "(?<decade>(?:1[89]|20)\\d0)['\u2019]?s"
              + AFTER);
  private static final Pattern YEAR_RANGE =
      Pattern.compile(
          "(?<![\\p{L}\\d.,/-])(?<first>(?:1[89]|2[01])\\d\\d)\\s{0,2}[-\u2013\u2014]\\s{0,2}"
              + "(?<last>(?:1[89]|2[01])\\d\\d)(?![\\p{L}\\d-])(?![.,]\\d)");
  private static final Pattern BARE_YEAR =
      Pattern.compile(
          BEFORE
              + "(?<preposition>(?i:in|since|by|until|till|from|of|for|during|before|after|through"
              + "|between|and|to|or|around|circa|year|the|early|late|mid))(?:-|\\s{1,3})"
              + YEAR
              + "(?!\\s{0,2}(?:%|(?i:percent|per\\s{1,3}cent)))");
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          BEFORE
              + "(?<word>(?i:today|tonight|yesterday|tomorrow|this\\s{1,3}(?:morning|afternoon"
              + "|evening)|last\\s{1,3}night))"
              + AFTER);
  private static final Pattern WEEKDAY =
      Pattern.compile(
          BEFORE
              + "(?:(?<which>(?i:on|last|next|this|past|since|until|by|early|late))\\s{1,3})?"
              + "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");
  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile(
          BEFORE
              + "(?<which>(?i:last|next|this|past|coming|earlier\\s{1,3}this|later\\s{1,3}this))"
              + "\\s{1,3}(?<unit>(?i:week|month|year))"
              + AFTER);
  private static final Pattern AGO =
      Pattern.compile(
          BEFORE
              + "(?<count>\\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
              + "|eleven|twelve))\\s{1,3}(?<unit>(?i:day|week|month|year))s?\\s{1,3}(?i:ago)"
              + AFTER);
  /** Words before an expression that put it in the future ("will meet on Friday"). */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?<![\\p{L}])(?i:will|shall|scheduled|upcoming|is\\s{1,3}due|are\\s{1,3}due|set\\s{1,3}to"
              + "|plans?\\s{1,3}to|(?:is|are)\\s{1,3}expected\\s{1,3}to)(?![\\p{L}])"
              + "|['\u2019]ll(?![\\p{L}])");
  private static final Pattern ONLY_SEPARATOR = Pattern.compile(",?\\s{0,3}(?:the\\s{1,3})?");

  /** The first letters of the capitalised month and weekday names the patterns spell out. */
  private static final String MONTH_INITIALS = "JFMASOND";

  private static final String WEEKDAY_INITIALS = "MTWFS";

  private static final List<String> MONTH_WORDS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> SEASON_WORDS =
      List.of("spring", "summer", "fall", "autumn", "winter");
  private static final List<String> DECADE_WORDS = List.of("0s", "0's", "0\u2019s");
  private static final List<String> DAY_WORDS =
      List.of("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night");
  private static final List<String> WEEKDAY_WORDS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final List<String> PERIOD_WORDS = List.of("week", "month", "year");
  private static final List<String> AGO_WORDS = List.of("ago");

  private static final List<String> NUMBER_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private final TimeExpressionConfig config;
  private final DateTextParser dates;

  /** A tagger with {@link TimeExpressionConfig#defaults()}. */
  public NewsTimeExpressionTagger() {
    this(TimeExpressionConfig.defaults());
  }

  public NewsTimeExpressionTagger(TimeExpressionConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.dates = new DateTextParser();
  }

  /** What kind of expression a candidate is; weekdays merge with the date written after them. */
  private enum Kind {
    DATE,
    WEEKDAY,
    YEAR,
    OTHER
  }

  /**
   * How far into its sentence a bare year may start and still set the year of the dates after it:
   * "In 2019, the dam failed" does, "Russia, which annexed it in 2014, said on March 3" does not.
   */
  private static final int TOPIC_YEAR_REACH = 10;

  /** What an expression means once resolved. */
  private record Reading(LocalDate start, LocalDate end, Precision precision, boolean relative) {}

  /** What a resolution may consult beyond the words themselves. */
  private record Context(Optional<LocalDate> reference, OptionalInt year, boolean future) {}

  /** A match before overlaps are settled and before it is resolved. */
  private record Candidate(
      int start,
      int end,
      Kind kind,
      OptionalInt writtenYear,
      Function<Context, Optional<Reading>> resolver) {
    int length() {
      return end - start;
    }
  }

  @Override
  public List<TimeExpression> find(
      String text, List<Sentence> sentences, Optional<LocalDate> reference) {
    Objects.requireNonNull(reference, "reference");
    List<Candidate> candidates = new ArrayList<>();
    collectDates(text, candidates);
    collectPatterns(text, candidates);
    List<Candidate> kept = withoutOverlaps(candidates);

    List<Candidate> resolvedCandidates = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Candidate candidate = kept.get(i);
      Context context =
          new Context(
              reference,
              contextYear(kept, i, text, sentences),
              config.futureTense() && futureBefore(text, sentences, candidate.start()));
      // without the article's date, nothing that needed it or its neighbours is certain enough
      Optional<Reading> reading =
          candidate.resolver().apply(context).filter(r -> reference.isPresent() || !r.relative());
      if (reading.isPresent()) {
        resolvedCandidates.add(candidate);
        readings.add(reading.get());
      }
    }

    List<TimeExpression> expressions = new ArrayList<>();
    for (int i = 0; i < resolvedCandidates.size(); i++) {
      Candidate candidate = resolvedCandidates.get(i);
      Reading reading = readings.get(i);
      int start = candidate.start();
      int end = candidate.end();
      if (candidate.kind() == Kind.WEEKDAY && i + 1 < resolvedCandidates.size()) {
        Candidate next = resolvedCandidates.get(i + 1);
        if (next.kind() == Kind.DATE
            && ONLY_SEPARATOR.matcher(text).region(end, next.start()).matches()) {
          // "Monday, Dec. 26, 2022": the written date says which Monday
          end = next.end();
          reading = readings.get(i + 1);
          i++;
        }
      }
      expressions.add(
          new TimeExpression(
              new Span(start, end),
              reading.start(),
              reading.end(),
              reading.precision(),
              reading.relative()));
    }
    return List.copyOf(expressions);
  }

  private void collectDates(String text, List<Candidate> into) {
    for (DateMention mention : dates.find(text)) {
      if (mention.year().isEmpty() && startsLowerCase(text, mention.start(), mention.end())) {
        // "some 20 may have fled": a verb, not the month
        continue;
      }
      MonthDay monthDay = mention.monthDay();
      Optional<LocalDate> written = mention.date();
      Function<Context, Optional<Reading>> resolver =
          written.isPresent()
              ? context -> Optional.of(new Reading(written.get(), written.get(), Precision.DAY, false))
              : context -> dayWithoutYear(monthDay, context);
      into.add(
          new Candidate(
              mention.start(),
              mention.end(),
              Kind.DATE,
              written.isPresent() ? mention.year() : OptionalInt.empty(),
              resolver));
    }
  }

  private void collectPatterns(String text, List<Candidate> into) {
    // a pattern whose words the text never uses is not run: most articles name no season, decade
    // or "ago", and each search costs a pass over the whole text
    String lower = text.toLowerCase(Locale.ROOT);
    int[] monthInitials = nextOf(text, MONTH_INITIALS);
    PrefilteredMatcher search =
        matcher(PART_OF_MONTH, MONTH_WORDS, text, lower, capitalWithin(monthInitials, 24));
    while (search.find()) {
      Matcher m = search.matcher();
      int month = month(m.group("month"));
      String phase = m.group("part") != null ? m.group("part") : m.group("phase");
      OptionalInt year = year(m);
      String which = m.group("which");
      Function<Context, Optional<Reading>> resolver;
      if (year.isPresent()) {
        YearMonth ym = YearMonth.of(year.getAsInt(), month);
        resolver = context -> Optional.of(partOfMonth(ym, phase, false));
      } else if (which != null) {
        resolver =
            context ->
                context.reference().map(r -> partOfMonth(
                    YearMonth.of(r.getYear() + shift(which), month), phase, true));
      } else {
        resolver = context -> monthAlone(month, null, context).map(ym -> partOfMonth(ym, phase, true));
      }
      into.add(new Candidate(m.start(), m.end(), Kind.OTHER, year, resolver));
    }

    search = matcher(MONTH_YEAR, MONTH_WORDS, text, lower, capitalWithin(monthInitials, 1));
    while (search.find()) {
      Matcher m = search.matcher();
      OptionalInt year = year(m);
      if (year.isPresent()) {
        YearMonth ym = YearMonth.of(year.getAsInt(), month(m.group("month")));
        into.add(
            new Candidate(
                m.start(), m.end(), Kind.OTHER, year, context -> Optional.of(wholeMonth(ym, false))));
      }
    }

    search = matcher(MONTH_ALONE, MONTH_WORDS, text, lower, capitalWithin(monthInitials, 18));
    while (search.find()) {
      Matcher m = search.matcher();
      String which = lower(m.group("which"));
      boolean bare = which == null && m.group("preposition") == null;
      if (bare && (m.group("month").equals("May") || capitalisedWordFollows(text, m.end()))) {
        continue; // "May" alone is a name or a verb as often as a month; "April Ryan" is a name
      }
      int month = month(m.group("month"));
      int start = which != null ? m.start("which") : m.start("month");
      into.add(
          new Candidate(
              start,
              m.end(),
              Kind.OTHER,
              OptionalInt.empty(),
              context -> monthAlone(month, which, context).map(ym -> wholeMonth(ym, true))));
    }

    search = matcher(SEASON_YEAR, SEASON_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      OptionalInt year = year(m);
      if (year.isPresent()) {
        Reading reading = season(lower(m.group("season")), year.getAsInt(), lower(m.group("part")), false);
        into.add(new Candidate(m.start(), m.end(), Kind.OTHER, year, context -> Optional.of(reading)));
      }
    }

    search = matcher(SEASON_RELATIVE, SEASON_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      String which = lower(m.group("which")).replaceAll("\\s+", " ");
      if (which.equals("the") && m.group("in") == null) {
        continue; // "the fall" without "in" is usually a noun: "the fall in prices"
      }
      String season = lower(m.group("season"));
      into.add(
          new Candidate(
              m.start("which"),
              m.end(),
              Kind.OTHER,
              OptionalInt.empty(),
              context -> relativeSeason(season, which, context)));
    }

    search = matcher(DECADE, DECADE_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      int decade = Integer.parseInt(m.group("decade"));
      String part = lower(m.group("part"));
      // early = the first four years, mid = the middle four, late = the last four
      int from = decade + (part == null || part.equals("early") ? 0 : part.equals("mid") ? 3 : 6);
      int to = decade + (part == null || part.equals("late") ? 9 : part.equals("mid") ? 6 : 3);
      Reading reading =
          new Reading(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Precision.DECADE, false);
      into.add(
          new Candidate(
              m.start(), m.end(), Kind.OTHER, OptionalInt.empty(), context -> Optional.of(reading)));
    }

    search = PrefilteredMatcher.of(YEAR_RANGE, text, PrefilteredMatcher.NUMBER_START);
    while (search.find()) {
      Matcher m = search.matcher();
      int first = Integer.parseInt(m.group("first"));
      int last = Integer.parseInt(m.group("last"));
      if (first < last && inYears(first) && inYears(last)) {
        Reading reading =
            new Reading(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Precision.YEAR, false);
        into.add(
            new Candidate(
                m.start(), m.end(), Kind.OTHER, OptionalInt.empty(), context -> Optional.of(reading)));
      }
    }

    search = PrefilteredMatcher.of(BARE_YEAR, text, NewsTimeExpressionTagger::mayStartBareYear);
    while (search.find()) {
      Matcher m = search.matcher();
      int year = Integer.parseInt(m.group("year"));
      String preposition = lower(m.group("preposition"));
      if (!inYears(year) || (countingPreposition(preposition) && pluralFollows(text, m.end()))) {
        continue;
      }
      boolean part = preposition.equals("early") || preposition.equals("mid") || preposition.equals("late");
      Reading reading = yearReading(year, part ? preposition : null);
      into.add(
          new Candidate(
              part ? m.start() : m.start("year"),
              m.end(),
              Kind.YEAR,
              OptionalInt.of(year),
              context -> Optional.of(reading)));
    }

    search = matcher(RELATIVE_DAY, DAY_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      if (Character.isUpperCase(text.charAt(m.start())) && followsCapitalisedWord(text, m.start())) {
        continue; // "Haldor Today", "Good Morning Tomorrow": a name
      }
      String word = lower(m.group("word"));
      int offset = word.equals("yesterday") || word.startsWith("last") ? -1 : word.equals("tomorrow") ? 1 : 0;
      into.add(
          new Candidate(
              m.start(),
              m.end(),
              Kind.OTHER,
              OptionalInt.empty(),
              context -> context.reference().map(r -> day(r.plusDays(offset)))));
    }

    search = matcher(WEEKDAY, WEEKDAY_WORDS, text, lower, capitalWithin(nextOf(text, WEEKDAY_INITIALS), 9));
    while (search.find()) {
      Matcher m = search.matcher();
      String which = lower(m.group("which"));
      DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
      boolean spoken = which != null && List.of("on", "last", "next", "this", "past").contains(which);
      into.add(
          new Candidate(
              spoken ? m.start() : m.start("day"),
              m.end(),
              Kind.WEEKDAY,
              OptionalInt.empty(),
              context -> context.reference().map(r -> day(weekday(r, day, which, context.future())))));
    }

    search = matcher(RELATIVE_PERIOD, PERIOD_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      String which = lower(m.group("which")).replaceAll("\\s+", " ");
      String unit = lower(m.group("unit"));
      into.add(
          new Candidate(
              m.start(),
              m.end(),
              Kind.OTHER,
              OptionalInt.empty(),
              context -> context.reference().map(r -> period(r, which, unit))));
    }

    search = matcher(AGO, AGO_WORDS, text, lower);
    while (search.find()) {
      Matcher m = search.matcher();
      String count = lower(m.group("count"));
      int n = Character.isDigit(count.charAt(0))
          ? Integer.parseInt(count)
          : count.equals("a") || count.equals("an") ? 1 : NUMBER_WORDS.indexOf(count);
      String unit = lower(m.group("unit"));
      into.add(
          new Candidate(
              m.start(),
              m.end(),
              Kind.OTHER,
              OptionalInt.empty(),
              context -> context.reference().map(r -> ago(r, n, unit))));
    }
  }

  /**
   * A search of {@code text}, or of nothing when {@code lower} contains none of the words. Every
   * pattern searched this way opens with {@link #BEFORE} and a word or a number, so only word
   * starts are tried.
   */
  private static PrefilteredMatcher matcher(
      Pattern pattern, List<String> words, String text, String lower) {
    return matcher(pattern, words, text, lower, PrefilteredMatcher.WORD_START);
  }

  /** As above, trying only where {@code test} allows, a stricter test than a word start. */
  private static PrefilteredMatcher matcher(
      Pattern pattern,
      List<String> words,
      String text,
      String lower,
      PrefilteredMatcher.StartTest test) {
    for (String word : words) {
      if (lower.contains(word)) {
        return PrefilteredMatcher.of(pattern, text, test);
      }
    }
    return PrefilteredMatcher.of(pattern, "", test);
  }

  /**
   * A word start with one of the initials less than {@code reach} characters on: where a
   * pattern can start whose capitalised month or weekday ("March", "Friday") follows at most a
   * few short words ("through last", "the end of"). Each reach is the longest such lead-in plus
   * its spaces.
   */
  private static PrefilteredMatcher.StartTest capitalWithin(int[] nextInitial, int reach) {
    return (text, index) ->
        PrefilteredMatcher.WORD_START.mayStart(text, index) && nextInitial[index] < index + reach;
  }

  /**
   * For each index of the text, the first index at or after it holding one of {@code chars}
   * ({@link Integer#MAX_VALUE} when none follows): one pass, so a start test asks in constant time
   * whether an initial lies within reach instead of scanning ahead at every word start.
   */
  private static int[] nextOf(String text, String chars) {
    int[] next = new int[text.length() + 1];
    next[text.length()] = Integer.MAX_VALUE;
    for (int i = text.length() - 1; i >= 0; i--) {
      next[i] = chars.indexOf(text.charAt(i)) >= 0 ? i : next[i + 1];
    }
    return next;
  }

  /**
   * Where "in 1988" can start: at a word start with the year's first digit close enough to follow
   * the longest preposition ("between") and three spaces.
   */
  private static boolean mayStartBareYear(CharSequence text, int index) {
    return PrefilteredMatcher.WORD_START.mayStart(text, index)
        && PrefilteredMatcher.digitWithin(text, index, index + "between".length() + 4);
  }

  /** At each start the longest candidate; a later candidate that overlaps a kept one is dropped. */
  private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
    List<Candidate> kept = new ArrayList<>();
    int reached = -1;
    for (Candidate candidate : sorted) {
      if (candidate.start() >= reached) {
        kept.add(candidate);
        reached = candidate.end();
      } else if (candidate.end() > reached
          && candidate.length() > kept.get(kept.size() - 1).length()) {
        // a longer reading that starts inside the last one ("the 2020-2022 ..." after "the 2020")
        kept.set(kept.size() - 1, candidate);
        reached = candidate.end();
      }
    }
    return kept;
  }

  /** The year last written before candidate {@code index} within the context sentences. */
  private OptionalInt contextYear(
      List<Candidate> kept, int index, String text, List<Sentence> sentences) {
    int position = kept.get(index).start();
    int sentence = Sentence.indexAt(sentences, position);
    if (sentence < 0) {
      return OptionalInt.empty();
    }
    int first = sentence;
    while (first > 0
        && sentence - first < config.contextSentences()
        && sentences.get(first - 1).paragraph() == sentences.get(sentence).paragraph()) {
      first--;
    }
    int from = sentences.get(first).span().start();
    for (int i = index - 1; i >= 0 && kept.get(i).start() >= from; i--) {
      Candidate earlier = kept.get(i);
      if (earlier.writtenYear().isEmpty()) {
        continue;
      }
      if (earlier.kind() == Kind.YEAR) {
        int holder = Sentence.indexAt(sentences, earlier.start());
        if (holder < 0 || earlier.start() - sentences.get(holder).span().start() > TOPIC_YEAR_REACH) {
          continue; // a year in passing, not the time the sentence is about
        }
      }
      return earlier.writtenYear();
    }
    return OptionalInt.empty();
  }

  private static boolean futureBefore(String text, List<Sentence> sentences, int position) {
    int sentence = Sentence.indexAt(sentences, position);
    if (sentence < 0) {
      return false;
    }
    int from = sentences.get(sentence).span().start();
    return FUTURE.matcher(text).region(from, position).find();
  }

  private static Optional<Reading> dayWithoutYear(MonthDay monthDay, Context context) {
    if (context.year().isPresent() && monthDay.isValidYear(context.year().getAsInt())) {
      LocalDate date = monthDay.atYear(context.year().getAsInt());
      return Optional.of(new Reading(date, date, Precision.DAY, true));
    }
    if (context.reference().isEmpty()) {
      return Optional.empty();
    }
    LocalDate reference = context.reference().get();
    LocalDate best = null;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate date = monthDay.atYear(year);
      long distance = Math.abs(ChronoUnit.DAYS.between(reference, date));
      if (best == null || distance < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
        best = date;
      }
    }
    return Optional.ofNullable(best).map(date -> new Reading(date, date, Precision.DAY, true));
  }

  /** Which year-month a month name alone means. */
  private static Optional<YearMonth> monthAlone(int month, String which, Context context) {
    if (which == null && context.year().isPresent()) {
      return Optional.of(YearMonth.of(context.year().getAsInt(), month));
    }
    if (context.reference().isEmpty()) {
      return Optional.empty();
    }
    YearMonth now = YearMonth.from(context.reference().get());
    YearMonth sameYear = YearMonth.of(now.getYear(), month);
    if ("this".equals(which)) {
      return Optional.of(sameYear);
    }
    if ("last".equals(which)) {
      return Optional.of(sameYear.isBefore(now) ? sameYear : sameYear.minusYears(1));
    }
    if ("next".equals(which) || context.future()) {
      boolean strictly = "next".equals(which);
      boolean fits = strictly ? sameYear.isAfter(now) : !sameYear.isBefore(now);
      return Optional.of(fits ? sameYear : sameYear.plusYears(1));
    }
    return Optional.of(sameYear.isAfter(now) ? sameYear.minusYears(1) : sameYear);
  }

  private static Reading wholeMonth(YearMonth month, boolean relative) {
    return new Reading(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, relative);
  }

  private static Reading partOfMonth(YearMonth month, String phase, boolean relative) {
    return switch (lower(phase)) {
      case "early", "beginning", "start" ->
          new Reading(month.atDay(1), month.atDay(10), Precision.MONTH, relative);
      case "mid", "middle" -> new Reading(month.atDay(11), month.atDay(20), Precision.MONTH, relative);
      default -> new Reading(month.atDay(21), month.atEndOfMonth(), Precision.MONTH, relative);
    };
  }

  private static Reading season(String season, int year, String part, boolean relative) {
    int firstMonth = switch (season) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "fall", "autumn" -> 9;
      default -> 12;
    };
    YearMonth first = YearMonth.of(year, firstMonth);
    int from = part == null || part.equals("early") ? 0 : part.equals("mid") ? 1 : 2;
    int to = part == null || part.equals("late") ? 2 : part.equals("mid") ? 1 : 0;
    return new Reading(
        first.plusMonths(from).atDay(1), first.plusMonths(to).atEndOfMonth(), Precision.SEASON, relative);
  }

  private static Optional<Reading> relativeSeason(String season, String which, Context context) {
    if (which.equals("the") && context.year().isPresent()) {
      return Optional.of(season(season, context.year().getAsInt(), null, true));
    }
    if (context.reference().isEmpty()) {
      return Optional.empty();
    }
    LocalDate reference = context.reference().get();
    List<Reading> around = new ArrayList<>();
    for (int year = reference.getYear() - 2; year <= reference.getYear() + 1; year++) {
      around.add(season(season, year, null, true));
    }
    Reading holding = null;
    Reading lastEnded = null;
    Reading nextStarting = null;
    for (Reading reading : around) {
      if (!reading.start().isAfter(reference) && !reading.end().isBefore(reference)) {
        holding = reading;
      } else if (reading.end().isBefore(reference)) {
        lastEnded = reading;
      } else if (nextStarting == null) {
        nextStarting = reading;
      }
    }
    Reading latestStarted = holding != null ? holding : lastEnded;
    Reading chosen = switch (which) {
      case "last", "past" -> lastEnded;
      case "next" -> nextStarting;
      case "this", "earlier this", "later this" -> {
        Reading sameYear = season(season, reference.getYear(), null, true);
        // winter is named after the year it starts in, but January is still "this winter"
        yield holding != null ? holding : sameYear;
      }
      default -> context.future() && holding == null ? nextStarting : latestStarted;
    };
    return Optional.ofNullable(chosen);
  }

  private static Reading yearReading(int year, String part) {
    if (part == null) {
      return new Reading(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, false);
    }
    int from = part.equals("early") ? 1 : part.equals("mid") ? 5 : 9;
    YearMonth first = YearMonth.of(year, from);
    return new Reading(
        first.atDay(1), first.plusMonths(3).atEndOfMonth(), Precision.YEAR, false);
  }

  private static Reading day(LocalDate date) {
    return new Reading(date, date, Precision.DAY, true);
  }

  private static LocalDate weekday(LocalDate reference, DayOfWeek day, String which, boolean future) {
    if ("next".equals(which)) {
      return reference.with(TemporalAdjusters.next(day));
    }
    if ("last".equals(which) || "past".equals(which)) {
      return reference.with(TemporalAdjusters.previous(day));
    }
    if (future || "until".equals(which)) {
      return reference.with(TemporalAdjusters.nextOrSame(day));
    }
    return reference.with(TemporalAdjusters.previousOrSame(day));
  }

  private static Reading period(LocalDate reference, String which, String unit) {
    LocalDate start;
    LocalDate end;
    Precision precision;
    switch (unit) {
      case "week" -> {
        precision = Precision.WEEK;
        LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        start = monday;
        end = monday.plusDays(6);
      }
      case "month" -> {
        precision = Precision.MONTH;
        start = reference.withDayOfMonth(1);
        end = YearMonth.from(reference).atEndOfMonth();
      }
      default -> {
        precision = Precision.YEAR;
        start = reference.withDayOfYear(1);
        end = LocalDate.of(reference.getYear(), 12, 31);
      }
    }
    ChronoUnit step = switch (unit) {
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    return switch (which) {
      case "last" -> new Reading(shiftBack(start, step), start.minusDays(1), precision, true);
      case "next", "coming" -> new Reading(end.plusDays(1), shiftForward(end, step), precision, true);
      case "past" -> new Reading(reference.minus(1, step), reference, precision, true);
      case "earlier this" -> new Reading(start, reference, precision, true);
      case "later this" -> new Reading(reference, end, precision, true);
      default -> new Reading(start, end, precision, true);
    };
  }

  private static LocalDate shiftBack(LocalDate periodStart, ChronoUnit step) {
    return periodStart.minus(1, step);
  }

  private static LocalDate shiftForward(LocalDate periodEnd, ChronoUnit step) {
    LocalDate nextStart = periodEnd.plusDays(1);
    return nextStart.plus(1, step).minusDays(1);
  }

  private static Reading ago(LocalDate reference, int count, String unit) {
    return switch (unit) {
      case "day" -> day(reference.minusDays(count));
      case "week" -> {
        LocalDate monday =
            reference.minusWeeks(count).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Reading(monday, monday.plusDays(6), Precision.WEEK, true);
      }
      case "month" -> wholeMonth(YearMonth.from(reference).minusMonths(count), true);
      default -> {
        int year = reference.getYear() - count;
        yield new Reading(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, true);
      }
    };
  }

  private OptionalInt year(Matcher m) {
    String digits = m.group("year");
    if (digits == null) {
      return OptionalInt.empty();
    }
    int year = Integer.parseInt(digits);
    return inYears(year) ? OptionalInt.of(year) : OptionalInt.empty();
  }

  private boolean inYears(int year) {
    return year >= config.earliestYear() && year <= config.latestYear();
  }

  private static int shift(String which) {
    return switch (which) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static int month(String name) {
    return MONTH_WORDS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  /** Prepositions that introduce counts as readily as years ("to 2000 people"). */
  private static boolean countingPreposition(String preposition) {
    return List.of("the", "to", "and", "or", "of", "for", "around", "from", "by", "between", "circa")
        .contains(preposition);
  }

  /** True when a lower-case word ending in "s" follows: "the 2000 soldiers", a count. */
  private static boolean pluralFollows(String text, int end) {
    int i = end;
    while (i < text.length() && i - end < 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (i == end || i >= text.length() || !Character.isLowerCase(text.charAt(i))) {
      return false;
    }
    int wordEnd = i;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd)) && wordEnd - i < 30) {
      wordEnd++;
    }
    return text.charAt(wordEnd - 1) == 's' && wordEnd - i > 2;
  }

  /** True when the word just after {@code position} (one space apart) starts with a capital. */
  private static boolean capitalisedWordFollows(String text, int position) {
    return position + 1 < text.length()
        && text.charAt(position) == ' '
        && Character.isUpperCase(text.charAt(position + 1));
  }

  /** True when the word just before {@code position} (spaces apart) starts with a capital. */
  private static boolean followsCapitalisedWord(String text, int position) {
    int i = position;
    while (i > 0 && position - i < 3 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == position || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && i - wordStart < 30 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return Character.isUpperCase(text.charAt(wordStart));
  }

  private static boolean startsLowerCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isLowerCase(text.charAt(i));
      }
    }
    return false;
  }
}
