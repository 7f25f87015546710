package org.storylens.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.analyze.PhoneticNameKey;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Published;
import org.storylens.model.Quantity;
import org.storylens.model.Sentence;
import org.storylens.model.Span;
import org.storylens.model.TimeExpression;

/**
 * A seeded stream of any length of labelled news articles built from real analysed articles
 * (ECB+ train and dev grouped by gold event; {@code bench scale} adds each of the 85
 * article-extraction pages as an event of one article), for measuring clustering at corpus sizes
 * no labelled benchmark has. The same sources, seed and settings give the same stream, article for article.
 *
 * <p><b>Stories.</b> Story {@code k} (id {@code s0000000k}) retells one source event, chosen
 * uniformly at random. It starts at {@code k * meanStorySize / articlesPerDay} days after {@link
 * #START} (so the stream carries {@code articlesPerDay} articles a day on average, whatever its
 * length, and about {@code 5,000 / meanStorySize} stories are active at any moment) and has 1 to
 * {@code 2 * meanStorySize - 1} members, uniformly. Each story draws its own:
 *
 * <ul>
 *   <li><b>names</b>: every entity key of the source event (people, places, organisations and the
 *       analysis stage's {@code OTHER}) is replaced by a name made of three random syllables and a
 *       coda (a person gets a given name too, an organisation "Group" or "Council"), the same for
 *       all the story's members; a one-word mention of a multi-word name becomes the new name's
 *       surname (people) or first word (the rest). With 10<sup>6</sup> possible words two stories rarely share a name,
 *       so two stories retelling one event differ the way two floods in two towns do;
 *   <li><b>numbers</b>: every number of the text that is not a year is multiplied by a factor in
 *       [0.5, 2) drawn once per distinct number for the story (so the story's members agree),
 *       rounded to an integer when it was one; quantities follow;
 *   <li><b>years</b>: shifted by -3 to +3 years, in the text and in the time expressions.
 * </ul>
 *
 * <p><b>Members.</b> Member {@code j} of a story is based on one of the event's articles (the
 * event's articles in a story-seeded order, member {@code j} taking the {@code j mod size}-th),
 * its sentences in order with each dropped with probability 0.15 (never all) and each adjacent
 * pair swapped with probability 0.1, every word that is no entity, number or time dropped with
 * probability 0.05 (no synonyms: a word is kept or gone); then, while it holds fewer than {@link
 * #TARGET_WORDS} words, sentences of the event's other articles (random, each once) are appended,
 * perturbed the same way; a base article is cut after {@link #MAXIMUM_WORDS} words. Tokens are joined by single spaces, each sentence is its own paragraph.
 * The title is the base article's, names substituted. It is published 0 days (probability 0.5),
 * 1 (0.3), 2 (0.15) or 3 days (0.05) after the story's start, at a random second of the day.
 *
 * <p><b>Analysis carried over.</b> Each source is analysed once by the project's analysis stage;
 * a member's sentences, entities, time expressions and quantities are the source's, moved to
 * their place in the new text, with new names, keys ({@link PhoneticNameKey}, as the analysis
 * stage keys names), numbers and years. Quotes are not carried (clustering does not read them).
 * So a member costs what building it costs, not what analysing it costs, and the analysis it
 * carries is what analysing its text would mostly find; a caller that wants the analysis stage's
 * real cost runs it on {@code article()} again.
 *
 * <p>Articles come out in publication order (ties by id); the generator holds only the stories
 * still publishing (a few days' worth), so a stream of any length needs the same memory.
 */
public final class SyntheticNewsStream implements Iterator<SyntheticNewsStream.Labelled> {

  /** The stream's first day. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** Words a member is padded to with sentences of its event's other articles. */
  public static final int TARGET_WORDS = 600;

  /** Where a long base article is cut: a few benchmark pages run to thousands of words. */
  public static final int MAXIMUM_WORDS = 900;

