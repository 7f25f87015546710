package org.storylens.cluster;

/**
 * The measurements that decide whether an article reports the event of a candidate story, each
 * from 0 to 1. {@link StoryScorer} measures them; a {@link LinkingModel} learnt on labelled streams
 * weighs them. A measurement that needs something one side lacks (dates, years, quantities) is 0
 * and its {@code HAS_} or {@code DATED} companion says so, so the model learns what absence means
 * instead of reading it as disagreement.
 */
public enum LinkFeature {
  /** TF-IDF cosine between the article and the story centroid. */
  TEXT,
  /** The highest TF-IDF cosine between the article and one of the story's recent members. */
  MEMBER,
  /** IDF-weighted overlap of the article's title terms with the story members' titles. */
  TITLE,
  /** IDF-weighted cosine between the article's entity keys and the story's. */
  ENTITY,
  /** Share (IDF-weighted) of the entities the article is about that the story is about too. */
  SALIENT_IN_STORY,
  /** Share (IDF- and member-weighted) of the entities the story is about the article is about. */
  STORY_SALIENT_IN_ARTICLE,
  /**
   * Share of the article's salience (strength times IDF) on entities the story never mentions: an
   * article mostly about someone the story has never named reports something else.
   */
  NOVEL_SALIENCE,
  /** The entity the article is most about is one the story is about. */
  TOP_IN_STORY,
  /** The entity the story is most about (most members about it) is one the article is about. */
  STORY_TOP_IN_ARTICLE,
  /** Share (IDF-weighted) of the entities the article's title names that members' titles name. */
  TITLE_KEYS_IN_STORY,
  /** Share (IDF- and member-weighted) of the entities members' titles name the article names. */
  STORY_TITLE_KEYS_IN_ARTICLE,
  /** Both sides name entities in titles. */
  HAS_TITLE_KEYS,
  /**
   * {@link #TEXT} minus the highest {@code TEXT} among the other candidates (0 when there is
   * none), so the model can trust a low cosine that is clearly the best one.
   */
  TEXT_LEAD,
  /** Both sides are about named entities. */
  HAS_SALIENT,
  /** Time proximity {@code exp(-days / timeScaleDays)} between the article and the story. */
  TIME,
  /** Both sides are dated. */
  DATED,
  /** Share of the years the article's dates fall in that the story's dates fall in too. */
  YEARS,
  /** Both sides state dates. */
  HAS_YEARS,
  /** Share of the quantities of the side stating fewer that the other states too. */
  QUANTITIES,
  /** Both sides state quantities. */
  HAS_QUANTITIES,
  /** {@code exp(-distinct terms / 40)}: near 1 for a headline-only item, near 0 for a report. */
  SHORTNESS,
  /** {@link #TEXT} times {@link #SHORTNESS}: a short text's cosine means more than a long one's. */
  TEXT_IF_SHORT
}
