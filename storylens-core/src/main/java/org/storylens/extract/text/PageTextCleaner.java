package org.storylens.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.extract.TextBlock;
import org.storylens.extract.TextRepair;
import org.storylens.extract.metadata.MetadataLineRecognizer;

/**
 * Cleans text copied from a news page: keeps every real sentence once and every subhead, and
 * removes page furniture, each removed span kept for audit.
 *
 * <p>It works in two levels. Within a line it cuts at <em>glued junctions</em>, places where page
 * parts were pasted together without a space: a sentence end directly followed by a capital
 * ("…2022.International…"), or a clock time directly followed by a word. What follows a junction
 * may start with run-together section labels ("InternationalIndiaAfrica", "World") and may be a
 * related-article headline ending in a time stamp ("… Defense Ministry04:08 GMT"); both go. A
 * sentence shaped like a wire photo caption (", Monday, Dec. 26, 2022.") or starting like a credit
 * ("Photo:", "Image source,"), a line carrying a photo credit (a known one, or "Agency/Firstname
 * Lastname" at its end), a "Read more:" link and a promotion ("Watch:", "Explainer:", "Follow our
 * live coverage …") go too. Then whole lines are judged: metadata lines (dates, bylines, credits,
 * copyright) go to {@link CleanedText#metadataLines()}; lines in another script than the page,
 * interface lines and share bars, site notices, breadcrumbs and related headlines are removed; the
 * first headline-shaped line is the title (a short name-like line just above it is the site's
 * name); between the title and the first paragraph, menu-like runs of capitalised words are
 * section labels and kickers; a list header ("Related", "More on this story") takes the
 * headline-shaped lines after it; repeated lines, repeated sentences and teasers cut short with
 * "…" are dropped; a comment policy with no article text after it goes, and a reader comment
 * thread ("12 responses to …") ends the article; a short line is a subhead when a paragraph follows
 * it, a table row when it is mostly numbers, and navigation otherwise; after the last paragraph
 * headline-shaped lines are related headlines or tags, and a name-like one is kept as metadata (a
 * site name).
 *
 * <p>Decisions rest on general signals (line shape, sentence punctuation, title case, script,
 * duplication, time stamps) with a small multilingual vocabulary as support, never on strings of
 * particular pages. Pure and thread-safe: an instance holds only its immutable configuration.
 * Work is linear in the text; no pattern can backtrack over a long line.
 */
public final class PageTextCleaner {

