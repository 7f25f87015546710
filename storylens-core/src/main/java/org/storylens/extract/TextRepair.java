package org.storylens.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the character-level damage that copying text out of a page leaves behind: HTML entities
 * (whole, or as remnants that lost their ampersand such as {@code quot;}, {@code nbsp;}, {@code
 * #39;}), no-break and zero-width spaces, soft hyphens. Line breaks are kept, so the page's layout
 * survives for line-level cleaning. Pure and stateless; the HTML extractor applies the same repair
 * to its blocks.
 */
public final class TextRepair {

  /**
   * Named entities decoded with or without their ampersand. Only names that do not occur as the
   * end of an ordinary word followed by a semicolon are decoded without the ampersand; short
   * ambiguous ones ({@code lt;}, {@code gt;}, {@code reg;}) need the ampersand.
   */
  private static final Map<String, String> DISTINCT_NAMES =
      Map.ofEntries(
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("sbquo", "\u201a"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("bdquo", "\u201e"),
          Map.entry("laquo", "\u00ab"),
          Map.entry("raquo", "\u00bb"),
          Map.entry("hellip", "\u2026"),
          Map.entry("middot", "\u00b7"),
          Map.entry("thinsp", " "),
          Map.entry("ensp", " "),
          Map.entry("emsp", " "),
          Map.entry("shy", ""),
          Map.entry("zwnj", ""),
          Map.entry("zwj", ""));

  private static final Map<String, String> AMPERSAND_ONLY_NAMES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("trade", "\u2122"),
          Map.entry("deg", "\u00b0"),
          Map.entry("euro", "\u20ac"),
          Map.entry("pound", "\u00a3"),
          Map.entry("bull", "\u2022"));

  /** A whole entity: {@code &name;}, {@code &#39;}, {@code &#x2019;}. Bounded, so linear. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

  /**
   * A remnant without its ampersand. {@code amp;} only after a non-lower-case character, so that
   * {@code ATamp;T} is repaired but a word ending in "amp" before a semicolon is not touched.
   */
  private static final Pattern REMNANT =
      Pattern.compile(
          "(?<!&)(?:quot|apos|nbsp|ndash|mdash|lsquo|rsquo|sbquo|ldquo|rdquo|bdquo|laquo|raquo|hellip"
              + "|middot|thinsp|ensp|emsp|zwnj);|(?<![a-z&])amp;|(?<!&)#(\\d{2,5});|(?<!&)#[xX]([0-9a-fA-F]{2,5});");

  private TextRepair() {}

  /**
   * Repairs entities and invisible characters; keeps line breaks. Runs in time linear in the
   * input.
   */
  public static String repair(String text) {
    String repaired = text;
    // entities are sometimes encoded twice ("&amp;quot;"); three rounds undo any sane nesting
    for (int round = 0; round < 3; round++) {
      String next = decodeRemnants(decodeEntities(repaired));
      if (next.equals(repaired)) {
        break;
      }
      repaired = next;
    }
    return replaceInvisibles(repaired);
  }

  private static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = codePoint(Integer.parseInt(m.group(1)), m.group());
      } else if (m.group(2) != null) {
        replacement = codePoint(Integer.parseInt(m.group(2), 16), m.group());
      } else {
        String name = m.group(3).toLowerCase(Locale.ROOT);
        replacement = DISTINCT_NAMES.getOrDefault(name, AMPERSAND_ONLY_NAMES.get(name));
        if (replacement == null) {
          replacement = m.group();
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decodeRemnants(String text) {
    if (text.indexOf(';') < 0) {
      return text;
    }
    Matcher m = REMNANT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String found = m.group();
      String replacement;
      if (m.group(1) != null) {
        replacement = codePoint(Integer.parseInt(m.group(1)), found);
      } else if (m.group(2) != null) {
        replacement = codePoint(Integer.parseInt(m.group(2), 16), found);
      } else if (found.equals("amp;")) {
        replacement = "&";
      } else {
        replacement = DISTINCT_NAMES.get(found.substring(0, found.length() - 1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int value, String original) {
    if (value == 0xA0) {
      return " ";
    }
    if (!Character.isValidCodePoint(value) || Character.isISOControl(value) && value != '\n') {
      return original;
    }
    return new String(Character.toChars(value));
  }

  private static String replaceInvisibles(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u00a0', '\u2007', '\u202f', '\u2009', '\u2002', '\u2003', '\t' -> out.append(' ');
        case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> {
          // invisible: soft hyphen, zero-width spaces and joiners, byte-order mark
        }
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
