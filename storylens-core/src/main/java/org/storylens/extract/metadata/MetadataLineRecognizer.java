package org.storylens.extract.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether one short line of page text is metadata rather than article text: a date line
 * ("2023-09-21 15:41:22 | Last Update : 2023-09-21 15:53:04", "21 September 2023"), a byline ("By
 * Jane Roe"), a source credit ("Source: Newsroom"), a syndication credit ("Based on materials from
 * TASS", "По материалам ТАСС") or a copyright line. Used by text cleaning to route such lines to
 * the metadata evidence, and by metadata extraction to take any left in the body out. Thread-safe.
 */
public final class MetadataLineRecognizer {

  /** Longer lines are prose, whatever they start with; also bounds the work per line. */
  private static final int MAX_LINE = 200;

  /** What a metadata line states. */
  public enum Kind {
    /** Only dates, times and their labels. */
    DATE,
    /** An author or desk: "By X", "Author: X", "Written by X". */
    BYLINE,
    /** "Source: X": a desk or an agency, told apart by the agency list. */
    SOURCE,
    /** A declared syndication: "Based on materials from X". */
    BASED_ON,
    /** "© 2023 X. All rights reserved." */
    COPYRIGHT
  }

  /**
   * A recognised line.
   *
   * @param kind what it states
   * @param value the name it gives (author, source, agency, copyright holder), or the whole line
   *     for a date line
   * @param line the line as given
   */
  public record MetadataLine(Kind kind, String value, String line) {
    public MetadataLine {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(line, "line");
    }
  }

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:by|written by|words by|reporting by|von|par|por)\\s{1,3}"
              + "|(?:posted|published|updated)\\s(?:on\\s)?[^|]{1,40}?\\sby\\s{1,3}"
              + "|(?:authors?|автор|yazar|yazan)\\s?:\\s{0,3})(\\S.{0,78})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "Harbour Gazette staff", "Staff reporter": a newsroom credited instead of a person. */
  private static final Pattern STAFF_BYLINE =
      Pattern.compile(
          "^(?:(\\S.{0,60}?)\\s(?:staff|staff reporters?|staff writers?|newsroom|news desk)"
              + "|staff (?:reporters?|writers?|correspondents?)|from staff reports)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SOURCE =
      Pattern.compile(
          "^(?:sources?|источник|kaynak|quelle|fuente|fonte)\\s?:\\s{0,3}(\\S.{0,78})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BASED_ON_AFTER =
      Pattern.compile(
          "^based on (\\S.{0,60}?)(?:'s)? (?:materials|reports|reporting|information|data)\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BASED_ON =
      Pattern.compile(
          "^(?:based on (?:materials|reports|reporting|information|data|material) (?:from|by|of)"
              + "|(?:with|using) (?:materials|reporting|information|inputs) (?:from|by)"
              + "|inputs from"
              + "|по материалам|по информации|nach (?:angaben|material|informationen) von"
              + "|d'après|según|con información de)\\s{1,3}(\\S.{0,78})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The holder runs to the first full stop: notices after it ("All rights reserved. …") vary. */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\([cс]\\)|copyright(?![a-z]))\\s{0,3}(?:©\\s{0,3})?(?:\\d{4}(?:\\s?[-–]\\s?\\d{4})?)?[,.]?\\s{0,3}"
              + "([^.]{2,80}?(?:\\.[a-z]{2,6})?)(?:\\.(?:\\s.{0,180})?)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ALL_RIGHTS =
      Pattern.compile("[.,]?\\s*all rights reserved\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_YEARS =
      Pattern.compile("[,.]?\\s{0,3}\\d{4}(?:\\s?[-–]\\s?\\d{4})?\\.?$");
  private static final Pattern BYLINE_TAIL =
      Pattern.compile(
          "\\s(?:published|updated|posted|publiziert|veröffentlicht|aktualisiert|опубликовано"
              + "|обновлено|publié|publicado|on|am|le|el)(?![\\p{L}]).{0,60}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CAMEL_JOINT =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern CLOCK =
      Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");

  private final MetadataVocabulary vocabulary;
  private final DateTextParser dates;

  public MetadataLineRecognizer(MetadataVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.dates = new DateTextParser();
  }

  /** A recognizer over the bundled vocabulary. */
  public static MetadataLineRecognizer bundled() {
    return new MetadataLineRecognizer(MetadataVocabulary.bundled());
  }

  /** What {@code line} states, if it is a metadata line. */
  public Optional<MetadataLine> recognize(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_LINE) {
      return Optional.empty();
    }
    if (isDateLine(text)) {
      return Optional.of(new MetadataLine(Kind.DATE, text, line));
    }
    Matcher m = BASED_ON.matcher(text);
    if (m.find()) {
      return named(Kind.BASED_ON, m.group(1), line);
    }
    m = BASED_ON_AFTER.matcher(text);
    if (m.find()) {
      return named(Kind.BASED_ON, m.group(1), line);
    }
    m = SOURCE.matcher(text);
    if (m.find()) {
      return named(Kind.SOURCE, m.group(1), line);
    }
    m = COPYRIGHT.matcher(text);
    if (m.find()) {
      String holder = ALL_RIGHTS.matcher(m.group(1)).replaceFirst("");
      return named(Kind.COPYRIGHT, TRAILING_YEARS.matcher(holder).replaceFirst(""), line);
    }
    m = BYLINE.matcher(text);
    if (m.find()) {
      String name = nameBeforeDate(m.group(1));
      if (isNameLike(name)) {
        return named(Kind.BYLINE, name, line);
      }
    }
    m = STAFF_BYLINE.matcher(text);
    if (m.find() && (m.group(1) == null || isNameLike(m.group(1)))) {
      return named(Kind.BYLINE, text, line);
    }
    return Optional.empty();
  }

  /**
   * True for a line made only of dates, clock times and date labels ("Last Update :", "GMT",
   * "Yesterday"), holding at least one date or time.
   */
  public boolean isDateLine(String line) {
    if (line.length() > MAX_LINE) {
      return false;
    }
    List<DateMention> mentions = dates.find(line);
    StringBuilder rest = new StringBuilder(line);
    for (DateMention mention : mentions) {
      for (int i = mention.start(); i < mention.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher clock = CLOCK.matcher(rest);
    boolean hasClock = false;
    while (clock.find()) {
      hasClock = true;
      for (int i = clock.start(); i < clock.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    if (mentions.isEmpty() && !hasClock) {
      return false;
    }
    // "UTCUpdated": labels pasted together are still labels
    String words = CAMEL_JOINT.matcher(rest).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String word : words.split("[^\\p{L}.]+")) {
      String bare = word.replaceAll("^\\.+|\\.+$", "");
      if (!bare.isEmpty() && !vocabulary.dateLabels().contains(bare)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a short line shaped like a name: a site, an outlet, a person ("GSV \"Russia -
   * Islamic World\"", "Daily Sabah", "Jane Roe"): one to eight words, mostly capitalised, no
   * sentence punctuation at the end, no label colon.
   */
  public static boolean isNameLike(String line) {
    String text = line.strip();
    if (text.length() < 2 || text.length() > 80 || text.indexOf(':') >= 0
        || text.contains(" / ") || text.contains(" | ") || hasGluedWords(text)
        || FOUR_DIGITS.matcher(text).find()) {
      // a colon is a label; slashes and bars separate menu items or photo credits; four digits
      // make a year, a postcode or a phone number, not a name
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' && !text.matches(".*\\b\\p{Lu}\\.$") || last == '!' || last == '?' || last == ',') {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first) && "\"«“'„".indexOf(first) < 0 && !Character.isDigit(first)) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length > 8) {
      return false;
    }
    int content = 0;
    int capitalised = 0;
    for (String word : words) {
      String letters = word.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
      if (letters.length() < 3 && !(letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)))) {
        continue;
      }
      content++;
      if (Character.isUpperCase(letters.codePointAt(0)) || Character.isDigit(letters.codePointAt(0))) {
        capitalised++;
      }
    }
    return content > 0 && capitalised * 10 >= content * 6;
  }

  /**
   * The name in a byline that goes on with a date: "Kim Park, published 2 March 2024" gives "Kim
   * Park".
   */
  public String nameBeforeDate(String value) {
    String name = value;
    // "Jane Doe; Editing by John Smith", "Jane Doe | Staff": the first credit is the author
    int separator = indexOfAny(name, ";|");
    if (separator > 0) {
      name = name.substring(0, separator);
    }
    List<DateMention> mentions = dates.find(name);
    if (!mentions.isEmpty()) {
      name = name.substring(0, mentions.get(0).start());
    }
    name = BYLINE_TAIL.matcher(name).replaceFirst("");
    return trimName(name.replaceAll("[\\s,|\\-\u2013\u2014]+$", ""));
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** "ImpressumDatenschutz": two words of four letters or more run together, as menus paste. */
  private static boolean hasGluedWords(String text) {
    int lowerRun = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) && lowerRun >= 3 && i + 3 < text.length()
          && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))
          && Character.isLowerCase(text.charAt(i + 3))) {
        return true;
      }
      lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
    }
    return false;
  }

  private Optional<MetadataLine> named(Kind kind, String value, String line) {
    String name = trimName(value);
    return name.isEmpty() ? Optional.empty() : Optional.of(new MetadataLine(kind, name, line));
  }

  private static String trimName(String value) {
    return value.strip().replaceAll("^[\\s\\-–—:]+|[\\s.,;:]+$", "");
  }

  /** The vocabulary this recognizer uses. */
  public MetadataVocabulary vocabulary() {
    return vocabulary;
  }
}
