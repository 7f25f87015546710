package org.storylens.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Sentence;
import org.storylens.model.Span;

/**
 * Finds people, places and organizations in English news without a trained NER model (none is
 * published for OpenNLP): capitalised word runs, joined across "of"/"for" inside institution names
 * ("Council of Europe"), with sentence-initial common words dropped (by the OpenNLP part-of-speech
 * model and a stop list), titles and nationality adjectives kept out of person names ("Russian
 * President Vladimir Putin" → Vladimir Putin), plus a few lower-case patterns (a nationality with a
 * peacekeeping unit, acronym definitions, "press service of …").
 *
 * <p>Types come from cues, strongest first: the alias table and the gazetteer, an organization head
 * word (Ministry, Council, Force…), a place head word (Region, Republic…), a title before the name,
 * a listed given name, a place cue before it ("village of", "in"), a speech verb after it or a
 * surname ending (-ov, -yan…); otherwise {@link EntityType#OTHER}.
 *
 * <p>Keys are {@link PhoneticNameKey} normal forms, so they agree across articles without seeing
 * them; within an article a surname takes its full name's key, an acronym its definition's, and an
 * alias ({@code name-aliases.txt}) its canonical name's. Thread-safe: the model is loaded once per
 * instance, each thread gets its own tagger.
 */
public final class PatternEntityRecognizer implements EntityRecognizer {