  static final double SENTENCE_DROP = 0.15;
  static final double SENTENCE_SWAP = 0.10;
  static final double WORD_DROP = 0.05;
  static final double[] DAY_OFFSET_PROBABILITIES = {0.5, 0.3, 0.15, 0.05};

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final String[] ONSETS = {
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st",
    "tr", "sh"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
  private static final String[] CODAS = {"", "n", "r", "s", "k", "l", "m", "t", "v", "sk"};

  /** A generated article and the story it tells. */
  public record Labelled(AnalyzedArticle analyzed, String goldStory) {
    public Labelled {
      Objects.requireNonNull(analyzed, "analyzed");
      Objects.requireNonNull(goldStory, "goldStory");
    }
  }

  /** The analysed articles of one source event. */
  public record SourceEvent(String event, List<AnalyzedArticle> articles) {
    public SourceEvent {
      Objects.requireNonNull(event, "event");
      articles = List.copyOf(articles);
      if (articles.isEmpty()) {
        throw new IllegalArgumentException("an event needs an article: " + event);
      }
    }
  }

  /** A member not yet built: when it is published, and which of its story's members it is. */
  private record Pending(LocalDateTime published, String id, Story story, int member) {}

  private final List<SourceEvent> events;
  private final long seed;
  private final long limit;
  private final int meanStorySize;
  private final double articlesPerDay;
  private final PhoneticNameKey keys = new PhoneticNameKey();
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(
          Comparator.comparing(Pending::published).thenComparing(Pending::id));
  private long nextStory;
  private long emitted;

  /**
   * @param events the source events, in a fixed order (the seed picks among them by position)
   * @param seed names the stream
   * @param articles how many articles the stream holds
   * @param meanStorySize the mean number of members of a story
   * @param articlesPerDay how many articles a day the stream carries on average
   */
  public SyntheticNewsStream(
      List<SourceEvent> events, long seed, long articles, int meanStorySize,
      double articlesPerDay) {
    this.events = List.copyOf(events);
    if (this.events.isEmpty()) {
      throw new IllegalArgumentException("no source events");
    }
    if (articles < 0 || meanStorySize < 1 || !(articlesPerDay > 0)) {
      throw new IllegalArgumentException("articles, story size and rate must be positive");
    }
    this.seed = seed;
    this.limit = articles;
    this.meanStorySize = meanStorySize;
    this.articlesPerDay = articlesPerDay;
  }

  /** The ECB+ events of a stream: a labelled split's articles grouped by gold event. */
  public static List<SourceEvent> events(List<LabelledStream> splits) {
    Map<String, List<AnalyzedArticle>> byEvent = new LinkedHashMap<>();
    for (LabelledStream split : splits) {
      for (AnalyzedArticle article : split.articles()) {
        String event = split.gold().get(article.article().id());
        byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(article);
      }
    }
    List<SourceEvent> events = new ArrayList<>();
    byEvent.forEach((event, articles) -> events.add(new SourceEvent(event, articles)));
    return events;
  }

  @Override
  public boolean hasNext() {
    return emitted < limit;
  }

  @Override
  public Labelled next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    // Every member of a story not yet started is published at or after that story's start, so
    // the earliest pending member is next once no unstarted story starts before it.
    while (pending.isEmpty() || !startOf(nextStory).isAfter(pending.peek().published())) {
      startStory(nextStory++);
    }
    Pending next = pending.poll();
    emitted++;
    return new Labelled(next.story().member(next.member(), next.id(), next.published()),
        next.story().id);
  }

  private LocalDateTime startOf(long story) {
    double days = story * (double) meanStorySize / articlesPerDay;
    long seconds = (long) Math.floor(days * 86_400);
    return START.atStartOfDay().plusSeconds(seconds);
  }

  private void startStory(long number) {
    SplittableRandom random = new SplittableRandom(mix(seed) ^ mix(number + 0x632be59bd9b4e019L));
    SourceEvent event = events.get(random.nextInt(events.size()));
    Story story = new Story(String.format(Locale.ROOT, "s%09d", number), event, random);
    int size = 1 + random.nextInt(2 * meanStorySize - 1);
    LocalDateTime start = startOf(number);
    for (int member = 0; member < size; member++) {
      int days = dayOffset(random.nextDouble());
      LocalDateTime published =
          start.toLocalDate().plusDays(days).atStartOfDay().plusSeconds(random.nextInt(86_400));
      if (published.isBefore(start)) {
        published = start;
      }
      pending.add(
          new Pending(
              published, story.id + String.format(Locale.ROOT, "-%02d", member), story, member));
    }
  }

