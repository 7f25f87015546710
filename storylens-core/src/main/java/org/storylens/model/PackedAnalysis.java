package org.storylens.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An analysed article kept for later: the article as it is, its analysis (sentences, tokens,
 * entities, time expressions, quantities, quotes) packed into one byte array, and {@link #unpack}
 * giving back an equal {@link AnalyzedArticle}.
 *
 * <p>Why? A service keeps every article it stored, and an analysis is some 460 small objects
 * (spans, mentions, their strings, dates): a third of a million objects a second for a collector
 * to copy out of the young generation at a hundred articles a second, and two thirds of a large
 * library's objects to mark. What needs the analysis again, a story's report, needs it seldom
 * and unpacks it in microseconds. Offsets are written as differences from the previous one, as
 * variable-length integers; the strings once each. A form to keep in memory, not to exchange: it
 * is read only by the code that wrote it.
 */
public final class PackedAnalysis {

  private static final EntityType[] TYPES = EntityType.values();
  private static final TimeExpression.Precision[] PRECISIONS = TimeExpression.Precision.values();
  private static final Quote.Kind[] KINDS = Quote.Kind.values();

  private final Article article;
  private final byte[] analysis;

  private PackedAnalysis(Article article, byte[] analysis) {
    this.article = article;
    this.analysis = analysis;
  }

  /** The article and its analysis, packed. */
  public static PackedAnalysis of(AnalyzedArticle analysed) {
    Writer out = new Writer();
    Map<String, Integer> strings = new HashMap<>();
    List<String> table = new ArrayList<>();
    for (EntityMention entity : analysed.entities()) {
      intern(entity.key(), strings, table);
      intern(entity.name(), strings, table);
    }
    analysed.quantities().forEach(q -> intern(q.unit(), strings, table));
    analysed.quotes().forEach(q -> q.speakerKey().ifPresent(k -> intern(k, strings, table)));
    out.number(table.size());
    for (String s : table) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.number(utf8.length);
      out.bytes(utf8);
    }

    out.list(analysed.sentences(), Sentence::span, sentence -> {
      out.number(sentence.paragraph());
      out.number(sentence.heading() ? 1 : 0);
      SpanList tokens = (SpanList) sentence.tokens(); // a sentence packs its tokens so
      out.number(tokens.size());
      int token = sentence.span().start();
      for (int i = 0; i < tokens.size(); i++) {
        out.signed(tokens.start(i) - token);
        out.number(tokens.end(i) - tokens.start(i));
        token = tokens.start(i);
      }
    });
    out.list(analysed.entities(), EntityMention::span, entity -> {
      out.number(entity.type().ordinal());
      out.number(strings.get(entity.key()));
      out.number(strings.get(entity.name()));
    });
    out.list(analysed.times(), TimeExpression::span, time -> {
      out.signed(time.start().toEpochDay());
      out.signed(time.end().toEpochDay() - time.start().toEpochDay());
      out.number(time.precision().ordinal());
      out.number(time.relative() ? 1 : 0);
    });
    out.list(analysed.quantities(), Quantity::span, quantity -> {
      // reversed, the bits of a round number (sign, exponent, first digits) fit a byte or two
      out.bits(Long.reverse(Double.doubleToRawLongBits(quantity.value())));
      out.number(strings.get(quantity.unit()));
      out.number(quantity.approximate() ? 1 : 0);
    });
    out.list(analysed.quotes(), Quote::span, quote -> {
      out.number(quote.kind().ordinal());
      out.number((quote.speaker().isPresent() ? 1 : 0) | (quote.speakerKey().isPresent() ? 2 : 0));
      if (quote.speaker().isPresent()) {
        out.span(quote.speaker().get(), quote.span().start());
      }
      if (quote.speakerKey().isPresent()) {
        out.number(strings.get(quote.speakerKey().get()));
      }
    });
    return new PackedAnalysis(analysed.article(), out.toArray());
  }

  private static void intern(String s, Map<String, Integer> strings, List<String> table) {
    if (strings.putIfAbsent(s, table.size()) == null) {
      table.add(s);
    }
  }

  /** The article, without unpacking anything. */
  public Article article() {
    return article;
  }

  /** How many bytes the analysis takes packed. */
  public int packedBytes() {
    return analysis.length;
  }

  /** The analysed article, equal to the one packed. */
  public AnalyzedArticle unpack() {
    Reader in = new Reader(analysis);
    String[] table = new String[in.count()];
    for (int i = 0; i < table.length; i++) {
      table[i] = in.string();
    }
    List<Sentence> sentences = in.list(span -> {
      int paragraph = in.number();
      boolean heading = in.flag();
      int count = in.count();
      List<Span> tokens = new ArrayList<>(count);
      int token = span.start();
      for (int i = 0; i < count; i++) {
        Span t = in.span(token);
        tokens.add(t);
        token = t.start();
      }
      return new Sentence(span, paragraph, heading, tokens);
    });
    List<EntityMention> entities =
        in.list(span -> new EntityMention(span, in.choice(TYPES), in.choice(table), in.choice(table)));
    List<TimeExpression> times = in.list(span -> {
      long start = in.signed();
      long end = start + in.signed();
      return new TimeExpression(
          span, LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end), in.choice(PRECISIONS), in.flag());
    });
    List<Quantity> quantities = in.list(span -> {
      double value = Double.longBitsToDouble(Long.reverse(in.bits()));
      return new Quantity(span, value, in.choice(table), in.flag());
    });
    List<Quote> quotes = in.list(span -> {
      Quote.Kind kind = in.choice(KINDS);
      int present = in.number();
      Optional<Span> speaker = (present & 1) != 0 ? Optional.of(in.span(span.start())) : Optional.empty();
      Optional<String> key = (present & 2) != 0 ? Optional.of(in.choice(table)) : Optional.empty();
      return new Quote(span, kind, speaker, key);
    });
    if (!in.atEnd()) {
      throw new IllegalStateException("a packed analysis of " + article.id() + " has bytes left over");
    }
    return new AnalyzedArticle(article, sentences, entities, times, quantities, quotes);
  }

  /** Variable-length integers (seven bits a byte, low first), zig-zag for signed ones. */
  private static final class Writer {
    private byte[] bytes = new byte[1024];
    private int size;

    void number(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("not a count: " + value);
      }
      varint(value);
    }

    void signed(long value) {
      varint((value << 1) ^ (value >> 63));
    }

    /** Any 64 bits, unsigned. */
    void bits(long value) {
      varint(value);
    }

    /** A span as its start's distance from {@code from} and its length; gives its start. */
    int span(Span span, int from) {
      signed((long) span.start() - from);
      number(span.length());
      return span.start();
    }

    /**
     * The items' count, then each item's span (its start as the distance from the previous
     * item's) followed by what {@code rest} writes of it.
     */
    <T> void list(List<T> items, Function<T, Span> span, Consumer<T> rest) {
      number(items.size());
      int previous = 0;
      for (T item : items) {
        previous = span(span.apply(item), previous);
        rest.accept(item);
      }
    }

    void bytes(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    private void varint(long value) {
      room(10);
      while ((value & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }

  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    private long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at >= bytes.length) {
          throw new IllegalStateException("a packed analysis ends inside a number");
        }
        byte b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalStateException("a packed analysis holds a number of more than ten bytes");
    }

    /** What {@link Writer#list} wrote: each item made by {@code item} from its span. */
    <T> List<T> list(Function<Span, T> item) {
      int count = count();
      List<T> items = new ArrayList<>(count);
      int previous = 0;
      for (int i = 0; i < count; i++) {
        Span span = span(previous);
        previous = span.start();
        items.add(item.apply(span));
      }
      return items;
    }

    long bits() {
      return varint();
    }

    long signed() {
      long value = varint();
      return (value >>> 1) ^ -(value & 1);
    }

    int number() {
      long value = varint();
      if (value < 0 || value > Integer.MAX_VALUE) {
        throw new IllegalStateException("a packed analysis holds a number out of range: " + value);
      }
      return (int) value;
    }

    /** A count of items still to read: each takes at least a byte, so it cannot exceed what is left. */
    int count() {
      int count = number();
      if (count > bytes.length - at) {
        throw new IllegalStateException("a packed analysis counts " + count + " items in " + (bytes.length - at) + " bytes");
      }
      return count;
    }

    boolean flag() {
      return number() != 0;
    }

    Span span(int from) {
      long start = from + signed();
      long end = start + number();
      if (start < 0 || end > Integer.MAX_VALUE) {
        throw new IllegalStateException("a packed analysis holds a span out of range");
      }
      return new Span((int) start, (int) end);
    }

    <T> T choice(T[] values) {
      int index = number();
      if (index >= values.length) {
        throw new IllegalStateException("a packed analysis names item " + index + " of " + values.length);
      }
      return values[index];
    }

    String string() {
      int length = count();
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    boolean atEnd() {
      return at == bytes.length;
    }
  }
}
