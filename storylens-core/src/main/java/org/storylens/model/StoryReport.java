package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What comparison (stage 5) says of a story: the story object of report schema 1 in {@code
 * DESIGN.md}.
 *
 * @param id the story's id
 * @param title a headline for the story
 * @param articles the member article ids, in time order
 * @param facts the claims the articles make, aligned across articles, most widely stated first; a
 *     fact with one source is one of the story's unique facts
 * @param conflicts where articles give different values for one thing, most widely involved first
 * @param variants one thing rendered in different words or spellings by different articles
 * @param quotes what people are quoted as saying, matched across articles
 * @param framing per article, the terms that set its telling apart from the others'
 * @param derivations who is based on whom
 * @param primarySources the speakers or statements that most articles quote
 * @param entities the named entities the articles mention, most widely named first
 * @param timeline dated events, earliest first
 */
public record StoryReport(
    String id,
    String title,
    List<String> articles,
    List<Fact> facts,
    List<Conflict> conflicts,
    List<Variant> variants,
    List<Quote> quotes,
    List<Framing> framing,
    List<DerivationLink> derivations,
    List<PrimarySource> primarySources,
    List<Entity> entities,
    List<TimelineEvent> timeline)
    implements Serializable {

  public StoryReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
    variants = List.copyOf(variants);
    quotes = List.copyOf(quotes);
    framing = List.copyOf(framing);
    derivations = List.copyOf(derivations);
    primarySources = List.copyOf(primarySources);
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
  }

  /**
   * One claim and every article that makes it.
   *
   * @param text the claim in the words of one of its articles (the one closest to all the others)
   * @param sources the ids of the articles that make it, in the story's order
   * @param evidence each source's own words for it, in the same order
   */
  public record Fact(String text, List<String> sources, List<Evidence> evidence)
      implements Serializable {
    public Fact {
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
      evidence = List.copyOf(evidence);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("a fact needs at least one source");
      }
      if (evidence.size() != sources.size()) {
        throw new IllegalArgumentException("one piece of evidence per source");
      }
    }

    /** Stated by one article only. */
    public boolean unique() {
      return sources.size() == 1;
    }
  }

  /**
   * What one article says that makes a fact.
   *
   * @param article the article's id
   * @param sentence the article's own words: its sentence, or the clause of it that makes the claim
   */
  public record Evidence(String article, String sentence) implements Serializable {
    public Evidence {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /**
   * One thing the articles state with different values: a number (a death toll, a magnitude), the
   * date of one event, a name or title, a place, or the kind of event (a meeting or a phone call).
   *
   * @param about what the values are of, in a few words
   * @param kind a contradiction, or an update: a value that moves with the time of writing
   * @param claims each article's value and sentence, in publication order
   */
  public record Conflict(String about, ConflictKind kind, List<ConflictClaim> claims)
      implements Serializable {
    public Conflict {
      Objects.requireNonNull(about, "about");
      Objects.requireNonNull(kind, "kind");
      claims = List.copyOf(claims);
      if (claims.size() < 2) {
        throw new IllegalArgumentException("a conflict needs two claims");
      }
    }
  }

  /** Whether differing values contradict each other or follow the time of writing. */
  public enum ConflictKind {
    /** The articles disagree. */
    CONTRADICTION,
    /** A count that moves one way with publication time, as a toll rising over a day. */
    UPDATE;

    /** The name used in report JSON. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One article's side of a conflict.
   *
   * @param article the article's id
   * @param value the value as the article writes it ("at least 41", "March 13", "met")
   * @param sentence the article's sentence (or clause) that gives it
   */
  public record ConflictClaim(String article, String value, String sentence)
      implements Serializable {
    public ConflictClaim {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /**
   * One thing rendered differently: two spellings of a name, two translations of one statement,
   * one quote given whole and paraphrased.
   *
   * @param about what the forms are of
   * @param forms each article's form, in the story's order; at least two distinct texts
   */
  public record Variant(String about, List<Form> forms) implements Serializable {
    public Variant {
      Objects.requireNonNull(about, "about");
      forms = List.copyOf(forms);
      if (forms.size() < 2) {
        throw new IllegalArgumentException("a variant needs two forms");
      }
    }
  }

  /**
   * One article's words for something several articles give.
   *
   * @param article the article's id
   * @param text the article's own words
   */
  public record Form(String article, String text) implements Serializable {
    public Form {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * What someone is quoted as saying, matched across the articles that quote it.
   *
   * @param speaker who says it, as the articles name them
   * @param text the words, as the article closest to all the others gives them
   * @param articles the ids of the articles that quote it, in the story's order
   * @param forms each quoting article's own words for it, in the same order
   */
  public record Quote(String speaker, String text, List<String> articles, List<Form> forms)
      implements Serializable {
    public Quote {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(text, "text");
      articles = List.copyOf(articles);
      forms = List.copyOf(forms);
      if (articles.isEmpty()) {
        throw new IllegalArgumentException("a quote needs an article");
      }
    }
  }

  /**
   * How one article frames the story: the words it chooses where the others choose differently.
   *
   * @param article the article's id
   * @param terms its distinctive and loaded terms and name choices, strongest first
   */
  public record Framing(String article, List<FramingTerm> terms) implements Serializable {
    public Framing {
      Objects.requireNonNull(article, "article");
      terms = List.copyOf(terms);
    }
  }

  /**
   * One framing term of an article.
   *
   * @param term the term as the article writes it
   * @param sentence the article's sentence that uses it
   * @param kind why it is reported: it sets the article apart statistically, it is a loaded term
   *     of the lexicon, or it is the article's choice among names for one thing
   * @param score how strongly: the z-score of the log-odds ratio for distinctive terms, the
   *     lexicon's weight for loaded ones, 0 for name choices
   */
  public record FramingTerm(String term, String sentence, FramingKind kind, double score)
      implements Serializable {
    public FramingTerm {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Why a framing term is reported. */
  public enum FramingKind {
    /** Used by this article far more than by the others (log-odds with a Dirichlet prior). */
    DISTINCTIVE,
    /** A loaded term of the lexicon (evaluative, euphemistic or partisan wording). */
    LOADED,
    /** The article's choice among names for one thing (Kyiv or Kiev). */
    NAME;

    /** The name used in report JSON. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A speaker or statement most of the story's articles quote.
   *
   * @param name who or what, as the articles name it
   * @param quotedBy the ids of the articles that quote it, in the story's order
   */
  public record PrimarySource(String name, List<String> quotedBy) implements Serializable {
    public PrimarySource {
      Objects.requireNonNull(name, "name");
      quotedBy = List.copyOf(quotedBy);
    }
  }

  /**
   * One named entity across a story's articles: the mentions that share a canonical key.
   *
   * @param name how the articles name it (the most frequent full form)
   * @param type person, place, organization or other
   * @param aliases the other forms the articles use, in order of first use
   * @param articles the ids of the articles that mention it, in the story's order
   */
  public record Entity(String name, EntityType type, List<String> aliases, List<String> articles)
      implements Serializable {
    public Entity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(aliases);
      articles = List.copyOf(articles);
    }
  }

  /**
   * A dated event of the timeline.
   *
   * @param date the date as precisely as it is known: {@code 2025-03-04}, {@code 2025-03}, {@code
   *     2025}
   * @param precision day, month or year
   * @param event the sentence the date was found in
   * @param sources the ids of the articles with that sentence and date
   */
  public record TimelineEvent(
      String date, TimeExpression.Precision precision, String event, List<String> sources)
      implements Serializable {
    public TimelineEvent {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(precision, "precision");
      Objects.requireNonNull(event, "event");
      sources = List.copyOf(sources);
    }
  }
}
