package org.storylens.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storylens.extract.TextBlock;

/**
 * Decides whether one block found inside the content container is article text. Rejects link lines
 * (teasers, menus), short lines that are a known kind of page furniture (advert labels, "read
 * more", share and sign-up calls, bylines, timestamps, copyright notices), reporting credits, and
 * repeats of the headline. Long blocks are kept unless they are nearly all links: furniture phrases
 * are short, and a long paragraph that merely starts like one is prose.
 */
final class BlockFilter {

  /**
   * Furniture lines, matched against a whole short block (lower case, punctuation folded to
   * spaces). Generic phrases of the trade, not strings of any one site.
   */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|story"
              + " continues below( this)?( advertisement| ad)?|article continues below( this)?("
              + " advertisement| ad)?|continue reading( below| the main story| the article)?|read"
              + " more|read more here|read the full (story|article)|show more|see more|load"
              + " more|share|share this( article| story| post| page)?|share (on|via) [a-z"
              + " ]+|tweet|email|print|copy link|copied|save|saved|bookmark|click here( to [a-z"
              + " ]+)?|sign up( [a-z ]+)?|subscribe( [a-z ]+)?|follow us( on [a-z ]+)?|like us on"
              + " facebook|related( .*)?|read (more|also|next)("
              + " .*)?|(image|photo|picture|slide|video) \\d+( of)? \\d+|\\d+ of \\d+|copyright"
              + " .*|follow .*(twitter|facebook|instagram|linkedin|tiktok|youtube).*|see also|more"
              + " on this( story| topic)?|recommended( for you)?|most (read|popular)|you"
              + " (may|might) also like|trending|top stories|more stories|breaking|breaking"
              + " news|(\\d+ )?comments?|leave a comment|add a comment|view comments|show"
              + " comments|skip"
              + " (advert|ad|advertisement)|loading|image|photo|video|watch|listen|getty"
              + " images|file photo|(ap|afp|reuters|getty) photo)");

  /**
   * Byline and dateline openers. Only a short block that also does not end like a sentence is taken
   * for one (as for timestamps): "By Monday, the water had receded." is prose.
   */
  private static final Pattern BYLINE_START =
      Pattern.compile(
          "(by|von|par|por|posted|published|updated|last updated|written by|posted by"
              + "|published on|updated on)( .*)?");

  /** Reporting credits closing wire and newspaper stories: about the article, not in it. */
  private static final Pattern CREDIT_LINE =
      Pattern.compile("contributed (to )?(this|the) (report|story|article)|contributed reporting");

  /** A year and a clock time together: a timestamp, in any language's date format. */
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:h.]\\d\\d\\b");

  private final int shortBlockWords;
  private final double maxLinkDensity;
  private final List<String> headlines = new ArrayList<>();

  BlockFilter(int shortBlockWords, double maxLinkDensity, List<String> headlines) {
    this.shortBlockWords = shortBlockWords;
    this.maxLinkDensity = maxLinkDensity;
    for (String headline : headlines) {
      String key = comparable(headline);
      if (!key.isEmpty()) {
        this.headlines.add(key);
      }
    }
  }

  boolean keep(String text, TextBlock.Kind kind, double linkDensity) {
    int words = TextMeasure.words(text);
    String key = null;
    if (words <= 3 * shortBlockWords) {
      key = comparable(text);
      if (key.isEmpty() || headlines.contains(key) || CREDIT_LINE.matcher(key).find()) {
        return false;
      }
    }
    // A short block that is mostly link text is a menu or a link line; a long one only when it
    // is nearly all links (a teaser), since well-sourced prose links many of its words. Subheads
    // are exempt: inside the article they may link to what they name (a product, a person),
    // teaser headlines sit in boxes pruned by name, and a trailing heading is dropped anyway.
    boolean linkLine =
        kind != TextBlock.Kind.HEADING
            && linkDensity > (words > shortBlockWords ? (1 + maxLinkDensity) / 2 : maxLinkDensity);
    if (linkLine) {
      return false;
    }
    if (words > shortBlockWords) {
      return true;
    }
    if (FURNITURE_LINE.matcher(key).matches()) {
      return false;
    }
    if (text.indexOf('\u00A9') >= 0 || key.contains("all rights reserved")) {
      return false;
    }
    if (endsLikeASentence(text)) {
      return true;
    }
    boolean timestamp = YEAR.matcher(text).find() && CLOCK_TIME.matcher(text).find();
    return !timestamp && !BYLINE_START.matcher(key).matches();
  }

  private static boolean endsLikeASentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.'
        || last == '!'
        || last == '?'
        || last == '"'
        || last == '\u201D'
        || last == '\u3002';
  }

  /** Lower case, accents kept, every run of non-letters and non-digits folded to one space. */
  static String comparable(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); ) {
      int codePoint = normal.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        out.appendCodePoint(codePoint);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString().trim();
  }
}
