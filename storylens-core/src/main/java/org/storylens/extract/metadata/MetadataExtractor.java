package org.storylens.extract.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storylens.extract.TextBlock;
import org.storylens.extract.metadata.MetadataLineRecognizer.Kind;
import org.storylens.extract.metadata.MetadataLineRecognizer.MetadataLine;
import org.storylens.extract.TextRepair;
import org.storylens.model.Published;

/**
 * Finds an article's metadata in everything extraction gathered: what the page declares ({@code
 * <meta>}, JSON-LD, {@code <time>}), the metadata lines text cleaning set aside (date lines,
 * "Source: X", "Based on materials from X", a site name), and the body itself (a wire dateline,
 * weekday references). Declared metadata wins over visible lines, visible lines over datelines,
 * and inference from the text comes last; inferred dates are marked so.
 *
 * <p>Outlet: {@code og:site_name}, JSON-LD publisher, {@code application-name}; then a copyright or
 * site-name line; then the dateline credit ("/TASS/", "(Sputnik)"); the URL's host only for web
 * sources. A dateline credit that differs from a known outlet is the article's "based on".
 * Byline: declared author, "By X", "Author: X", "Source: X" unless X is a news agency. Based on:
 * "Based on materials from X" for any X, "Source: X" and "By X" where X is a known agency.
 * Stateless apart from immutable helpers; thread-safe.
 */