  private static int dayOffset(double draw) {
    double sum = 0;
    for (int days = 0; days < DAY_OFFSET_PROBABILITIES.length; days++) {
      sum += DAY_OFFSET_PROBABILITIES[days];
      if (draw < sum) {
        return days;
      }
    }
    return DAY_OFFSET_PROBABILITIES.length - 1;
  }

  /** The SplitMix64 finaliser, to spread seeds and story numbers. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** One generated story: its event, the order of its base articles and its substitutions. */
  private final class Story {
    final String id;
    final SourceEvent event;
    final long storySeed;
    final int[] baseOrder;
    final int yearShift;
    /** Source entity key → the story's name for it. */
    final Map<String, String> names = new HashMap<>();
    /** Source number text → the story's number. */
    final Map<String, String> numbers = new HashMap<>();

    Story(String id, SourceEvent event, SplittableRandom random) {
      this.id = id;
      this.event = event;
      this.storySeed = random.nextLong();
      this.yearShift = random.nextInt(7) - 3;
      int size = event.articles().size();
      baseOrder = new int[size];
      for (int i = 0; i < size; i++) {
        baseOrder[i] = i;
      }
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = baseOrder[i];
        baseOrder[i] = baseOrder[j];
        baseOrder[j] = swap;
      }
    }

