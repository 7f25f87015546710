package org.storylens.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What comparison (stage 5) says of a story: the story object of report schema 1 in {@code
 * DESIGN.md}, as far as it is filled today. Conflicts, variants, quotes, framing and primary
 * sources come with the next parts of the comparison stage; until then the renderers write them as
 * empty lists.
 *
 * @param id the story's id
 * @param title a headline for the story
 * @param articles the member article ids, in time order
 * @param facts the claims the articles make, aligned across articles, most widely stated first; a
 *     fact with one source is one of the story's unique facts
 * @param derivations who is based on whom
 * @param entities the named entities the articles mention, most widely named first
 * @param timeline dated events, earliest first
 */
public record StoryReport(
    String id,
    String title,
    List<String> articles,
    List<Fact> facts,
    List<DerivationLink> derivations,
    List<Entity> entities,
    List<TimelineEvent> timeline)
    implements Serializable {

  public StoryReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    facts = List.copyOf(facts);
    derivations = List.copyOf(derivations);
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
