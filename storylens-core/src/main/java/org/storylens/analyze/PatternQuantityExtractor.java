package org.storylens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.Quantity;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * Finds numbers with what they count by reading each sentence's tokens left to right.
 *
 * <p>A number is digits ("5,000", "6.8"), a number word ("three", "twenty-five", "a dozen"), or a
 * vague plural ("hundreds of", "dozens of": the smallest amount the plural allows, 200 or 24,
 * marked approximate). A scale word multiplies it ("3.1 billion"). A range ("10-15", "10 to 15",
 * "between 10 and 15") is one quantity with the lower bound as its value, marked approximate, so a
 * conflict check compares like with like. The unit is a currency symbol before it ("$209 billion":
 * usd), "percent" ("12%", "12 per cent"), "magnitude" ("magnitude 6.8", "6.8-magnitude") or the
 * noun counted after it: up to {@link QuantityConfig#maxUnitWords()} words, stopping at function
 * words, punctuation and a participle ("41 people were killed", "5 Russian peacekeepers killed");
 * of those, the first plural ("civilians") or, for one, the last word; then lemmatised with a few
 * rules ("casualties" → "casualty", "kilometers" → "kilometer", "square kilometers" → "square
 * kilometer"; "people", "dead", "wounded" stay as they are). "About", "nearly", "at least", "more
 * than", "up to" and the like before it, "or more" after it, make it approximate and are part of
 * the span.
 *
 * <p>Not quantities: years (a four-digit whole number in the configured years, unless a plural
 * noun follows: "2000 soldiers" is a count), year ranges ("2020-2022"), days of dates ("September
 * 20", "20 September"), clock times ("12:00", "4 p.m."), ordinals ("20th"), "No. 5", and number
 * words that head no noun ("one of them", "the two were").
 *
 * <p>Why rules and not the OpenNLP POS model? The counted noun sits in a two- or three-word window
 * right after the number, where these rules are right on news text, and they need no per-thread
 * model. Works on the tokens of {@link RuleBasedSentenceSplitter}; stateless apart from its
 * configuration, so one instance serves every thread.
 */
public final class PatternQuantityExtractor implements QuantityExtractor {

  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final Pattern NUMBER = Pattern.compile(DIGITS);
  private static final Pattern NUMBER_RANGE =
      Pattern.compile("(" + DIGITS + ")[-\u2013](" + DIGITS + ")");
  private static final Pattern NUMBER_AND_WORD = Pattern.compile("(" + DIGITS + ")-(\\p{L}+)");
  private static final Pattern MAGNITUDE_AND_NUMBER =
      Pattern.compile("magnitude-(" + DIGITS + ")");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
          Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
          Map.entry("ninety", 90), Map.entry("dozen", 12));
  /** Plurals that say "at least this many": the value is the least the plural allows. */
  private static final Map<String, Double> VAGUE_PLURALS =
      Map.of("dozens", 24.0, "hundreds", 200.0, "thousands", 2_000.0, "millions", 2_000_000.0);
  private static final Map<String, Double> SCALES =
      Map.of(
          "hundred", 1e2, "thousand", 1e3, "million", 1e6, "mln", 1e6, "mn", 1e6, "billion", 1e9,
          "bln", 1e9, "bn", 1e9, "trillion", 1e12);
  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "usd", "\u20ac", "eur", "\u00a3", "gbp", "\u00a5", "jpy", "\u20bd", "rub");
  private static final Set<String> APPROXIMATORS =
      Set.of(
          "about", "around", "approximately", "approx.", "nearly", "almost", "some", "roughly",
          "over", "estimated", "under", "circa", "reportedly");
  private static final Set<String> APPROXIMATOR_PAIRS =
      Set.of(
          "at least", "at most", "more than", "less than", "fewer than", "up to", "close to",
          "upwards of", "an estimated", "as many", "many as", "well over");
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
          "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
          "oct", "oct.", "nov", "nov.", "dec", "dec.");
  private static final Set<String> CLOCK_WORDS =
      Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "hrs", "cet", "msk");
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "until", "till", "during", "before", "after", "through", "year");
  /** Words that end the search for a counted noun. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "of", "in", "on", "at", "for", "to", "from", "by", "with", "and", "or", "but", "the",
          "a", "an", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who",
          "that", "which", "as", "than", "per", "each", "more", "less", "while", "when", "after",
          "before", "since", "during", "said", "say", "says", "will", "would", "could", "may",
          "might", "can", "this", "these", "those", "their", "his", "her", "its", "our", "into",
          "over", "under", "between", "among", "ago", "later", "earlier", "there", "here", "not",
          "also", "then", "so", "if", "what", "where", "it", "they", "he", "she", "we", "i",
          "you", "do", "did", "does");
  /** Number words that head no count after these: "the one who", "no one". */
  private static final Set<String> NOT_BEFORE_ONE =
      Set.of("the", "no", "any", "every", "each", "this", "that", "which", "some", "someone");
  private static final Set<String> VERBS_AFTER_BARE_COUNT =
      Set.of("were", "was", "are", "have", "had", "died", "remain", "remained");
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("people", "people"), Map.entry("men", "man"), Map.entry("women", "woman"),
          Map.entry("children", "child"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
          Map.entry("lives", "life"), Map.entry("police", "police"), Map.entry("dead", "dead"),
          Map.entry("wounded", "wounded"), Map.entry("injured", "injured"),
          Map.entry("personnel", "personnel"), Map.entry("staff", "staff"),
          Map.entry("cattle", "cattle"), Map.entry("sheep", "sheep"), Map.entry("news", "news"),
          Map.entry("series", "series"), Map.entry("species", "species"),
          Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"),
          Map.entry("buses", "bus"), Map.entry("viruses", "virus"), Map.entry("gases", "gas"),
          Map.entry("km", "kilometer"), Map.entry("kilometre", "kilometer"),
          Map.entry("kilometres", "kilometer"), Map.entry("metre", "meter"),
          Map.entry("metres", "meter"), Map.entry("mi", "mile"), Map.entry("kg", "kilogram"),
          Map.entry("dollars", "usd"), Map.entry("dollar", "usd"), Map.entry("euros", "eur"),
          Map.entry("euro", "eur"), Map.entry("percent", "percent"));
  private static final Set<String> PLURAL_WITHOUT_S =
      Set.of("people", "men", "women", "children", "feet", "teeth", "police", "dead", "wounded",
          "injured", "personnel", "staff", "cattle", "sheep", "crises");

  private final QuantityConfig config;

  /** An extractor with {@link QuantityConfig#defaults()}. */
  public PatternQuantityExtractor() {
    this(QuantityConfig.defaults());
  }

  public PatternQuantityExtractor(QuantityConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The tokens of one sentence, with their lower-case text. */
  private record Tokens(List<Span> spans, List<String> words) {
    int size() {
      return spans.size();
    }

    String word(int index) {
      return index >= 0 && index < words.size() ? words.get(index) : "";
    }
  }

  /** A quantity read, and the index of the first token after it. */
  private record Found(Quantity quantity, int next) {}

  /** The lemma of a counted noun and the index of its token. */
  private record CountedNoun(String lemma, int last) {}

  @Override
  public List<Quantity> find(String text, List<Sentence> sentences) {
    List<Quantity> quantities = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<String> words = new ArrayList<>(sentence.tokens().size());
      for (Span token : sentence.tokens()) {
        words.add(token.of(text).toLowerCase(Locale.ROOT));
      }
      Tokens tokens = new Tokens(sentence.tokens(), words);
      int i = 0;
      while (i < tokens.size()) {
        Optional<Found> found = read(tokens, i);
        found.ifPresent(f -> quantities.add(f.quantity()));
        i = found.map(Found::next).orElse(i + 1);
      }
    }
    return List.copyOf(quantities);
  }

  /**
   * Reads a quantity whose number is token {@code i}.
   */
  /** Whether the word holds an ASCII digit, which every number pattern ({@code \\d}) needs. */
  private static boolean hasDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private Optional<Found> read(Tokens tokens, int i) {
    String word = tokens.word(i);
    double value;
    double high = Double.NaN;
    String unit = null;
    boolean approximate = false;
    boolean spelled = false;
    boolean vague = false;
    int first = i;
    int after = i + 1;

    Matcher m;
    // The four number patterns need a digit: most words are tried against none of them.
    boolean digits = hasDigit(word);
    if (digits && NUMBER.matcher(word).matches()) {
      value = parse(word);
      if (notACount(tokens, i, word)) {
        return Optional.empty();
      }
    } else if (digits && (m = NUMBER_RANGE.matcher(word)).matches()) {
      value = parse(m.group(1));
      high = parse(m.group(2));
      if (isYear(m.group(1)) && isYear(m.group(2)) || high <= value) {
        return Optional.empty(); // "2020-2022" is a span of years; "3-1" a score
      }
      approximate = true;
    } else if (digits && (m = NUMBER_AND_WORD.matcher(word)).matches()) {
      value = parse(m.group(1));
      unit = lemma(m.group(2));
    } else if (digits && (m = MAGNITUDE_AND_NUMBER.matcher(word)).matches()) {
      value = parse(m.group(1));
      unit = "magnitude";
    } else if (VAGUE_PLURALS.containsKey(word) && tokens.word(i + 1).equals("of")) {
      value = VAGUE_PLURALS.get(word);
      approximate = true;
      vague = true;
      after = i + 2;
    } else if (spelledNumber(word) > 0) {
      value = spelledNumber(word);
      spelled = true;
      if (word.equals("dozen") && (tokens.word(i - 1).equals("a") || tokens.word(i - 1).equals("half"))) {
        if (tokens.word(i - 1).equals("half")) {
          value = 6;
        }
        first = i - 1;
      } else if (word.equals("one")
          && (NOT_BEFORE_ONE.contains(tokens.word(i - 1)) || tokens.word(i + 1).equals("of"))) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }

    Double scale = SCALES.get(tokens.word(after));
    if (scale != null && !vague) {
      value *= scale;
      high *= scale;
      after++;
    }
    // a range written out: "10 to 15", "between 10 and 15", "3 or 4"
    String joiner = tokens.word(after);
    boolean joins =
        joiner.equals("to") || joiner.equals("-") || joiner.equals("\u2013") || joiner.equals("or")
            || joiner.equals("and") && tokens.word(first - 1).equals("between");
    if (unit == null && Double.isNaN(high) && joins && NUMBER.matcher(tokens.word(after + 1)).matches()
        && !isYear(tokens.word(after + 1))) {
      high = parse(tokens.word(after + 1));
      int end = after + 2;
      Double highScale = SCALES.get(tokens.word(end));
      if (highScale != null) {
        high *= highScale;
        if (scale == null) {
          value *= highScale;
        }
        end++;
      }
      if (high > value) {
        approximate = true;
        after = end;
      } else {
        high = Double.NaN;
      }
    }

    // what it counts
    String currency = CURRENCY_SYMBOLS.get(tokens.word(first - 1));
    if (currency != null) {
      unit = currency;
      first--;
      if (tokens.word(first - 1).equals("us")) {
        first--;
      }
    }
    int last = after - 1;
    if (unit == null) {
      String following = tokens.word(after);
      if (following.equals("%") || following.equals("percent")) {
        unit = "percent";
        last = after;
      } else if (following.equals("per") && tokens.word(after + 1).equals("cent")) {
        unit = "percent";
        last = after + 1;
      } else if (!spelled && tokens.word(first - 1).equals("magnitude")) {
        unit = "magnitude";
        first--;
      } else if (!spelled && tokens.word(first - 1).equals("of")
          && tokens.word(first - 2).equals("magnitude")) {
        unit = "magnitude"; // "a magnitude of 6.8": the span stays the number alone
      } else if (following.equals("magnitude")) {
        unit = "magnitude";
        last = after;
      } else {
        CountedNoun noun = countedNoun(tokens, after, value == 1 && Double.isNaN(high));
        unit = noun.lemma();
        last = Math.max(last, noun.last());
      }
    }
    if (spelled && unit.isEmpty() && !VERBS_AFTER_BARE_COUNT.contains(tokens.word(after))) {
      return Optional.empty();
    }

    // how sure the text is of it
    if (APPROXIMATORS.contains(tokens.word(first - 1))) {
      approximate = true;
      first--;
    } else if (APPROXIMATOR_PAIRS.contains(tokens.word(first - 2) + " " + tokens.word(first - 1))) {
      approximate = true;
      first -= 2;
      if (tokens.word(first).equals("many") && tokens.word(first - 1).equals("as")) {
        first--;
      }
    }
    if (tokens.word(last + 1).equals("or") && tokens.word(last + 2).equals("more")) {
      approximate = true;
      last += 2;
    }
    Span span = new Span(tokens.spans().get(first).start(), tokens.spans().get(last).end());
    return Optional.of(
        new Found(new Quantity(span, value, unit, approximate), Math.max(after, last + 1)));
  }

  /** Years, days of dates, clock times and list numbers: digits that count nothing. */
  private boolean notACount(Tokens tokens, int i, String word) {
    String before = tokens.word(i - 1);
    String after = tokens.word(i + 1);
    if (word.length() > 1 && word.charAt(0) == '0' && Character.isDigit(word.charAt(1))) {
      return true; // "0800 41 41", "0142 GMT": codes and clock times, not counts
    }
    if (MONTHS.contains(before) || MONTHS.contains(after) || CLOCK_WORDS.contains(after)
        || before.equals("no.") || before.equals("#") || before.equals("/") || after.equals("/")) {
      return true;
    }
    if (isYear(word)) {
      return YEAR_PREPOSITIONS.contains(before) || !isPlural(after);
    }
    return false;
  }

  private boolean isYear(String word) {
    if (word.length() != 4 || !NUMBER.matcher(word).matches() || word.indexOf('.') >= 0) {
      return false;
    }
    int year = Integer.parseInt(word);
    return year >= config.earliestYear() && year <= config.latestYear();
  }

  /**
   * The lemma of the noun a number counts, from the words starting at {@code from}; empty when
   * none, with the index of the unit's last token ({@code from - 1} when there is none).
   */
  private CountedNoun countedNoun(Tokens tokens, int from, boolean single) {
    List<String> words = new ArrayList<>();
    for (int j = from; j < tokens.size() && words.size() < config.maxUnitWords(); j++) {
      String word = tokens.word(j);
      if (!WORD.matcher(word).matches() || STOP_WORDS.contains(word)) {
        break;
      }
      if ((word.endsWith("ed") || word.endsWith("ing")) && !PLURAL_WITHOUT_S.contains(word)) {
        break; // a participle: "41 people killed", "6 killed"
      }
      words.add(word);
    }
    if (words.isEmpty()) {
      return new CountedNoun("", from - 1);
    }
    // one counts the last word of its phrase ("one adjacent region"); more count the first
    // plural ("5,000 Armenian civilians"), else the first word ("3 minute read")
    int chosen = single ? words.size() - 1 : 0;
    if (!single) {
      for (int k = 0; k < words.size(); k++) {
        if (isPlural(words.get(k))) {
          chosen = k;
          break;
        }
      }
      if (!isPlural(words.get(chosen)) && isMeasurePrefix(words.get(chosen)) && words.size() > 1) {
        chosen = 1;
      }
    }
    String lemma = lemma(words.get(chosen));
    if (chosen > 0 && isMeasurePrefix(words.get(chosen - 1))) {
      lemma = words.get(chosen - 1) + " " + lemma;
    }
    return new CountedNoun(lemma, from + chosen);
  }

  private static boolean isMeasurePrefix(String word) {
    return word.equals("square") || word.equals("cubic");
  }

  private static boolean isPlural(String word) {
    if (PLURAL_WITHOUT_S.contains(word)) {
      return true;
    }
    return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is") && WORD.matcher(word).matches();
  }

  /** A lower-case singular of {@code word}, by a few English rules. */
  static String lemma(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (lower.length() > 4 && lower.endsWith("ies")) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
        || lower.endsWith("shes") || lower.endsWith("zes")) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is")) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  /** The value of "three", "twenty-five" or "dozen"; 0 when it is no number word. */
  private static int spelledNumber(String word) {
    Integer whole = NUMBER_WORDS.get(word);
    if (whole != null) {
      return whole;
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBER_WORDS.get(word.substring(0, dash));
      Integer ones = NUMBER_WORDS.get(word.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return 0;
  }

  private static double parse(String digits) {
    return Double.parseDouble(digits.replace(",", ""));
  }
}