    AnalyzedArticle member(int member, String articleId, LocalDateTime published) {
      SplittableRandom random = new SplittableRandom(storySeed ^ mix(member + 1L));
      AnalyzedArticle base = event.articles().get(baseOrder[member % baseOrder.length]);
      TextBuilder text = new TextBuilder(this, random);
      List<Sentence> sentences = base.sentences();
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (random.nextDouble() >= SENTENCE_DROP) {
          kept.add(i);
        }
      }
      if (kept.isEmpty() && !sentences.isEmpty()) {
        kept.add(0);
      }
      for (int i = 0; i + 1 < kept.size(); i++) {
        if (random.nextDouble() < SENTENCE_SWAP) {
          int swap = kept.get(i);
          kept.set(i, kept.get(i + 1));
          kept.set(i + 1, swap);
          i++;
        }
      }
      for (int i : kept) {
        if (text.words >= MAXIMUM_WORDS) {
          break;
        }
        text.sentence(base, sentences.get(i));
      }
      List<AnalyzedArticle> others = new ArrayList<>(event.articles());
      others.remove(base);
      while (text.words < TARGET_WORDS && !others.isEmpty()) {
        AnalyzedArticle other = others.remove(random.nextInt(others.size()));
        for (Sentence sentence : other.sentences()) {
          if (text.words >= TARGET_WORDS) {
            break;
          }
          if (!sentence.heading() && random.nextDouble() >= SENTENCE_DROP) {
            text.sentence(other, sentence);
          }
        }
      }
      Article source = base.article();
      String body = text.text.toString();
      Article article =
          new Article(
              articleId,
              "synthetic:" + articleId,
              source.title().map(title -> substituteNames(base, title)),
              source.outlet(),
              Optional.empty(),
              Optional.of(Published.stated(published)),
              Optional.empty(),
              Optional.of("en"),
              Optional.empty(),
              Optional.empty(),
              body,
              List.of(),
              List.of());
      return new AnalyzedArticle(
          article, text.sentences, text.entities, text.times, text.quantities, List.of());
    }

    /** The story's name for a source entity, drawn the first time the story meets it. */
    String nameFor(EntityMention mention) {
      return names.computeIfAbsent(
          mention.key(),
          key -> {
            SplittableRandom random = new SplittableRandom(storySeed ^ mix(key.hashCode()));
            String surname = word(random);
            return switch (mention.type()) {
              case PERSON -> word(random) + " " + surname;
              case ORGANIZATION -> surname + " " + (random.nextBoolean() ? "Group" : "Council");
              default -> surname;
            };
          });
    }

    String numberFor(String number) {
      return numbers.computeIfAbsent(
          number,
          text -> {
            SplittableRandom random = new SplittableRandom(storySeed ^ mix(text.hashCode() + 7L));
            double factor = 0.5 + 1.5 * random.nextDouble();
            String plain = text.replace(",", "");
            try {
              double value = Double.parseDouble(plain) * factor;
              return plain.contains(".")
                  ? String.format(Locale.ROOT, "%.1f", value)
                  : Long.toString(Math.max(1, Math.round(value)));
            } catch (NumberFormatException e) {
              return text;
            }
          });
    }

    /** The title with the source article's names replaced by the story's. */
    String substituteNames(AnalyzedArticle base, String title) {
      String result = title;
      for (EntityMention mention : base.entities()) {
        String name = nameFor(mention);
        String original = base.text(mention.span());
        result = replaceWord(result, original, name);
        String[] originalWords = original.split("\\s+");
        String[] newWords = name.split("\\s+");
        if (originalWords.length > 1 && newWords.length > 1) {
          result =
              replaceWord(
                  result, originalWords[originalWords.length - 1],
                  shortForm(name, mention.type()));
        }
      }
      return result;
    }
  }

  private static String replaceWord(String text, String word, String replacement) {
    if (word.isBlank()) {
      return text;
    }
    Matcher matcher =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    return matcher.replaceAll(Matcher.quoteReplacement(replacement));
  }

  /** A person's surname ("Williams"), a body's or place's first word ("Krokishus" Council). */
  private static String shortForm(String full, EntityType type) {
    return type == EntityType.PERSON
        ? full.substring(full.lastIndexOf(' ') + 1)
        : full.substring(0, full.indexOf(' '));
  }

  /** A capitalised word of three syllables and a coda: 8,000,000 possible words. */
  private static String word(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    word.append(CODAS[random.nextInt(CODAS.length)]);
    word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    return word.toString();
  }

  /** Builds a member's text token by token, moving the source's analysis along. */
  private final class TextBuilder {
    final Story story;
    final SplittableRandom random;
    final StringBuilder text = new StringBuilder();
    final List<Sentence> sentences = new ArrayList<>();
    final List<EntityMention> entities = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    int words;

    TextBuilder(Story story, SplittableRandom random) {
      this.story = story;
      this.random = random;
    }

    void sentence(AnalyzedArticle source, Sentence sentence) {
      if (!sentences.isEmpty()) {
        text.append("\n\n");
      }
      int sentenceStart = text.length();
      List<Span> tokens = new ArrayList<>();
      String sourceText = source.article().text();
      List<EntityMention> sourceEntities = inside(source.entities(), sentence.span(),
          EntityMention::span);
      List<TimeExpression> sourceTimes = inside(source.times(), sentence.span(),
          TimeExpression::span);
      List<Quantity> sourceQuantities = inside(source.quantities(), sentence.span(),
          Quantity::span);
      int openTimeStart = -1;
      TimeExpression openTime = null;
      int openQuantityStart = -1;
      Quantity openQuantity = null;
      String quantityNumber = null;
      for (Span token : sentence.tokens()) {
        EntityMention entity = covering(sourceEntities, token, EntityMention::span);
        if (entity != null) {
          if (entity != lastEntity) {
            emitEntity(source, entity, tokens);
          }
          continue;
        }
        TimeExpression time = covering(sourceTimes, token, TimeExpression::span);
        Quantity quantity = covering(sourceQuantities, token, Quantity::span);
        if (openTime != null && time != openTime) {
          closeTime(openTime, openTimeStart);
          openTime = null;
        }
        if (openQuantity != null && quantity != openQuantity) {
          closeQuantity(openQuantity, openQuantityStart, quantityNumber);
          openQuantity = null;
        }
        String word = token.of(sourceText);
        boolean number = NUMBER.matcher(word).matches();
        if (time == null && quantity == null && !number && random.nextDouble() < WORD_DROP) {
          continue;
        }
        if (time != null && openTime == null) {
          openTime = time;
          openTimeStart = separatedStart();
        }
        if (quantity != null && openQuantity == null) {
          openQuantity = quantity;
          openQuantityStart = separatedStart();
          quantityNumber = null;
        }
        if (number) {
          word = isYear(word) ? Integer.toString(Integer.parseInt(word) + story.yearShift)
              : time != null ? word : story.numberFor(word);
          if (quantity != null && quantityNumber == null) {
            quantityNumber = word;
          }
        }
        int start = separatedStart();
        text.append(word);
        tokens.add(new Span(start, text.length()));
        words++;
      }
      if (openTime != null) {
        closeTime(openTime, openTimeStart);
      }
      if (openQuantity != null) {
        closeQuantity(openQuantity, openQuantityStart, quantityNumber);
      }
      if (tokens.isEmpty()) {
        if (!sentences.isEmpty()) {
          text.setLength(sentenceStart - 2);
        }
        return;
      }
      sentences.add(
          new Sentence(new Span(sentenceStart, text.length()), sentences.size(),
              sentence.heading(), tokens));
    }

    /** The mention whose new name was last written: its further source tokens are skipped. */
    private EntityMention lastEntity;

    private void emitEntity(AnalyzedArticle source, EntityMention entity, List<Span> tokens) {
      lastEntity = entity;
      // Every type is renamed, OTHER too: the analysis stage files many places and bodies there
      // ("Mount Cook National Park"), and a name two stories share is what makes them one.
      String original = source.text(entity.span());
      String full = story.nameFor(entity);
      boolean shortForm = original.split("\\s+").length == 1 && full.contains(" ");
      String name = shortForm ? shortForm(full, entity.type()) : full;
      String fullKey = keys.of(full);
      String key = fullKey.isBlank() ? full.toLowerCase(Locale.ROOT) : fullKey;
      int start = separatedStart();
      for (String part : name.split(" ")) {
        int partStart = separatedStart();
        text.append(part);
        tokens.add(new Span(partStart, text.length()));
        words++;
      }
      entities.add(new EntityMention(new Span(start, text.length()), entity.type(), key, name));
    }

    private void closeTime(TimeExpression time, int start) {
      if (text.length() > start) {
        times.add(
            new TimeExpression(
                new Span(start, text.length()),
                time.start().plusYears(story.yearShift),
                time.end().plusYears(story.yearShift),
                time.precision(),
                time.relative()));
      }
    }

    private void closeQuantity(Quantity quantity, int start, String number) {
      if (text.length() <= start) {
        return;
      }
      double value = quantity.value();
      if (number != null) {
        try {
          value = Double.parseDouble(number.replace(",", ""));
        } catch (NumberFormatException e) {
          value = quantity.value();
        }
      }
      quantities.add(
          new Quantity(new Span(start, text.length()), value, quantity.unit(),
              quantity.approximate()));
    }

    /** Where the next token starts, after a space unless it starts the text or a paragraph. */
    private int separatedStart() {
      int length = text.length();
      if (length > 0 && text.charAt(length - 1) != '\n' && text.charAt(length - 1) != ' ') {
        text.append(' ');
      }
      return text.length();
    }
  }

  private static boolean isYear(String word) {
    if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int value = Integer.parseInt(word);
    return value >= 1900 && value <= 2100;
  }

  private static <T> List<T> inside(
      List<T> items, Span sentence, java.util.function.Function<T, Span> span) {
    List<T> inside = new ArrayList<>();
    for (T item : items) {
      if (sentence.contains(span.apply(item))) {
        inside.add(item);
      }
    }
    return inside;
  }

  private static <T> T covering(
      List<T> items, Span token, java.util.function.Function<T, Span> span) {
    for (T item : items) {
      if (span.apply(item).contains(token)) {
        return item;
      }
    }
    return null;
  }
}
