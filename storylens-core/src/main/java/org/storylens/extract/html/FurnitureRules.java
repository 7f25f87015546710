package org.storylens.extract.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides from an element alone (tag, attributes) whether it is page furniture: code and form
 * controls, layout regions (navigation, header, footer, aside, figure), hidden elements, and
 * elements whose class, id or role name a known kind of furniture. Stateless; whether a region,
 * hidden or named element is really removed also depends on how much of the page's prose it holds
 * (see {@link PageStatistics}).
 */
final class FurnitureRules {

  /** Elements that never carry visible article prose: code, media, form controls, metadata. */
  private static final Set<String> NON_TEXT_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "button",
          "input",
          "select",
          "option",
          "textarea",
          "label",
          "svg",
          "canvas",
          "video",
          "audio",
          "object",
          "embed",
          "map",
          "head",
          "title",
          "meta",
          "link");

  /**
   * Page regions that HTML5 defines as around the article, not in it. Treated like furniture names,
   * not like code: a site that wraps its whole story in a {@code <header>} still gets the story,
   * because the wrapper then holds most of the page's prose.
   */
  private static final Set<String> LAYOUT_TAGS =
      Set.of("nav", "header", "footer", "aside", "figure", "figcaption", "dialog", "menu");

  /**
   * Tags never tested against furniture names. Headings are left out on purpose: a subhead called
   * "section-header" is content, and the headline is taken out separately.
   */
  private static final Set<String> NAME_EXEMPT_TAGS =
      Set.of("html", "body", "h1", "h2", "h3", "h4", "h5", "h6", "a", "b", "strong", "em", "i");

  /** ARIA landmark and widget roles that are never the article body. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar",
          "tablist",
          "form");

  /**
   * Long, distinctive words, matched as substrings of class and id because sites glue them into
   * compounds ("articleShareBar", "related_stories").
   */
  private static final String[] FURNITURE_WORDS = {
    "share",
    "sharing",
    "social",
    "related",
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "promo",
    "breadcrumb",
    "subscribe",
    "subscription",
    "advert",
    "sponsor",
    "byline",
    "sidebar",
    "popup",
    "modal",
    "recommend",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "signup",
    "sign-up",
    "caption",
    "disqus",
    "masthead",
    "skiplink",
    "skip-link",
    "pagination",
    "pager",
    "toolbar",
    "footer",
    "header",
    "navbar",
    "navigation",
    "menu",
    "author",
    "dateline",
    "timestamp",
    "widget",
    "banner",
    "login",
    "follow",
    "screen-reader",
    "print-only",
    "read-more",
    "readmore",
    "more-stories",
    "further-reading",
    "tag-list",
    "taglist",
    "keywords",
    "rating",
    "credit",
    "disclaimer",
    "copyright",
    "alert"
  };

  /** Short words match only as whole tokens: "ad" must not hit "header" or "shadow". */
  private static final Set<String> FURNITURE_TOKENS =
      Set.of("ad", "ads", "nav", "cta", "meta", "tags", "tools");

  /**
   * Date and time names mark a timestamp line when they name a block; on an inline element they
   * may mark a date inside a sentence ("on <span class=date>Monday</span>"), which is prose.
   */
  private static final Set<String> TIMESTAMP_TOKENS = Set.of("date", "time");

  /**
   * Class names that hide an element on every screen. Matched whole: "hidden-xs" hides only on
   * phones, and the desktop page is the one a reader of an article sees.
   */
  private static final Set<String> HIDING_CLASSES =
      Set.of(
          "hidden",
          "hide",
          "is-hidden",
          "u-hidden",
          "d-none",
          "invisible",
          "sr-only",
          "visually-hidden",
          "visuallyhidden",
          "screen-reader-text",
          "screenreader-only");

  /**
   * Media wrappers, matched only where a class name starts with them ("image", "photo-credit"): as
   * a modifier ("card--has-image") they describe a wrapper that also holds text.
   */
  private static final String[] MEDIA_CLASS_HEADS = {
    "image", "img", "photo", "gallery", "slideshow"
  };

  private FurnitureRules() {}

  /** Never text: removed whatever it holds. */
  static boolean isNonTextTag(Element element) {
    return NON_TEXT_TAGS.contains(element.normalName());
  }

  /**
   * Furniture by layout tag, role or class/id name: removed unless it holds most of the page's
   * prose.
   */
  static boolean hasFurnitureName(Element element) {
    String tag = element.normalName();
    if (LAYOUT_TAGS.contains(tag)) {
      return true;
    }
    if (NAME_EXEMPT_TAGS.contains(tag)) {
      return false;
    }
    String role = element.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = names(element);
    if (names.isEmpty()) {
      return false;
    }
    for (String word : FURNITURE_WORDS) {
      if (names.contains(word)) {
        return true;
      }
    }
    for (String className : element.classNames()) {
      for (String head : MEDIA_CLASS_HEADS) {
        if (className.regionMatches(true, 0, head, 0, head.length())
            && (className.length() == head.length()
                || !isAsciiLetterOrDigit(Character.toLowerCase(className.charAt(head.length()))))) {
          return true;
        }
      }
    }
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      boolean letterOrDigit = i < names.length() && isAsciiLetterOrDigit(names.charAt(i));
      if (letterOrDigit && start < 0) {
        start = i;
      } else if (!letterOrDigit && start >= 0) {
        String token = names.substring(start, i);
        if (FURNITURE_TOKENS.contains(token)
            || (TIMESTAMP_TOKENS.contains(token) && BlockTags.isBlock(tag))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  /** Lower-cased class, id and ARIA label, space separated; empty when the element has none. */
  static String names(Element element) {
    String className = element.className();
    String id = element.id();
    // the accessible name says what a region is even where class names are hashed ("x7f3a")
    String label = element.attr("aria-label");
    if (className.isEmpty() && id.isEmpty() && label.isEmpty()) {
      return "";
    }
    return (className + " " + id + " " + label).toLowerCase(Locale.ROOT);
  }

  static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    if (element.hasAttr("class")) {
      for (String className : element.classNames()) {
        if (HIDING_CLASSES.contains(className.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    if ("true".equals(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
