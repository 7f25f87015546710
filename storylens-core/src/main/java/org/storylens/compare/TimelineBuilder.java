package org.storylens.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Sentence;
import org.storylens.model.StoryReport;
import org.storylens.model.TimeExpression;
import org.storylens.model.TimeExpression.Precision;

/**
 * A story's timeline: every time expression known to the day, month or year, with the sentence it
 * sits in as the event. Weeks, seasons and decades are left out: too vague to place.
 *
 * <p>Entries with the same date and the same sentence are one entry with several sources (a copied
 * sentence, a repeated date); telling that two different sentences report one event needs the
 * paraphrase alignment of the comparison stage, which is not here yet. Earliest first; on the same
 * first day, the vaguer date first, then in story order.
 */
public final class TimelineBuilder {

  private static final Set<Precision> PLACED = EnumSet.of(Precision.DAY, Precision.MONTH, Precision.YEAR);

  public List<StoryReport.TimelineEvent> timeline(List<AnalyzedArticle> articles) {
    Map<Entry, Set<String>> sources = new LinkedHashMap<>();
    for (AnalyzedArticle article : articles) {
      for (TimeExpression time : article.times()) {
        if (PLACED.contains(time.precision())) {
          Entry entry = new Entry(time.start(), time.iso(), time.precision(), event(article, time));
          sources.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(article.article().id());
        }
      }
    }
    List<Entry> entries = new ArrayList<>(sources.keySet());
    // Stable: equal dates keep story order.
    entries.sort(
        Comparator.comparing(Entry::start)
            .thenComparing(Entry::precision, Comparator.reverseOrder()));
    return entries.stream()
        .map(e -> new StoryReport.TimelineEvent(e.date(), e.precision(), e.event(), List.copyOf(sources.get(e))))
        .toList();
  }

  /** The sentence holding the expression, on one line; the expression itself if none does. */
  static String event(AnalyzedArticle article, TimeExpression time) {
    for (Sentence sentence : article.sentences()) {
      if (sentence.span().contains(time.span())
          || sentence.span().overlaps(time.span())) {
        return article.text(sentence.span()).replaceAll("\\s+", " ").strip();
      }
    }
    return article.text(time.span()).replaceAll("\\s+", " ").strip();
  }

  private record Entry(LocalDate start, String date, Precision precision, String event) {}
}