  private static final Set<String> CONNECTORS = Set.of("of", "for");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "van", "von", "bin", "ibn", "al", "el", "la", "le", "&");
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "told",
          "stressed",
          "noted",
          "added",
          "stated",
          "emphasized",
          "emphasised",
          "underscored",
          "announced",
          "declared",
          "reported",
          "wrote",
          "asked");
  private static final Set<String> PLACE_CUE_NOUNS =
      Set.of(
          "village",
          "city",
          "town",
          "region",
          "area",
          "province",
          "district",
          "capital",
          "settlement",
          "port",
          "republic");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");
  private static final List<String> SURNAME_ENDINGS =
      List.of(
          "ov", "ova", "ev", "eva", "yev", "yan", "ian", "enko", "sky", "skiy", "ski", "shvili",
          "dze", "oglu", "zade", "zadeh", "vich", "escu");
  private static final Set<String> UNIT_MODIFIERS =
      Set.of("peacekeeping", "peace-keeping", "armed", "military", "security", "border");
  private static final Set<String> UNIT_HEADS = Set.of("contingent", "force", "forces", "mission");
  // Words that name one kind of body in different ways; folded before the key so that "Russian
  // peacekeeping contingent" and "Russian Peacekeeping Force" are one organization.
  private static final Map<String, String> ORGANIZATION_WORD_FORMS =
      Map.of(
          "contingent",
          "force",
          "forces",
          "force",
          "troops",
          "force",
          "defence",
          "defense",
          "organisation",
          "organization",
          "centre",
          "center",
          "offices",
          "office");

  private final EntityRecognitionConfig config;
  private final PhoneticNameKey phoneticKeys = new PhoneticNameKey();
  private final EntityVocabulary vocabulary = new EntityVocabulary(phoneticKeys);
  private final PartOfSpeechTagger tagger;

  public PatternEntityRecognizer() {
    this(EntityRecognitionConfig.defaults());
  }

  public PatternEntityRecognizer(EntityRecognitionConfig config) {
    this(config, PartOfSpeechTagger.english());
  }

  /** With a tagger the caller shares with other stages (the model is loaded once). */
  public PatternEntityRecognizer(EntityRecognitionConfig config, PartOfSpeechTagger tagger) {
    this.config = Objects.requireNonNull(config, "config");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** One word of the article with what the patterns need to know about it. */
  private record Word(
      Span span, String text, int sentence, int index, boolean initial, boolean titleCase) {
    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Part-of-speech tags of an article's words, computed only for the words that need one (most
   * capitalised words are decided by the lists), each from a window of its sentence rather than the
   * whole sentence: the tagger's features see two words either side and the two tags before, so a
   * few words of context on each side decide a word's tag as the whole sentence would, nearly
   * always, at a fraction of the cost (tagging was over half of entity recognition).
   */
  private final class Tags {
    /** Words of context tagged on each side of a word asked about. */
    static final int CONTEXT = 3;

    private final List<String[]> tokens = new ArrayList<>();
    private final List<String[]> tags = new ArrayList<>();

    int add(String[] sentenceTokens) {
      tokens.add(sentenceTokens);
      tags.add(null);
      return tokens.size() - 1;
    }

    boolean properNoun(Word w) {
      String[] sentence = tokens.get(w.sentence());
      String[] known = tags.get(w.sentence());
      if (known == null) {
        known = new String[sentence.length];
        tags.set(w.sentence(), known);
      }
      int index = w.index();
      if (known[index] == null) {
        int from = Math.max(0, index - CONTEXT);
        int to = Math.min(sentence.length, index + CONTEXT + 1);
        List<String> window = tagger.tags(Arrays.asList(sentence).subList(from, to));
        // Keep the tags the window decided with full context: the asked word's, and its
        // neighbours' that have as much context inside the window as the word has.
        for (int i = Math.max(from, index - 1); i <= Math.min(to - 1, index + 1); i++) {
          boolean leftContext = i - from >= Math.min(CONTEXT - 1, i);
          boolean rightContext = to - 1 - i >= Math.min(CONTEXT - 1, sentence.length - 1 - i);
          if (i == index || (known[i] == null && leftContext && rightContext)) {
            known[i] = window.get(i - from);
          }
        }
      }
      String tag = known[index];
      return tag.equals("PROPN") || tag.startsWith("NNP");
    }
  }

  /** What one call knows about its article: capitalised-word counts, the lazy tags, the keys. */
  private record Context(
      Map<String, Integer> counts, Set<String> lowerCase, Tags tags, ArticleNameKeys keys) {}

  /** A found name before keys are settled. */
  private static final class Candidate {
    Span span;
    EntityType type;
    String key;
    String ownKey;
    final String text;
    final int words;
    private List<String> wordKeys;

    Candidate(Span span, String text, EntityType type, String key, int words) {
      this.span = span;
      this.text = text;
      this.type = type;
      this.key = key;
      this.ownKey = key;
      this.words = words;
    }

    /** The key of each word, computed once: short-form resolution compares them pairwise. */
    List<String> wordKeys(ArticleNameKeys keys) {
      if (wordKeys == null) {
        wordKeys = keys.words(text);
      }
      return wordKeys;
    }
  }

  @Override
  public List<EntityMention> find(String text, List<Sentence> sentences) {
    Tags tags = new Tags();
    ArticleNameKeys keys = new ArticleNameKeys(phoneticKeys);
    List<Word> words = words(text, sentences, tags, keys);
    Set<String> lowerCase = new HashSet<>();
    for (Word w : words) {
      if (!w.text().isEmpty() && Character.isLowerCase(w.text().codePointAt(0))) {
        lowerCase.add(w.text());
      }
    }
    Context context = new Context(knownNameWords(words), lowerCase, tags, keys);
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!isNameWord(words.get(i), context)) {
        i++;
        continue;
      }
      int end = runEnd(words, i, context);
      interpret(text, words, i, end, context, candidates);
      i = end;
    }
    addUnitPhrases(text, words, candidates, keys);
    addPressServices(text, words, candidates, keys);
    candidates = withoutOverlaps(candidates);
    resolveAcronyms(text, words, candidates, keys);
    if (config.resolveShortForms()) {
      resolveShortForms(candidates, keys);
      resolveOrganizationShortForms(candidates, keys);
    }
    return mentions(candidates);
  }

  // ---------------------------------------------------------------- words

  private List<Word> words(
      String text, List<Sentence> sentences, Tags tags, ArticleNameKeys keys) {
    List<Word> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Span> spans = splitCompounds(text, NameTokenizer.tokens(text, sentence.span()), keys);
      if (spans.isEmpty()) {
        continue;
      }
      String[] tokens = new String[spans.size()];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = spans.get(t).of(text);
      }
      int s = tags.add(tokens);
      boolean titleCase = sentence.heading() || isTitleCase(tokens);
      boolean expectInitial = true;
      for (int t = 0; t < tokens.length; t++) {
        String token = tokens[t];
        boolean letter = Character.isLetter(token.codePointAt(0));
        out.add(new Word(spans.get(t), token, s, t, expectInitial && letter, titleCase));
        if (letter) {
          expectInitial = false;
        } else if (isOpening(token)) {
          // A quotation, a dateline dash or a colon starts a new sentence-like unit.
          expectInitial = true;
        }
      }
    }
    return out;
  }

  private static boolean isOpening(String token) {
    return switch (token) {
      case "\"", "\u201c", "\u2018", "\u2014", "\u2013", ":", "\u2026" -> true;
      default -> false;
    };
  }

  /** A headline in title case: every word of three letters or more is capitalised. */
  private static boolean isTitleCase(String[] tokens) {
    int words = 0;
    for (String token : tokens) {
      if (token.length() >= 3 && Character.isLetter(token.codePointAt(0))) {
        words++;
        if (!Character.isUpperCase(token.codePointAt(0))) {
          return false;
        }
      }
    }
    return words >= 3;
  }

  /**
   * Splits "Russia-brokered" and "Azerbaijan-Armenia" at the hyphen when a part is a listed place,
   * nationality or organization, so the part can be a name of its own; "Nagorno-Karabakh", a listed
   * whole, stays one word.
   */
  private List<Span> splitCompounds(String text, List<Span> tokens, ArticleNameKeys keys) {
    List<Span> out = new ArrayList<>(tokens.size());
    for (Span token : tokens) {
      String word = token.of(text);
      int hyphen = word.indexOf('-');
      if (hyphen <= 0 || isListed(word, keys) || vocabulary.aliases.containsKey(keys.of(word))) {
        out.add(token);
        continue;
      }
      List<Span> parts = new ArrayList<>();
      boolean anyListed = false;
      int from = 0;
      for (int h = hyphen; ; h = word.indexOf('-', from)) {
        int to = h < 0 ? word.length() : h;
        String part = word.substring(from, to);
        anyListed |=
            !part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && isListed(part, keys);
        parts.add(new Span(token.start() + from, token.start() + to));
        if (h < 0) {
          break;
        }
        parts.add(new Span(token.start() + h, token.start() + h + 1));
        from = h + 1;
      }
      if (anyListed) {
        out.addAll(parts);
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private boolean isListed(String word, ArticleNameKeys keys) {
    return vocabulary.isPlaceKey(keys.of(word))
        || vocabulary.isDemonym(word)
        || vocabulary.isOrganizationKey(keys.of(word));
  }

  /** Lower-case forms of the capitalised words the article uses away from a sentence start. */
  private Map<String, Integer> knownNameWords(List<Word> words) {
    Map<String, Integer> known = new HashMap<>();
    for (Word w : words) {
      if (w.capitalised() && !w.initial() && !w.titleCase() && !vocabulary.isNonName(w.text())) {
        known.merge(w.lower(), 1, Integer::sum);
      }
    }
    return known;
  }

  private boolean isNameWord(Word w, Context context) {
    if (!w.capitalised() || vocabulary.isNonName(w.text())) {
      return false;
    }
    if (w.titleCase()) {
      // In a headline every word is capitalised: trust only words the article or the lists vouch
      // for.
      return context.counts().containsKey(w.lower()) || isVouched(w.text(), context.keys());
    }
    if (w.initial()) {
      if (context.counts().containsKey(w.lower()) || isVouched(w.text(), context.keys())) {
        return true;
      }
      // A word the article writes in lower case elsewhere, and never capitalised inside a
      // sentence, is a common word ("Shareholders"), whatever the tagger says.
      return !context.lowerCase().contains(w.lower()) && context.tags().properNoun(w);
    }
    return true;
  }

  private boolean isVouched(String word, ArticleNameKeys keys) {
    return isListed(word, keys)
        || vocabulary.isGivenName(word)
        || vocabulary.isTitle(word)
        || vocabulary.aliases.containsKey(keys.of(word));
  }

  /** The exclusive end of the name run that starts at {@code start}. */
  private int runEnd(List<Word> words, int start, Context context) {
    int end = start + 1;
    boolean head = isHead(words.get(start).text());
    while (end < words.size() && end - start < config.maxNameWords()) {
      Word next = words.get(end);
      if (next.sentence() != words.get(start).sentence()) {
        break;
      }
      // the cheap test first: isNameWord may have to tag the sentence
      if (!next.initial() && isNameWord(next, context)) {
        head |= isHead(next.text());
        end++;
        continue;
      }
      // "Council of Europe", "Commonwealth of Independent States": a connector joins only inside
      // an institution or place name, never two names ("Putin and Aliyev").
      int after = end + 1;
      String connector = next.lower();
      boolean joins = false;
      if (PARTICLES.contains(connector)) {
        joins = true;
      } else if (head && CONNECTORS.contains(connector)) {
        joins = true;
        if (after < words.size() && words.get(after).lower().equals("the")) {
          after++;
        }
      }
      if (joins
          && after < words.size()
          && words.get(after).sentence() == next.sentence()
          && !words.get(after).initial()
          && isNameWord(words.get(after), context)) {
        end = after;
        continue;
      }
      break;
    }
    return end;
  }

  private boolean isHead(String word) {
    return vocabulary.isOrganizationHead(word) || vocabulary.isPlaceHead(word);
  }

  // ---------------------------------------------------------------- runs to candidates

  private void interpret(
      String text, List<Word> words, int start, int end, Context context, List<Candidate> out) {
    ArticleNameKeys keys = context.keys();
    int first = start;
    int last = end - 1;
    String whole = textOf(text, words, first, last);
    boolean organization = vocabulary.isOrganizationKey(keys.of(whole));
    for (int i = first; i <= last && !organization; i++) {
      organization = vocabulary.isOrganizationHead(words.get(i).text());
    }
    boolean titled = false;
    if (!organization
        && !vocabulary.isPlaceKey(keys.of(whole))
        && !vocabulary.aliases.containsKey(keys.of(whole))) {
      // Titles and nationality words before a name stay outside it.
      int stripped = first;
      while (stripped <= last
          && (vocabulary.isDemonym(words.get(stripped).text())
              || vocabulary.isTitle(words.get(stripped).text()))) {
        titled |= vocabulary.isTitle(words.get(stripped).text());
        stripped++;
      }
      if (stripped > last) {
        return;
      }
      first = stripped;
      // "Emergency Situations Minister Teodor Valk": the name is what follows the last title.
      for (int i = last - 1; i > first; i--) {
        if (vocabulary.isTitle(words.get(i).text())
            && !vocabulary.isTitle(words.get(i + 1).text())) {
          first = i + 1;
          titled = true;
          break;
        }
      }
      // "Emergency Situations Minister" with no name after it names a role, not an entity.
      if (vocabulary.isTitle(words.get(last).text())) {
        return;
      }
      // A trailing nationality is not part of the name either.
      while (last > first && vocabulary.isDemonym(words.get(last).text())) {
        last--;
      }
    }
    if (first == last
        && isHead(words.get(first).text())
        && !vocabulary.isOrganizationKey(keys.of(words.get(first).text()))) {
      return; // "Offices" or "Region" alone names nothing
    }
    int spanEnd = words.get(last).span().end();
    String lastText = words.get(last).text();
    // A word glued to the next in the source ("Putinheld"): keep the known name it starts with.
    // Only for a word seen once whose prefix is a name the article uses more than once.
    if (context.counts().getOrDefault(lastText.toLowerCase(Locale.ROOT), 0) <= 1
        && !isVouched(lastText, keys)) {
      for (int cut = lastText.length() - 2; cut >= 4; cut--) {
        String prefix = lastText.substring(0, cut);
        String rest = lastText.substring(cut);
        if (rest.equals(rest.toLowerCase(Locale.ROOT))
            && context.counts().getOrDefault(prefix.toLowerCase(Locale.ROOT), 0) >= 2) {
          spanEnd = words.get(last).span().start() + cut;
          break;
        }
      }
    }
    Span span = new Span(words.get(first).span().start(), spanEnd);
    String name = span.of(text);
    EntityType type = type(name, words, first, last, titled, context.tags(), keys);
    Candidate candidate = new Candidate(span, name, type, key(name, type, keys), last - first + 1);
    candidate.ownKey = formKey(name, type, keys);
    out.add(candidate);
  }

  private EntityType type(
      String name,
      List<Word> words,
      int first,
      int last,
      boolean titled,
      Tags tags,
      ArticleNameKeys keys) {
    EntityVocabulary.Alias alias = vocabulary.aliases.get(keys.of(name));
    if (alias != null) {
      return alias.type();
    }
    if (vocabulary.isPlaceKey(keys.of(name))) {
      return EntityType.PLACE;
    }
    if (vocabulary.isOrganizationKey(keys.of(name))) {
      return EntityType.ORGANIZATION;
    }
    for (int i = first; i <= last; i++) {
      if (vocabulary.isOrganizationHead(words.get(i).text())) {
        return EntityType.ORGANIZATION;
      }
    }
    if (vocabulary.isPlaceHead(words.get(last).text())) {
      return EntityType.PLACE;
    }
    if (titled) {
      return EntityType.PERSON;
    }
    int count = last - first + 1;
    if (count >= 2 && count <= 3 && vocabulary.isGivenName(words.get(first).text())) {
      return EntityType.PERSON;
    }
    if (first >= 1) {
      String before = words.get(first - 1).lower();
      boolean ofCue =
          before.equals("of")
              && first >= 2
              && PLACE_CUE_NOUNS.contains(words.get(first - 2).lower());
      if (ofCue
          || (count == 1
              && PLACE_PREPOSITIONS.contains(before)
              && !isAllCaps(words.get(first).text()))) {
        return EntityType.PLACE;
      }
    }
    String lastWord = words.get(last).lower();
    for (String ending : SURNAME_ENDINGS) {
      if (lastWord.length() > ending.length() + 2 && lastWord.endsWith(ending)) {
        return EntityType.PERSON;
      }
    }
    if (last + 1 < words.size()
        && SPEECH_VERBS.contains(words.get(last + 1).lower())
        && count <= 3
        && !isAllCaps(words.get(first).text())) {
      return EntityType.PERSON;
    }
    if (count == 1 && isAllCaps(words.get(first).text()) && words.get(first).text().length() >= 2) {
      return EntityType.ORGANIZATION;
    }
    if (count >= 2 && count <= 3) {
      boolean allProper = true;
      for (int i = first; i <= last && allProper; i++) {
        allProper = !isAllCaps(words.get(i).text()) && tags.properNoun(words.get(i));
      }
      if (allProper) {
        return EntityType.PERSON; // the bare "Name Surname" pattern
      }
    }
    return EntityType.OTHER;
  }

  private static boolean isAllCaps(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** The canonical key of a name of a type: alias table first, then the phonetic normal form. */
  private String key(String name, EntityType type, ArticleNameKeys keys) {
    EntityVocabulary.Alias alias = vocabulary.aliases.get(keys.of(name));
    return alias != null ? alias.canonicalKey() : formKey(name, type, keys);
  }

  /** The key of the form as written, before the alias table. */
  private String formKey(String name, EntityType type, ArticleNameKeys keys) {
    List<String> parts = new ArrayList<>();
    for (String word : keys.asciiWords(name)) {
      if (word.equals("the")) {
        continue;
      }
      // "Vladimir V. Putin", "Martin Luther King Jr." are the same people without the extras.
      if (type == EntityType.PERSON
          && (word.length() == 1 || word.equals("jr") || word.equals("sr"))) {
        continue;
      }
      if (type == EntityType.ORGANIZATION) {
        word = ORGANIZATION_WORD_FORMS.getOrDefault(word, word);
      }
      parts.add(PhoneticNameKey.skeleton(word));
    }
    String key = String.join(" ", parts);
    if (key.isBlank()) {
      key = name.strip().toLowerCase(Locale.ROOT);
    }
    return key;
  }

  private static String textOf(String text, List<Word> words, int first, int last) {
    return text.substring(words.get(first).span().start(), words.get(last).span().end());
  }

  // ---------------------------------------------------------------- lower-case patterns

  /** "Russian peacekeeping contingent": a nationality, a unit modifier, a unit word. */
  private void addUnitPhrases(
      String text, List<Word> words, List<Candidate> out, ArticleNameKeys keys) {
    for (int i = 0; i + 2 < words.size(); i++) {
      Word nationality = words.get(i);
      Word modifier = words.get(i + 1);
      Word unit = words.get(i + 2);
      if (vocabulary.isDemonym(nationality.text())
          && UNIT_MODIFIERS.contains(modifier.lower())
          && UNIT_HEADS.contains(unit.lower())
          && unit.sentence() == nationality.sentence()) {
        Span span = new Span(nationality.span().start(), unit.span().end());
        String name = span.of(text);
        out.add(
            new Candidate(
                span, name, EntityType.ORGANIZATION, key(name, EntityType.ORGANIZATION, keys), 3));
      }
    }
  }

  /**
   * "the Kremlin's press service", "Kremlin press service", "the press service of the Russian
   * president": the press service speaks for its organization and takes its key (or the alias
   * table's, for a description of one).
   */
  private void addPressServices(
      String text, List<Word> words, List<Candidate> out, ArticleNameKeys keys) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).lower().equals("press")
          || !Set.of("service", "office").contains(words.get(i + 1).lower())) {
        continue;
      }
      int serviceEnd = words.get(i + 1).span().end();
      int before = i - 1;
      if (before >= 0
          && (words.get(before).text().equals("'s")
              || words.get(before).text().equals("\u2019s"))) {
        before--;
      }
      Candidate owner = null;
      if (before >= 0) {
        int ownerEnd = words.get(before).span().end();
        for (Candidate c : out) {
          if (c.span.end() == ownerEnd && c.type == EntityType.ORGANIZATION) {
            owner = c;
          }
        }
      }
      if (owner != null) {
        String name = text.substring(owner.span.start(), serviceEnd);
        EntityVocabulary.Alias alias = vocabulary.aliases.get(keys.of(name));
        owner.span = new Span(owner.span.start(), serviceEnd);
        if (alias != null) {
          owner.key = alias.canonicalKey();
          owner.ownKey = keys.of(name);
        }
        continue;
      }
      // "press service of the Russian president": only a description the alias table knows.
      int j = i + 2;
      if (j < words.size() && words.get(j).lower().equals("of")) {
        j++;
        if (j < words.size() && words.get(j).lower().equals("the")) {
          j++;
        }
        int limit = j;
        while (limit < Math.min(words.size(), j + 4)
            && words.get(limit).sentence() == words.get(i).sentence()
            && Character.isLetter(words.get(limit).text().codePointAt(0))) {
          limit++;
        }
        for (int end = limit - 1; end >= j; end--) {
          Span span = new Span(words.get(i).span().start(), words.get(end).span().end());
          String name = span.of(text);
          EntityVocabulary.Alias alias = vocabulary.aliases.get(keys.of(name));
          if (alias != null) {
            Candidate c =
                new Candidate(span, name, alias.type(), alias.canonicalKey(), end - i + 1);
            c.ownKey = keys.of(name);
            out.add(c);
            break;
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- settling keys

  private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt((Candidate c) -> -c.span.length())
            .thenComparingInt(c -> c.span.start()));
    // Kept spans never overlap, so only the neighbours by start can overlap a new one.
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.span.start());
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.span.start());
      boolean free =
          (before == null || !before.getValue().span.overlaps(c.span))
              && (after == null || !after.getValue().span.overlaps(c.span));
      if (free) {
        kept.put(c.span.start(), c);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * "the Russian peacekeeping contingent (RPC)": the acronym takes the definition's key and type
   * everywhere in the article. A definition in lower-case words the patterns did not find becomes
   * an organization when the initials spell the acronym.
   */
  private void resolveAcronyms(
      String text, List<Word> words, List<Candidate> candidates, ArticleNameKeys keys) {
    Map<String, Candidate> definitions = new HashMap<>();
    for (int i = 1; i + 2 < words.size(); i++) {
      Word acronym = words.get(i + 1);
      if (!words.get(i).text().equals("(")
          || !words.get(i + 2).text().equals(")")
          || !isAllCaps(acronym.text())
          || acronym.text().length() > 6) {
        continue;
      }
      int definitionEnd = words.get(i - 1).span().end();
      Candidate definition = null;
      for (Candidate c : candidates) {
        if (c.span.end() == definitionEnd) {
          definition = c;
        }
      }
      int letters = acronym.text().length();
      if (definition == null && i - letters >= 0) {
        StringBuilder initials = new StringBuilder();
        for (int w = i - letters; w < i; w++) {
          initials.append(words.get(w).text().charAt(0));
        }
        if (initials.toString().equalsIgnoreCase(acronym.text())) {
          Span span = new Span(words.get(i - letters).span().start(), definitionEnd);
          // A capitalised part of the definition ("Nordic" in "Nordic monitoring mission") gives
          // way.
          boolean free =
              candidates.stream().noneMatch(c -> c.span.overlaps(span) && !span.contains(c.span));
          if (free) {
            candidates.removeIf(c -> span.contains(c.span));
            String name = span.of(text);
            definition =
                new Candidate(
                    span,
                    name,
                    EntityType.ORGANIZATION,
                    key(name, EntityType.ORGANIZATION, keys),
                    letters);
            candidates.add(definition);
            candidates.sort(Comparator.comparing((Candidate c) -> c.span));
          }
        }
      }
      if (definition != null && !definitions.containsKey(acronym.text())) {
        definitions.put(acronym.text(), definition);
      }
    }
    for (Candidate c : candidates) {
      Candidate definition = definitions.get(c.text);
      if (definition != null && definition != c) {
        c.type = definition.type;
        c.key = definition.key;
      }
    }
  }

  /** "Putin" after (or before) "Vladimir Putin" in one article is Vladimir Putin. */
  private void resolveShortForms(List<Candidate> candidates, ArticleNameKeys keys) {
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int j = 0; j < candidates.size(); j++) {
      Candidate full = candidates.get(j);
      List<String> parts = full.wordKeys(keys);
      if (full.type == EntityType.PERSON && full.words >= 2 && !parts.isEmpty()) {
        bySurname.computeIfAbsent(parts.get(parts.size() - 1), k -> new ArrayList<>()).add(j);
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.words != 1
          || c.type == EntityType.ORGANIZATION
          || vocabulary.isPlaceKey(keys.of(c.text))
          || vocabulary.aliases.containsKey(keys.of(c.text))) {
        continue;
      }
      Candidate best = nearest(candidates, bySurname.get(keys.of(c.text)), i);
      if (best != null) {
        c.type = EntityType.PERSON;
        c.key = best.key;
      }
    }
  }

  /** The nearest candidate before {@code i}, else the first after it; null when none. */
  private static Candidate nearest(List<Candidate> candidates, List<Integer> indexes, int i) {
    if (indexes == null) {
      return null;
    }
    Integer preceding = null;
    Integer following = null;
    for (int j : indexes) {
      if (j < i) {
        preceding = j;
      } else if (following == null && j > i) {
        following = j;
      }
    }
    Integer best = preceding != null ? preceding : following;
    return best == null ? null : candidates.get(best);
  }

  /**
   * "Lendell" after "Lendell Cooperative Bank": a one-word name that starts an organization's name
   * in the article, and is never a place there, is that organization. A word the article uses as a
   * place ("Marvesta" beside "Marvesta Seismological Institute") keeps its own key.
   */
  private void resolveOrganizationShortForms(List<Candidate> candidates, ArticleNameKeys keys) {
    Set<String> places = new HashSet<>();
    Map<String, List<Integer>> byFirstWord = new HashMap<>();
    for (int j = 0; j < candidates.size(); j++) {
      Candidate c = candidates.get(j);
      if (c.type == EntityType.PLACE) {
        places.add(c.ownKey);
      }
      List<String> parts = c.wordKeys(keys);
      if (c.type == EntityType.ORGANIZATION && c.words >= 2 && !parts.isEmpty()) {
        byFirstWord.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(j);
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.words != 1
          || c.type == EntityType.PLACE
          || c.type == EntityType.ORGANIZATION
          || !c.key.equals(c.ownKey)
          || places.contains(c.ownKey)
          || isListed(c.text, keys)) {
        continue;
      }
      Candidate best = nearest(candidates, byFirstWord.get(keys.of(c.text)), i);
      if (best != null) {
        c.type = EntityType.ORGANIZATION;
        c.key = best.key;
      }
    }
  }

  private List<EntityMention> mentions(List<Candidate> candidates) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Boolean> canonical = new HashMap<>();
    for (Candidate c : candidates) {
      String name = withoutPossessive(c.text);
      boolean own = c.ownKey.equals(c.key);
      String current = names.get(c.key);
      boolean currentOwn = canonical.getOrDefault(c.key, false);
      if (current == null
          || (own && !currentOwn)
          || (own == currentOwn
              && (name.length() > current.length()
                  || (name.length() == current.length()
                      && isAllCaps(current)
                      && !isAllCaps(name))))) {
        names.put(c.key, name);
        canonical.put(c.key, own);
      }
    }
    // One entity, one type: the type most of its mentions got from a cue ("ORVEK" in a dateline
    // looks like an acronym, "in Orvek" says place). Mentions with no cue do not vote.
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.type != EntityType.OTHER) {
        votes.computeIfAbsent(c.key, k -> new LinkedHashMap<>()).merge(c.type, 1, Integer::sum);
      }
    }
    List<EntityMention> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      EntityType type = c.type;
      Map<EntityType, Integer> tally = votes.get(c.key);
      if (tally != null) {
        int best = 0;
        for (Map.Entry<EntityType, Integer> vote : tally.entrySet()) {
          if (vote.getValue() > best) {
            best = vote.getValue();
            type = vote.getKey();
          }
        }
      }
      out.add(new EntityMention(c.span, type, c.key, names.get(c.key)));
    }
    return out;
  }

  private static String withoutPossessive(String name) {
    if (name.endsWith("'s") || name.endsWith("\u2019s")) {
      return name.substring(0, name.length() - 2);
    }
    return name;
  }
}
