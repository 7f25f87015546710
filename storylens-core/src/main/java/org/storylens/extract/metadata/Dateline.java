package org.storylens.extract.metadata;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "MOSCOW, September 21. /TASS/.", "MOSCOW (Sputnik) —",
 * "WASHINGTON, Sept 21 (Reuters) -", "(AP) —". The credit between slashes or brackets names the
 * agency; the date usually has no year.
 *
 * @param place the place, as written
 * @param date the month and day, when written
 * @param credit the agency or outlet credited, when written
 */
public record Dateline(Optional<String> place, Optional<MonthDay> date, Optional<String> credit) {

  private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019-]{1,30}";
  /** The parser's month names in a non-capturing, case-insensitive group. */
  private static final String MONTH =
      "(?iu:" + DateTextParser.MONTH.replaceFirst("^\\(", "(?:") + ")";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:("
              + WORD
              + "(?:\\s"
              + WORD
              + "){0,3})(?:,\\s{1,2}((?:"
              + MONTH
              + "\\.?\\s{1,2}\\d{1,2}|\\d{1,2}\\s{1,2}"
              + MONTH
              + "\\.?)(?:,?\\s{1,2}\\d{4})?))?[.,]?\\s{0,2})?"
              + "(?:/\\s?([^/\\n]{2,30}?)\\s?/|\\(([^()\\n]{2,30})\\)\\s{0,2}[\u2014\u2013-]|([\u2014\u2013-]))");
  private static final Pattern CAPITALISED_START = Pattern.compile("^\\p{Lu}");

  public Dateline {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(credit, "credit");
  }

  /** The dateline at the start of {@code paragraph}, if it opens with one. */
  public static Optional<Dateline> find(String paragraph) {
    String start = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
    Matcher m = DATELINE.matcher(start);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<String> place = Optional.ofNullable(m.group(1));
    if (place.isPresent() && !CAPITALISED_START.matcher(place.get()).find()) {
      return Optional.empty();
    }
    Optional<MonthDay> date =
        Optional.ofNullable(m.group(2))
            .flatMap(d -> new DateTextParser().find(d).stream().findFirst())
            .map(DateMention::monthDay);
    String creditText = m.group(3) != null ? m.group(3) : m.group(4);
    Optional<String> credit =
        Optional.ofNullable(creditText).map(String::strip).filter(Dateline::isCredit);
    if (credit.isEmpty() && date.isEmpty()) {
      // "NATO — the alliance said" is not a dateline: a dash needs a date or a credit with it
      return Optional.empty();
    }
    if (creditText != null && credit.isEmpty()) {
      return Optional.empty();
    }
    if (place.isPresent() && !isPlace(place.get())) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, date, credit));
  }

  /** An agency credit is a short capitalised name: "TASS", "Sputnik", "Reuters". */
  private static boolean isCredit(String text) {
    return MetadataLineRecognizer.isNameLike(text) && text.split("\\s+").length <= 4;
  }

  /**
   * Places are written in capitals in datelines; a mixed-case place is accepted only in a
   * one- or two-word name, which keeps "Azerbaijani President Ilham Aliyev (…)" out.
   */
  private static boolean isPlace(String place) {
    List<String> words = List.of(place.split("\\s+"));
    boolean capitals = words.stream().allMatch(w -> w.equals(w.toUpperCase(java.util.Locale.ROOT)));
    return capitals || words.size() <= 2;
  }
}
