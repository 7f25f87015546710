package org.storylens;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;
import org.storylens.model.Story;

/** The orders a batch report relies on: articles into clustering, stories into the report. */
final class StoryOrder {
  private StoryOrder() {}

  /**
   * Articles in the order they reached the news: by publication date and time (a date without a
   * time counts as the start of its day), ties and dates alike in input order; undated articles
   * last, in input order. Online clustering assumes time order, and a folder's name order is not
   * it.
   */
  static List<AnalyzedArticle> inTimeOrder(List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> sorted = new ArrayList<>(articles);
    // List.sort is stable: equal keys keep input order.
    sorted.sort(
        Comparator.comparing(
            (AnalyzedArticle a) -> moment(a.article()),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  private static LocalDateTime moment(Article article) {
    return article
        .published()
        .map((Published p) -> p.date().atTime(p.time().orElse(LocalTime.MIDNIGHT)))
        .orElse(null);
  }

  /**
   * Stories as a reader wants them: covered by the most outlets first (an article without an
   * outlet counts as one of its own), then the most articles, then the earliest (undated stories
   * after dated ones), then in clustering order.
   */
  static List<Story> forReport(List<Story> stories) {
    List<Story> sorted = new ArrayList<>(stories);
    sorted.sort(
        Comparator.comparingInt((Story s) -> -outlets(s))
            .thenComparingInt(s -> -s.articles().size())
            .thenComparing(StoryOrder::earliest, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  private static int outlets(Story story) {
    Set<String> outlets = new HashSet<>();
    int unnamed = 0;
    for (AnalyzedArticle a : story.articles()) {
      Optional<String> outlet = a.article().outlet();
      if (outlet.isPresent()) {
        outlets.add(outlet.get());
      } else {
        unnamed++;
      }
    }
    return outlets.size() + unnamed;
  }

  private static LocalDate earliest(Story story) {
    return story.articles().stream()
        .flatMap(a -> a.article().published().stream())
        .map(Published::date)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }
}
