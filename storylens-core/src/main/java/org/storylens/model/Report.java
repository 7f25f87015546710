package org.storylens.model;

import java.io.Serializable;
import java.util.List;

/**
 * A whole run's report, report schema 1 of {@code DESIGN.md}: the articles read, the inputs
 * skipped, and the stories found.
 *
 * @param articles every article extracted, in input order
 * @param skipped every input that gave no article, in input order
 * @param stories the stories, biggest first (see {@code StoryPipeline#report})
 */
public record Report(List<Article> articles, List<Skipped> skipped, List<StoryReport> stories)
    implements Serializable {

  /** The version of the JSON schema the renderers write. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    stories = List.copyOf(stories);
  }
}