  private static final Pattern SENTENCE_JUNCTION =
      Pattern.compile(
          // a word starts ("World…") or a capitalised dateline place does ("MOSCOW (…"); "Node.JS" is
          // neither
          "(?=\\p{Lu}\\p{Ll}|\\p{Lu}{3,}[\\s,(])(?<=[\\p{Ll}\\d][.!?][\"\u201d\u2019\u00bb)]?)");
  private static final Pattern CLOCK_JUNCTION =
      Pattern.compile(
          "(?=\\p{Lu}\\p{Ll})(?<=\\d:\\d{2}(?: ?(?:GMT|UTC|MSK|CET|EET|EST|EDT|PST|PDT|BST))?)");
  private static final Pattern TRAILING_TIME_STAMP =
      Pattern.compile(
          "(?:(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:GMT|UTC|MSK|CET|CEST|EET|EEST|BST|EST|EDT"
              + "|CST|CDT|PST|PDT|[AaPp]\\.?[Mm]\\.?)?|\\b\\d{1,3}\\s?(?:minutes?|mins?|hours?|hrs?|days?|[mhdMHD])"
              + "\\sago)$");
  private static final Pattern WIRE_CAPTION_END =
      Pattern.compile(
          ",\\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s(?:Jan|Feb|Mar|Apr"
              + "|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s\\d{1,2},\\s\\d{4}\\."
              + "(?:\\s?\\([^()]{0,100}\\))?$");
  private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u25cf\u25aa*\u2013-]|\\d{1,2}[.)])\\s");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "with", "at", "by", "from",
          "as", "is", "vs", "into", "over", "after", "about");
  private static final int TAIL = 60;
  private static final Pattern CUT_END = Pattern.compile("(?:\u2026|\\.\\.\\.)\\s?$");
  /** Site names printed above the headline are short: "The Moscow Times", "Daily Sabah". */
  private static final int SITE_NAME_MAX_WORDS = 4;
  /** A line with a photo credit is a caption only when it is this short; prose may cite photos. */
  private static final int MAX_CAPTION_LENGTH = 400;
  private static final String SENTENCE_ENDS = ".!?\u2026:\u3002\uff01\uff1f\uff0e\u0964\u061f";
  /** Scripts written without spaces: line length, not word count, tells prose from labels. */
  private static final int UNSPACED_PROSE_LENGTH = 40;
  /** Table rows and data lines ("Joe Louis 26-1"): at least this many numbers on a short line. */
  private static final int DATA_ROW_NUMBERS = 2;
  /**
   * A long line without a full stop is prose unless nearly every word is capitalised, as in a
   * title-case headline; prose full of names ("Jenkin, 23, and Alice McMeekin, 58, …") stays below.
   */
  private static final double PROSE_TITLE_CASE = 0.75;
  /** A lower-case fragment ending the text right after the last paragraph is kept at this many words. */
  private static final int TRAILING_PROSE_WORDS = 6;
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])[-+]?\\d[\\d.,:]*%?(?![\\p{L}\\d])");
  private static final Pattern COMMENT_THREAD =
      Pattern.compile(
          "^[1-9]\\d{0,4}\\s(?:comments?|responses?|replies|thoughts|reader comments|kommentare"
              + "|комментари\\p{L}{0,3}|commentaires|comentarios|comentários|yorum)(?![\\p{L}]).{0,160}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A share bar or menu made only of interface words is at most this long (characters). */
  private static final int MAX_UI_BAR_LENGTH = 120;
  /** Photo credits are read from this much of a line's end. */
  private static final int CREDIT_TAIL = 80;
  /** A credited name ("Firstname Lastname") or agency has at most this many words. */
  private static final int CREDIT_NAME_WORDS = 4;
  /** A kicker above the byline ("War in the north", "Local politics") is at most this long. */
  private static final int KICKER_MAX_WORDS = 4;
  /** A headline in a list of links is at most this long. */
  private static final int LISTED_HEADLINE_MAX_WORDS = 20;
  /** A comment thread only ends an article that has this many paragraphs before it. */
  private static final int PARAGRAPHS_BEFORE_THREAD = 3;

  private final PageTextCleaningConfig config;
  private final MetadataLineRecognizer metadataLines;

  /** A cleaner with {@link PageTextCleaningConfig#defaults()}. */
  public PageTextCleaner() {
    this(PageTextCleaningConfig.defaults());
  }

  public PageTextCleaner(PageTextCleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.metadataLines = new MetadataLineRecognizer(config.metadata());
  }

  /** What a line became. */
  private enum State {
    UNDECIDED,
    TITLE,
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    REMOVED
  }

  /** One non-blank line of the page while it is being judged. */
  private static final class Line {
    String text;
    final List<String> removedSpans = new ArrayList<>();
    State state = State.UNDECIDED;
    boolean metadata;
    boolean commentPolicy;
    boolean paragraphLike;
    /** "Related", "More on this story": the headline-shaped lines after it are links. */
    boolean listHeader;

    Line(String text) {
      this.text = text;
    }
  }

  /** Cleans {@code pageText}; never fails on any input. */
  public CleanedText clean(String pageText) {
    Objects.requireNonNull(pageText, "pageText");
    String repaired = TextRepair.repair(pageText);
    List<Line> lines = new ArrayList<>();
    Set<String> listHeaders = config.furniture().listHeaders();
    for (String raw : repaired.split("\n")) {
      String folded = fold(raw);
      if (!folded.isEmpty()) {
        Line line = new Line(folded);
        // judged before the line is cut: "Related:" alone is a header, not an empty link
        line.listHeader = listHeaders.contains(bare(folded.toLowerCase(Locale.ROOT)));
        lines.add(line);
      }
    }
    int mainScript = ScriptCounts.dominant(repaired, config.dominantScriptShare());
    for (Line line : lines) {
      cutGluedSpans(line);
      if (line.text.isEmpty()) {
        line.state = State.REMOVED;
      } else {
        judgeAlone(line, mainScript);
      }
    }
    Optional<String> title = pickTitle(lines);
    dropHeaderLabels(lines);
    dropLinkLists(lines);
    dropRepeats(lines, title);
    dropCommentPolicies(lines);
    dropCommentThread(lines);
    settleShortLines(lines);
    return assemble(lines, title);
  }

  // ---- within a line ------------------------------------------------------------------------

  /** Cuts the line at glued junctions and drops glued labels, glued headlines and captions. */
  private void cutGluedSpans(Line line) {
    if (line.text.length() <= MAX_CAPTION_LENGTH
        && (containsAny(line.text.toLowerCase(Locale.ROOT), config.furniture().credits())
            || endsWithPhotoCredit(line.text))) {
      // the whole line is a caption with its photo credit
      line.removedSpans.add(line.text);
      line.text = "";
      return;
    }
    List<String> segments = new ArrayList<>();
    List<Boolean> glued = new ArrayList<>();
    split(line.text, segments, glued);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean afterJunction = glued.get(i);
      int labels = runTogetherLabels(segment, afterJunction);
      String rest = segment.substring(labels).strip();
      if ((afterJunction || labels > 0) && isRelatedHeadline(rest, labels > 0 || afterJunction)) {
        line.removedSpans.add(segment.strip());
        continue;
      }
      if (labels > 0) {
        line.removedSpans.add(segment.substring(0, labels));
      }
      for (String sentence : AbbreviationAwareSentenceSplitter.split(rest)) {
        if (isCaption(sentence)) {
          line.removedSpans.add(sentence);
        } else {
          if (kept.length() > 0) {
            kept.append(' ');
          }
          kept.append(sentence);
        }
      }
    }
    line.text = kept.toString();
  }

  /** Splits at sentence and clock junctions, remembering which segments follow a junction. */
  private static void split(String text, List<String> segments, List<Boolean> glued) {
    List<Integer> cuts = new ArrayList<>();
    Matcher sentenceEnd = SENTENCE_JUNCTION.matcher(text);
    while (sentenceEnd.find()) {
      int dot = text.lastIndexOf('.', sentenceEnd.start() - 1);
      // "Mr.Smith" is a missing space after an abbreviation, not two page parts
      if (dot < sentenceEnd.start() - 2
          || !AbbreviationAwareSentenceSplitter.isAbbreviation(text, dot)) {
        cuts.add(sentenceEnd.start());
      }
    }
    Matcher clock = CLOCK_JUNCTION.matcher(text);
    while (clock.find()) {
      cuts.add(clock.start());
    }
    cuts.sort(null);
    int from = 0;
    boolean afterJunction = false;
    for (int cut : cuts) {
      if (cut > from) {
        segments.add(text.substring(from, cut));
        glued.add(afterJunction);
        from = cut;
        afterJunction = true;
      }
    }
    segments.add(text.substring(from));
    glued.add(afterJunction);
  }

  /**
   * Length of the run-together labels at the start of {@code segment}: in "WorldRussian" the
   * label is "World", in "InternationalIndiaAfricaMOSCOW" it is "InternationalIndiaAfrica". Right
   * after a junction any piece of four letters or more counts (short pieces are name parts:
   * "McDonald", "DeSantis"); at a line start only known section names count ("YouTube" stays).
   */
  private int runTogetherLabels(String segment, boolean afterJunction) {
    int end = 0;
    while (end < segment.length() && Character.isLetter(segment.charAt(end))) {
      end++;
    }
    List<Integer> pieceStarts = new ArrayList<>();
    pieceStarts.add(0);
    for (int i = 1; i < end; i++) {
      if (Character.isLowerCase(segment.charAt(i - 1)) && Character.isUpperCase(segment.charAt(i))) {
        pieceStarts.add(i);
      }
    }
    if (pieceStarts.size() < 2) {
      return 0;
    }
    for (int p = 0; p < pieceStarts.size() - 1; p++) {
      String piece = segment.substring(pieceStarts.get(p), pieceStarts.get(p + 1));
      boolean section = config.furniture().sections().contains(piece.toLowerCase(Locale.ROOT));
      if (!(section || afterJunction && piece.length() >= 4 && Character.isUpperCase(piece.charAt(0)))) {
        return 0;
      }
    }
    return pieceStarts.get(pieceStarts.size() - 1);
  }

  /**
   * A related-article headline: no sentence punctuation at the end, and either a time stamp at
   * the end ("… Defense Ministry04:08 GMT", "… Yesterday, 19:15 GMT") or, when it was glued to
   * the text, mostly title case.
   */
  private boolean isRelatedHeadline(String text, boolean glued) {
    if (text.isEmpty()) {
      return true;
    }
    if (endsSentence(text)) {
      return false;
    }
    if (endsWithTimeStamp(text)) {
      return true;
    }
    int words = wordCount(text);
    return glued && words >= 3 && words <= 20 && titleCaseRatio(text) >= 0.6;
  }

  /**
   * A line ending in a photo credit: an agency or outlet, a slash and a person's name, after the
   * caption's last sentence ("… March 2, 2024. Agency/Firstname Lastname"), a label ("Photo: Outlet
   * Name/Firstname Lastname") or inside brackets ("(Agency/Name)"). Nothing may follow the name
   * but a closing bracket: prose that mentions such a pair goes on to a full stop. A line that is
   * only "Word/Word" is not taken for a credit (it is as likely a section label or a subhead).
   * Character scanning over the line's tail keeps this linear.
   */
  static boolean endsWithPhotoCredit(String text) {
    String end = tail(text, CREDIT_TAIL).strip();
    if (end.endsWith(").")) {
      end = end.substring(0, end.length() - 1);
    }
    if (end.endsWith(")")) {
      end = end.substring(0, end.length() - 1).strip();
    }
    int slash = end.lastIndexOf('/');
    if (slash <= 0 || slash == end.length() - 1 || end.charAt(slash - 1) == ' ') {
      return false;
    }
    String[] person = end.substring(slash + 1).split(" ", -1);
    if (person.length > CREDIT_NAME_WORDS) {
      return false;
    }
    for (String word : person) {
      if (!isNameWord(word)) {
        return false;
      }
    }
    String[] before = end.substring(0, slash).split(" ", -1);
    int agencyWords = 0;
    for (int i = before.length - 1; i >= 0; i--) {
      String token = before[i];
      if (agencyWords > 0 && !token.isEmpty() && ".!?,:;".indexOf(token.charAt(token.length() - 1)) >= 0) {
        return true;
      }
      if (token.startsWith("(")) {
        return isNameWord(token.substring(1));
      }
      if (agencyWords == CREDIT_NAME_WORDS - 1 || !isCapitalised(token)) {
        return false;
      }
      agencyWords++;
    }
    return false;
  }

  /** "Halas", "O'Neil", "Smith-Jones", "J.": a capital, then letters, dots, hyphens, apostrophes. */
  private static boolean isNameWord(String word) {
    if (!isCapitalised(word)) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean endsWithTimeStamp(String text) {
    return TRAILING_TIME_STAMP.matcher(tail(text)).find();
  }

  /**
   * A photo caption or credit ("Photo:", a wire caption's dated end), a link to another article
   * ("Read more: …") or a promotion of other content ("Watch: …", "Follow our live coverage …").
   */
  private boolean isCaption(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String start : config.furniture().captions()) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    for (String start : config.furniture().related()) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    for (String start : config.furniture().promos()) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    return lower.contains("(ap photo") || WIRE_CAPTION_END.matcher(tail(sentence, 160)).find();
  }

  // ---- whole lines ----------------------------------------------------------------------------

  private void judgeAlone(Line line, int mainScript) {
    String text = line.text;
    if (metadataLines.recognize(text).isPresent()) {
      line.state = State.REMOVED;
      line.metadata = true;
      return;
    }
    if (mainScript != ScriptCounts.NONE
        && ScriptCounts.share(text, mainScript, 3) < config.foreignLineShare()) {
      line.state = State.REMOVED;
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String bare = bare(lower);
    if (bare.isEmpty()) {
      // separators ("___", "* * *") and lone symbols
      line.state = State.REMOVED;
      return;
    }
    FurnitureVocabulary furniture = config.furniture();
    if (line.listHeader) {
      line.state = State.REMOVED;
      return;
    }
    if (furniture.lines().contains(bare) || furniture.lines().contains(lower)
        || isInterfaceLine(bare, text) || containsAny(lower, furniture.notices())
        || isBreadcrumb(text)
        || !endsSentence(text) && endsWithTimeStamp(text)) {
      line.state = State.REMOVED;
      return;
    }
    line.commentPolicy =
        containsAny(lower, furniture.commentWords()) && containsAny(lower, furniture.policyWords());
    line.paragraphLike = isParagraphLike(text);
  }

  /**
   * A button, label or menu: every word an interface word. Up to {@link
   * PageTextCleaningConfig#maxUiLineWords()} words that is enough; a longer line must also not end
   * like a sentence (a share bar: "Share on Facebook Share on X Copy link").
   */
  private boolean isInterfaceLine(String bare, String text) {
    if (bare.isEmpty()
        || wordCount(bare) > config.maxUiLineWords() && (endsSentence(text) || text.length() > MAX_UI_BAR_LENGTH)) {
      return false;
    }
    String[] words = bare.split(" ");
    Set<String> ui = config.furniture().uiWords();
    boolean anyWord = false;
    for (String word : words) {
      if (word.chars().allMatch(Character::isDigit)) {
        // counters: "3 minute read", "12 comments"
        continue;
      }
      anyWord = true;
      boolean plural = word.length() > 3 && word.endsWith("s");
      if (!ui.contains(word) && !(plural && ui.contains(word.substring(0, word.length() - 1)))) {
        return false;
      }
    }
    return anyWord;
  }

  /** "Home › World › Europe", "News | Politics | Sport": two or more separators, no sentence. */
  private static boolean isBreadcrumb(String text) {
    if (text.length() > 150 || endsSentence(text)) {
      return false;
    }
    int separators = 0;
    for (String separator : List.of(" \u203a ", " > ", " / ", " | ", " \u00bb ")) {
      int at = text.indexOf(separator);
      while (at >= 0) {
        separators++;
        at = text.indexOf(separator, at + 1);
      }
    }
    return separators >= 2;
  }

  private boolean isParagraphLike(String text) {
    if (isShortQuestion(text)) {
      return false;
    }
    return endsSentence(text)
        || wordCount(text) >= config.headingMaxWords() && titleCaseRatio(text) < PROSE_TITLE_CASE
        || isUnspaced(text) && text.length() >= UNSPACED_PROSE_LENGTH;
  }

  /** Mostly letters of scripts written without spaces between words (Han, Kana, Thai …). */
  private static boolean isUnspaced(String text) {
    int letters = 0;
    int unspaced = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || script == Character.UnicodeScript.THAI
            || script == Character.UnicodeScript.LAO
            || script == Character.UnicodeScript.KHMER
            || script == Character.UnicodeScript.MYANMAR) {
          unspaced++;
        }
      }
    }
    return letters > 0 && unspaced * 2 > letters;
  }

  /** A table row or data line ("3 Kevin Harvick 5033 4 6 15 26"): several numbers, short. */
  private static boolean isDataRow(String text) {
    if (text.length() > 200) {
      return false;
    }
    int numbers = 0;
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers++;
    }
    return numbers >= DATA_ROW_NUMBERS && numbers * 3 >= wordCount(text);
  }

  /**
   * The first headline-shaped line: no full stop at the end, not too long, three words or more
   * (six characters in scripts written without spaces).
   * Shorter lines before it are navigation; a paragraph before any headline means there is no
   * title line.
   */
  private Optional<String> pickTitle(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.state != State.UNDECIDED) {
        continue;
      }
      boolean headline =
          !line.text.endsWith(".")
              && line.text.length() <= config.maxTitleLength()
              && !line.commentPolicy
              && !isDataRow(line.text);
      if (headline && runTogetherLabels(line.text, false) > 0) {
        // "HomeLatest News…": a menu of section names copied without spaces
        line.state = State.REMOVED;
        continue;
      }
      boolean substantial =
          wordCount(line.text) >= 3 || isUnspaced(line.text) && line.text.length() >= 6;
      if (headline && substantial && isSiteNameAbove(lines, i)) {
        line.state = State.REMOVED;
        line.metadata = true;
        continue;
      }
      if (headline && substantial) {
        line.state = State.TITLE;
        return Optional.of(line.text);
      }
      if (line.paragraphLike || !headline) {
        return Optional.empty();
      }
      line.state = State.REMOVED;
    }
    return Optional.empty();
  }

  /**
   * "The Harbor Times" above "Port strike ends after nine days of talks": a short name-like line
   * directly above a longer headline-shaped line is the site's name, not the title.
   */
  private boolean isSiteNameAbove(List<Line> lines, int index) {
    Line line = lines.get(index);
    if (wordCount(line.text) > SITE_NAME_MAX_WORDS || !MetadataLineRecognizer.isNameLike(line.text)) {
      return false;
    }
    for (int j = index + 1; j < lines.size(); j++) {
      Line next = lines.get(j);
      if (next.state == State.UNDECIDED) {
        return !next.paragraphLike
            && !next.text.endsWith(".")
            && wordCount(next.text) > wordCount(line.text)
            && wordCount(next.text) >= 4;
      }
    }
    return false;
  }

  /**
   * Section labels, kickers and menus ("Europe/Energy", "Exclusive", "Local News", "Home Politics
   * Sport Weather") sit between the title and the first paragraph. There a run of capitalised words
   * with no function word and no punctuation between them is a label even when a paragraph follows
   * it, and so is a short phrase with other header lines (byline, date, share bar) below it; a
   * subhead right above the first paragraph ("Interview with the mayor") or a longer deck
   * ("Officials expect the toll to rise as rescuers reach the valleys") stays. Lines already taken as metadata (datelines, bylines, dates) were decided
   * before and stay as they are.
   */
  private void dropHeaderLabels(List<Line> lines) {
    boolean afterTitle = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.state == State.TITLE) {
        afterTitle = true;
        continue;
      }
      if (!afterTitle || line.state != State.UNDECIDED) {
        continue;
      }
      if (line.paragraphLike) {
        return;
      }
      if (BULLET.matcher(line.text).find() || isDataRow(line.text) || mayBeDatelinePlace(line.text)) {
        continue;
      }
      boolean menu = wordCount(line.text) <= config.headingMaxWords() && isMenuLike(line.text);
      // a subhead stands right above its paragraph; a kicker ("War in the north") has the byline,
      // the date or a share bar below it
      boolean kicker =
          wordCount(line.text) <= KICKER_MAX_WORDS
              && !endsSentence(line.text)
              && !(i + 1 < lines.size()
                  && lines.get(i + 1).state == State.UNDECIDED
                  && lines.get(i + 1).paragraphLike);
      if (menu || kicker) {
        line.state = State.REMOVED;
      }
    }
  }

  /**
   * "WASHINGTON", "NEW DELHI": a place in capitals on its own line may be the dateline of the first
   * paragraph, split from it by the copy; capitals that are all section or interface words
   * ("BREAKING", "WORLD NEWS") are labels all the same.
   */
  private boolean mayBeDatelinePlace(String text) {
    if (!text.equals(text.toUpperCase(Locale.ROOT)) || text.indexOf('/') >= 0) {
      return false;
    }
    FurnitureVocabulary furniture = config.furniture();
    for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
      if (!furniture.sections().contains(word) && !furniture.uiWords().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Capitalised words and numbers only, none of them a function word, no punctuation but '&', '-',
   * '/' and decimal points: "Home World Business Science Radio", "City Radio 97.1". A title-case
   * deck has punctuation or small words.
   */
  private static boolean isMenuLike(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean decimalPoint =
          c == '.' && i > 0 && i < text.length() - 1
              && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '&' && c != '-' && c != '/' && !decimalPoint) {
        return false;
      }
    }
    for (String word : text.split(" ")) {
      if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return titleCaseRatio(text) == 1.0;
  }

  /**
   * A list header ("Related", "More on this story", "Most read") opens a block of links: the
   * headline-shaped lines after it go, up to the next line that reads as a paragraph. Lines removed
   * for other reasons inside the block (a copyright line, a button) do not end it.
   */
  private void dropLinkLists(List<Line> lines) {
    boolean inList = false;
    for (Line line : lines) {
      if (line.listHeader) {
        inList = true;
      } else if (inList && line.state == State.UNDECIDED) {
        if (isListedHeadline(line.text)) {
          line.state = State.REMOVED;
        } else {
          inList = false;
        }
      }
    }
  }

  /**
   * A headline in a list of links: short, and either without sentence punctuation or a single
   * question ("Why do quakes strike here so often?").
   */
  private static boolean isListedHeadline(String text) {
    if (wordCount(text) > LISTED_HEADLINE_MAX_WORDS) {
      return false;
    }
    if (!endsSentence(text)) {
      return true;
    }
    return text.endsWith("?") && AbbreviationAwareSentenceSplitter.split(text).size() == 1;
  }

  /**
   * A teaser cut short ("… called his Russian counterpart…") whose text opens another line of the
   * page repeats that line. Prefix lookups in a sorted set keep this near-linear.
   */
  private void dropCutTeasers(List<Line> lines, Optional<String> title) {
    TreeSet<String> full = new TreeSet<>();
    title.ifPresent(t -> full.add(normalise(t)));
    for (Line line : lines) {
      if (line.state == State.UNDECIDED && !isCut(line.text)) {
        full.add(normalise(line.text));
      }
    }
    for (Line line : lines) {
      if (line.state != State.UNDECIDED || !isCut(line.text)) {
        continue;
      }
      String stem = normalise(CUT_END.matcher(line.text).replaceFirst(""));
      // the last word may itself be cut ("coun…"), so compare up to the last whole word
      int lastSpace = stem.lastIndexOf(' ');
      String prefix = lastSpace > 0 ? stem.substring(0, lastSpace) : stem;
      if (prefix.length() < config.minRepeatedSentenceLength()) {
        continue;
      }
      String candidate = full.ceiling(prefix);
      if (candidate != null && candidate.startsWith(prefix)) {
        line.state = State.REMOVED;
      }
    }
  }

  private static boolean isCut(String text) {
    return CUT_END.matcher(tail(text)).find();
  }

  /** Drops lines seen before (including the title again) and sentences seen before. */
  private void dropRepeats(List<Line> lines, Optional<String> title) {
    dropCutTeasers(lines, title);
    Set<String> seenLines = new HashSet<>();
    title.ifPresent(t -> seenLines.add(normalise(t)));
    Set<String> seenSentences = new HashSet<>();
    for (Line line : lines) {
      if (line.state != State.UNDECIDED) {
        continue;
      }
      if (!seenLines.add(normalise(line.text))) {
        line.state = State.REMOVED;
        continue;
      }
      List<String> kept = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      for (String sentence : AbbreviationAwareSentenceSplitter.split(line.text)) {
        String key = normalise(sentence);
        if (key.length() >= config.minRepeatedSentenceLength() && !seenSentences.add(key)) {
          repeated.add(sentence);
        } else {
          kept.add(sentence);
        }
      }
      if (kept.isEmpty()) {
        line.state = State.REMOVED;
      } else if (!repeated.isEmpty()) {
        line.removedSpans.addAll(repeated);
        line.text = String.join(" ", kept);
        line.paragraphLike = isParagraphLike(line.text);
      }
    }
  }

  /**
   * A comment policy ("Comments that contain insults … are not approved") is furniture when no
   * paragraph follows it; an article sentence about comment moderation has article text after it.
   */
  private static void dropCommentPolicies(List<Line> lines) {
    boolean paragraphFollows = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (line.state != State.UNDECIDED) {
        continue;
      }
      if (line.commentPolicy && !paragraphFollows) {
        line.state = State.REMOVED;
      } else if (line.paragraphLike && !line.commentPolicy) {
        paragraphFollows = true;
      }
    }
  }

  /**
   * Reader comments under an article ("34 responses to …", "12 Comments") end it: the header and
   * everything after go, provided enough article precedes the header.
   */
  private static void dropCommentThread(List<Line> lines) {
    int paragraphs = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.state != State.UNDECIDED) {
        continue;
      }
      if (paragraphs >= PARAGRAPHS_BEFORE_THREAD
          && !line.paragraphLike
          && COMMENT_THREAD.matcher(line.text).find()) {
        for (int j = i; j < lines.size(); j++) {
          if (lines.get(j).state == State.UNDECIDED) {
            lines.get(j).state = State.REMOVED;
          }
        }
        return;
      }
      if (line.paragraphLike) {
        paragraphs++;
      }
    }
  }

  /**
   * Short lines: a subhead when a paragraph follows, kept prose when mostly lower case, otherwise
   * navigation; a name-like line after the last paragraph is the site's name and kept as metadata.
   * After the last paragraph (the page tail) a headline-shaped line is not a subhead, since no
   * paragraph follows it, nor prose: it is a related headline or a topic tag, however it is cased.
   */
  private void settleShortLines(List<Line> lines) {
    int lastParagraph = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).state == State.UNDECIDED && lines.get(i).paragraphLike) {
        lastParagraph = i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.state != State.UNDECIDED) {
        continue;
      }
      if (BULLET.matcher(line.text).find()) {
        line.state = State.LIST_ITEM;
      } else if (line.paragraphLike) {
        line.state = State.PARAGRAPH;
      } else if (paragraphFollows(lines, i)) {
        line.state = State.HEADING;
      } else if (isDataRow(line.text)) {
        line.state = State.PARAGRAPH;
      } else if (i < lastParagraph && wordCount(line.text) >= 4 && titleCaseRatio(line.text) < 0.5
          || isCutOffLastSentence(lines, i, lastParagraph)) {
        line.state = State.PARAGRAPH;
      } else {
        line.state = State.REMOVED;
        line.metadata = i > lastParagraph && MetadataLineRecognizer.isNameLike(line.text);
      }
    }
  }

  /**
   * Text that stops mid-sentence: the very last line, straight after the last paragraph, lower
   * case and long enough to be a clause ("Other items include soap, lotion and"). A page tail
   * with related headlines goes on to a footer, so its headlines are not the last line.
   */
  private static boolean isCutOffLastSentence(List<Line> lines, int index, int lastParagraph) {
    return index == lines.size() - 1
        && index == lastParagraph + 1
        && wordCount(lines.get(index).text) >= TRAILING_PROSE_WORDS
        && titleCaseRatio(lines.get(index).text) < 0.5;
  }

  private static boolean paragraphFollows(List<Line> lines, int index) {
    for (int j = index + 1; j < lines.size(); j++) {
      Line next = lines.get(j);
      if (next.state == State.UNDECIDED || next.state == State.PARAGRAPH) {
        return next.paragraphLike;
      }
    }
    return false;
  }

  private static CleanedText assemble(List<Line> lines, Optional<String> title) {
    List<TextBlock> blocks = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> metadata = new ArrayList<>();
    for (Line line : lines) {
      removed.addAll(line.removedSpans);
      switch (line.state) {
        case PARAGRAPH -> blocks.add(TextBlock.paragraph(line.text));
        case HEADING -> blocks.add(new TextBlock(line.text, TextBlock.Kind.HEADING));
        case LIST_ITEM -> blocks.add(new TextBlock(line.text, TextBlock.Kind.LIST_ITEM));
        case REMOVED -> {
          if (!line.text.isEmpty()) {
            removed.add(line.text);
            if (line.metadata) {
              metadata.add(line.text);
            }
          }
        }
        case TITLE -> blocks.add(new TextBlock(line.text, TextBlock.Kind.HEADING));
        default -> {
          // undecided lines do not survive settleShortLines
        }
      }
    }
    return new CleanedText(title, blocks, removed, metadata);
  }

  // ---- small measures -------------------------------------------------------------------------

  private static String fold(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True when the text ends like a sentence: '.', '!', '?', '…' or ':' before closing marks, or
   * the full stops of other scripts (CJK '。', Devanagari '।', Arabic '؟').
   */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"\u201d\u2019')\u00bb]\u300d\u300f\uff09 ".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
  }

  /** A question of a few words is shaped like a headline ("Will talks resume?"), not prose. */
  private boolean isShortQuestion(String text) {
    return text.endsWith("?") && wordCount(text) <= 12 && titleCaseRatio(text) >= 0.5;
  }

  private static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** Share of capitalised words among words with letters, leaving out small function words. */
  private static double titleCaseRatio(String text) {
    int counted = 0;
    int capitalised = 0;
    for (String word : text.split("\\s+")) {
      int first = -1;
      for (int i = 0; i < word.length(); i++) {
        if (Character.isLetter(word.charAt(i))) {
          first = i;
          break;
        }
      }
      if (first < 0) {
        continue;
      }
      String letters = word.substring(first);
      if (FUNCTION_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(letters.charAt(0))) {
        capitalised++;
      }
    }
    return counted == 0 ? 0 : (double) capitalised / counted;
  }

  /** Lower-case letters and digits only, single spaces: the key for comparing lines. */
  private static String normalise(String text) {
    return bare(text.toLowerCase(Locale.ROOT));
  }

  private static String bare(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else if (c != '\'' && c != '\u2019' && c != '-') {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean containsAny(String lower, List<String> fragments) {
    for (String fragment : fragments) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  private static String tail(String text) {
    return tail(text, TAIL);
  }

  /** The end of a line: patterns anchored at the end only ever look at this much. */
  private static String tail(String text, int length) {
    return text.length() <= length ? text : text.substring(text.length() - length);
  }
}
