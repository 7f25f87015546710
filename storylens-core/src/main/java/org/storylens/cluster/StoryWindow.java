package org.storylens.cluster;

/**
 * How long a story stays active: until {@code articles} articles pass without it gaining a member,
 * or, when dated, until the stream's latest date is more than {@code days} past its latest member.
 * The window bounds the memory of a stream, whatever its length.
 */
public record StoryWindow(int articles, int days) {

  public StoryWindow {
    if (articles < 1 || days < 1) {
      throw new IllegalArgumentException("a window must be positive: " + articles + ", " + days);
    }
  }

  public static StoryWindow of(ClusteringConfig config) {
    return new StoryWindow(config.windowArticles(), config.windowDays());
  }
}