public final class MetadataExtractor {

  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time", "og:published_time", "datepublished", "pubdate",
          "publishdate", "publish-date", "article.published", "parsely-pub-date", "sailthru.date",
          "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date");
  private static final List<String> UPDATED_KEYS =
      List.of(
          "article:modified_time", "og:updated_time", "datemodified", "lastmod",
          "dcterms.modified", "article.updated", "last-modified");
  private static final List<String> OUTLET_KEYS =
      List.of("og:site_name", "application-name", "publisher", "dc.publisher");
  private static final List<String> AUTHOR_KEYS =
      List.of("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author");
  private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "title");
  private static final Pattern UPDATE_LABEL =
      Pattern.compile(
          "(?:update|updated|modified|обновлено|обновление|güncelleme|güncellenme|aktualisiert"
              + "|mis à jour|actualizado)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LONE_CLOCK =
      Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])(?:\\s?([apAP])\\.?[mM]\\.?)?");
  private static final Pattern ADDRESS_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=/|$)");
  private static final Pattern LEADING_BY = Pattern.compile("^(?i:by)\\s+");
  private static final Pattern TRUNCATED = Pattern.compile("(?:\u2026|\\.\\.\\.)$");
  /** Datelines open one of the first paragraphs (a lead or subtitle may come first). */
  private static final int DATELINE_BLOCKS = 3;

  private final MetadataLineRecognizer recognizer;
  private final DateTextParser dates = new DateTextParser();
  private final PublicationDateInference inference = new PublicationDateInference();
  private final ObjectMapper json = new ObjectMapper();

  /** An extractor over the bundled agency list and date labels. */
  public MetadataExtractor() {
    this(MetadataVocabulary.bundled());
  }

  public MetadataExtractor(MetadataVocabulary vocabulary) {
    this.recognizer = new MetadataLineRecognizer(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** The metadata of one article. */
  public ArticleMetadata extract(MetadataEvidence evidence) {
    List<TextBlock> body = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<MetadataLine> lines = new ArrayList<>();
    List<String> otherLines = new ArrayList<>();
    for (String line : evidence.metadataLines()) {
      recognizer.recognize(line).ifPresentOrElse(lines::add, () -> otherLines.add(line));
    }
    for (TextBlock block : evidence.blocks()) {
      Optional<MetadataLine> metadata =
          block.kind() == TextBlock.Kind.QUOTE ? Optional.empty() : recognizer.recognize(block.text());
      if (metadata.isPresent()) {
        removed.add(block.text());
        lines.add(metadata.get());
      } else {
        body.add(block);
      }
    }
    PageSignals signals = evidence.signals();
    Map<String, String> meta = signals.meta();
    JsonLdFacts jsonLd = JsonLdFacts.read(signals.jsonLd(), json);
    String bodyText = body.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
    Optional<Dateline> dateline = dateline(body);

    Optional<String> declaredOutlet =
        first(meta, OUTLET_KEYS)
            .or(jsonLd::publisher)
            .or(jsonLd::siteName)
            .map(this::clean)
            .map(MetadataExtractor::siteNameOnly);
    // A bare name-like line names the site only in page text, where cleaning set it aside; among
    // the furniture DOM extraction removed from a page, such lines are menu and footer links.
    boolean pageText = signals.equals(PageSignals.none());
    Optional<String> lineOutlet = lineOutlet(lines, pageText ? otherLines : List.of());
    Optional<String> creditOutlet = dateline.flatMap(Dateline::credit);
    Optional<String> url =
        signals.canonicalUrl().or(() -> Optional.ofNullable(meta.get("og:url"))).or(jsonLd::url)
            .or(() -> Optional.of(evidence.source()).filter(MetadataExtractor::isWebAddress));
    Optional<String> outlet =
        declaredOutlet.or(() -> lineOutlet).or(() -> creditOutlet).or(() -> url.flatMap(MetadataExtractor::host));

    Optional<String> basedOn = basedOn(lines, outlet, creditOutlet);
    Optional<String> byline = byline(meta, jsonLd, lines);

    Optional<Published> published =
        declaredDate(meta, PUBLISHED_KEYS, jsonLd.datePublished())
            .or(() -> signals.timeElements().stream().map(this::published).flatMap(Optional::stream).findFirst())
            .or(() -> lineDate(lines, false))
            .or(() -> dateline.flatMap(Dateline::date).flatMap(d -> inference.completeYear(d, bodyText)))
            .or(() -> inference.fromWeekdays(bodyText));
    Optional<Published> updated =
        declaredDate(meta, UPDATED_KEYS, jsonLd.dateModified()).or(() -> lineDate(lines, true));
    published = published.map(p -> localDateFromUrl(p, meta, jsonLd, url));
    if (published.isEmpty() && updated.isPresent()) {
      // a page that shows only "Updated …" was published no later; the best date there is
      Published update = updated.get();
      published = Optional.of(new Published(update.date(), update.time(), true));
    }

    return new ArticleMetadata(
        title(evidence.title(), meta, jsonLd, signals.documentTitle()),
        outlet,
        byline,
        published,
        updated,
        basedOn,
        url,
        body,
        removed);
  }

  // ---- outlet, byline, based on ----------------------------------------------------------------

  private static Optional<Dateline> dateline(List<TextBlock> body) {
    return body.stream()
        .filter(b -> b.kind() == TextBlock.Kind.PARAGRAPH)
        .limit(DATELINE_BLOCKS)
        .map(b -> Dateline.find(b.text()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * A copyright holder, else the last name-like line that is no other kind of metadata (a site
   * name printed at the foot of the page).
   */
  private Optional<String> lineOutlet(List<MetadataLine> lines, List<String> otherLines) {
    // the site's own copyright closes the page; earlier ones are usually photo credits
    String holder = null;
    for (MetadataLine line : lines) {
      if (line.kind() == Kind.COPYRIGHT && MetadataLineRecognizer.isNameLike(line.value())) {
        holder = line.value();
      }
    }
    if (holder != null) {
      return Optional.of(clean(holder));
    }
    String siteName = null;
    for (String line : otherLines) {
      if (MetadataLineRecognizer.isNameLike(line)) {
        siteName = line;
      }
    }
    return Optional.ofNullable(siteName).map(this::clean);
  }

  private Optional<String> basedOn(
      List<MetadataLine> lines, Optional<String> outlet, Optional<String> creditOutlet) {
    for (MetadataLine line : lines) {
      if (line.kind() == Kind.BASED_ON) {
        return Optional.of(clean(line.value()));
      }
    }
    for (MetadataLine line : lines) {
      if ((line.kind() == Kind.SOURCE || line.kind() == Kind.BYLINE)
          && recognizer.vocabulary().isAgency(line.value())) {
        return Optional.of(clean(line.value()));
      }
    }
    if (creditOutlet.isPresent() && outlet.isPresent() && !sameName(creditOutlet.get(), outlet.get())) {
      return creditOutlet;
    }
    return Optional.empty();
  }

  private Optional<String> byline(Map<String, String> meta, JsonLdFacts jsonLd, List<MetadataLine> lines) {
    Optional<String> declared =
        first(meta, AUTHOR_KEYS)
            .filter(a -> !isWebAddress(a))
            .or(jsonLd::author)
            .map(a -> LEADING_BY.matcher(a).replaceFirst(""))
            .map(recognizer::nameBeforeDate)
            .map(this::clean)
            .filter(a -> !a.isEmpty());
    if (declared.isPresent()) {
      return declared;
    }
    for (MetadataLine line : lines) {
      if ((line.kind() == Kind.BYLINE || line.kind() == Kind.SOURCE)
          && !recognizer.vocabulary().isAgency(line.value())) {
        String name = clean(line.value());
        if (!name.isEmpty()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  // ---- dates -------------------------------------------------------------------------------------

  private Optional<Published> declaredDate(
      Map<String, String> meta, List<String> keys, Optional<String> jsonLdValue) {
    for (String key : keys) {
      String value = meta.get(key);
      if (value != null) {
        Optional<Published> parsed = published(value);
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    return jsonLdValue.flatMap(this::published);
  }

  /**
   * A timestamp declared in UTC ("…Z", "+00:00") gives the publisher's local date only by chance:
   * "2019-11-20T02:59Z" was the evening of the 19th in New York. A date in the article's own
   * address ("/2019/11/19/") is the publisher's local date; when the two differ by a day, the
   * address wins and the time, which belongs to the other reading, is dropped.
   */
  private Published localDateFromUrl(
      Published declared, Map<String, String> meta, JsonLdFacts jsonLd, Optional<String> url) {
    Optional<String> raw =
        first(meta, PUBLISHED_KEYS).or(jsonLd::datePublished);
    boolean utc = raw.map(r -> r.endsWith("Z") || r.endsWith("+00:00")).orElse(false);
    if (!utc || declared.inferred()) {
      return declared;
    }
    Optional<LocalDate> fromUrl = url.flatMap(MetadataExtractor::dateInAddress);
    if (fromUrl.isPresent()
        && Math.abs(ChronoUnit.DAYS.between(fromUrl.get(), declared.date())) == 1) {
      return Published.stated(fromUrl.get());
    }
    return declared;
  }

  /** "/2019/11/19/", "/2019-11-19/" or "/20191119/" in a web address's path. */
  static Optional<LocalDate> dateInAddress(String address) {
    Matcher m = ADDRESS_DATE.matcher(address);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException notADate) {
      return Optional.empty();
    }
  }

  private Optional<Published> published(String value) {
    return dates.parse(value).flatMap(MetadataExtractor::toPublished);
  }

  /**
   * The publication date stated by a date line among the first lines of a structured article
   * that carries no date field ("May 2, 2013 12:50 PM", "Posted: 08/02/2013 11:10 am EDT"): a
   * dataset row or a feed item often keeps the page's date line at the top of its text. Only a
   * line made of dates, times and date labels counts, and its date must have a year; an "Updated"
   * date is not the publication.
   *
   * @param lines the title and the first lines of the text, in order
   */
  public Optional<Published> leadingDateLine(List<String> lines) {
    List<MetadataLine> dateLines = new ArrayList<>();
    for (String line : lines) {
      String text = line.strip();
      if (!text.isEmpty() && recognizer.isDateLine(text)) {
        dateLines.add(new MetadataLine(Kind.DATE, text, line));
      }
    }
    return lineDate(dateLines, false);
  }

  /**
   * From visible date lines: the first dated mention is the publication, a mention after an
   * "updated" label is the update.
   */
  private Optional<Published> lineDate(List<MetadataLine> lines, boolean wantUpdate) {
    List<MetadataLine> dateLinesFirst = new ArrayList<>();
    lines.stream().filter(l -> l.kind() == Kind.DATE).forEach(dateLinesFirst::add);
    lines.stream().filter(l -> l.kind() == Kind.BYLINE).forEach(dateLinesFirst::add);
    for (MetadataLine line : dateLinesFirst) {
      String text = line.kind() == Kind.DATE ? line.value() : line.line();
      List<DateMention> mentions = dates.find(text);
      int previousEnd = 0;
      for (DateMention mention : mentions) {
        boolean isUpdate = UPDATE_LABEL.matcher(text.substring(previousEnd, mention.start())).find();
        previousEnd = mention.end();
        if (isUpdate == wantUpdate) {
          Optional<Published> found =
              toPublished(mentions.size() == 1 ? withLoneClock(mention, text) : mention);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Updated 10:42 PM EDT, September 30, 2023": the one clock time of a line with one date belongs
   * to that date even when written before it.
   */
  private static DateMention withLoneClock(DateMention mention, String line) {
    if (mention.time().isPresent()) {
      return mention;
    }
    Matcher clock = LONE_CLOCK.matcher(line);
    LocalTime found = null;
    int count = 0;
    while (clock.find()) {
      if (clock.end() <= mention.start() || clock.start() >= mention.end()) {
        int hour = Integer.parseInt(clock.group(1));
        int minute = Integer.parseInt(clock.group(2));
        String half = clock.group(3);
        if (half != null && hour >= 1 && hour <= 12) {
          hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour <= 23 && minute <= 59) {
          found = LocalTime.of(hour, minute);
          count++;
        }
      }
    }
    if (count != 1) {
      return mention;
    }
    return new DateMention(
        mention.start(), mention.end(), mention.monthDay(), mention.year(), Optional.of(found));
  }

  private static Optional<Published> toPublished(DateMention mention) {
    Optional<LocalDate> date = mention.date();
    return date.map(d -> new Published(d, mention.time(), false));
  }

  // ---- title -------------------------------------------------------------------------------------

  /**
   * The extracted headline, unless it is missing or cut short ("…") and the page declares the
   * whole one; then the declared title, or the document title without its site suffix.
   */
  private Optional<String> title(
      Optional<String> extracted,
      Map<String, String> meta,
      JsonLdFacts jsonLd,
      Optional<String> documentTitle) {
    Optional<String> declared = first(meta, TITLE_KEYS).or(jsonLd::headline).map(this::clean);
    if (extracted.isPresent()) {
      String title = clean(extracted.get());
      if (TRUNCATED.matcher(title).find() && declared.isPresent()) {
        String stem = TRUNCATED.matcher(title).replaceFirst("").strip();
        if (declared.get().startsWith(stem)) {
          return declared;
        }
      }
      return Optional.of(title);
    }
    return declared.or(() -> documentTitle.map(this::clean).map(MetadataExtractor::withoutSiteSuffix));
  }

  /** "Headline | Site" or "Headline - Site": the longest part is the headline. */
  private static String withoutSiteSuffix(String title) {
    String best = title;
    for (String separator : List.of(" | ", " \u2013 ", " \u2014 ", " - ", " :: ")) {
      int at = title.lastIndexOf(separator);
      if (at > 0) {
        String head = title.substring(0, at).strip();
        if (head.length() >= title.length() - at) {
          best = head.length() < best.length() ? head : best;
        }
      }
    }
    return best;
  }

  // ---- small pieces ------------------------------------------------------------------------------

  private static Optional<String> first(Map<String, String> meta, List<String> keys) {
    for (String key : keys) {
      String value = meta.get(key);
      if (value != null && !value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private String clean(String value) {
    return TextRepair.repair(value).replaceAll("\\s+", " ").strip();
  }

  /**
   * "LinkNaija | Nigeria's popular news platform" is LinkNaija; a site name given as an address is
   * its host.
   */
  private static String siteNameOnly(String declared) {
    String name = declared;
    int bar = name.indexOf(" | ");
    if (bar > 0) {
      name = name.substring(0, bar).strip();
    }
    return isWebAddress(name) ? host(name).orElse(name) : name;
  }

  /** "TASS" and "TASS Russian News Agency", "AP" and "The Associated Press" are one name. */
  private static boolean sameName(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.contains(y) || y.contains(x) || initials(a).equals(b) || initials(b).equals(a);
  }

  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The")) {
        out.append(word.charAt(0));
      }
    }
    return out.toString();
  }

  private static boolean isWebAddress(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The host of a web address without "www.", the outlet of last resort. */
  private static Optional<String> host(String address) {
    if (!isWebAddress(address)) {
      return Optional.empty();
    }
    try {
      String host = new URI(address.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      String lower = host.toLowerCase(Locale.ROOT);
      return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
