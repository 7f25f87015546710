package org.storylens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.StoryReport;

/**
 * A story's entity list: the articles' {@link EntityMention}s grouped by canonical key, so that
 * "Valk", "Teodor Valk" and, across articles, a transliterated spelling are one entity.
 *
 * <p>Its name is the full form ({@link EntityMention#name()}) most mentions use, ties going to the
 * longer form; its aliases are every other form written, in order of first use; its type is the
 * type most mentions carry. Entities named by more articles come first, then those mentioned more
 * often, then in order of first mention.
 */
public final class EntityListBuilder {

  public List<StoryReport.Entity> entities(List<AnalyzedArticle> articles) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (AnalyzedArticle article : articles) {
      for (EntityMention mention : article.entities()) {
        Group group = groups.computeIfAbsent(mention.key(), k -> new Group(groups.size()));
        group.add(mention, surfaceForm(article.text(mention.span())), article.article().id());
      }
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(
        Comparator.comparingInt((Group g) -> -g.articles.size())
            .thenComparingInt(g -> -g.mentions)
            .thenComparingInt(g -> g.firstSeen));
    return ordered.stream().map(Group::entity).toList();
  }

  /** The words as written, on one line, without a possessive ending ("Valk's" is "Valk"). */
  static String surfaceForm(String written) {
    String form = written.replaceAll("\\s+", " ").strip();
    if (form.endsWith("'s") || form.endsWith("’s")) {
      form = form.substring(0, form.length() - 2);
    }
    return form;
  }

  private static final class Group {
    final int firstSeen;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<String> forms = new LinkedHashSet<>();
    final Map<EntityType, Integer> types = new LinkedHashMap<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;

    Group(int firstSeen) {
      this.firstSeen = firstSeen;
    }

    void add(EntityMention mention, String form, String articleId) {
      mentions++;
      names.merge(surfaceForm(mention.name()), 1, Integer::sum);
      forms.add(surfaceForm(mention.name()));
      forms.add(form);
      types.merge(mention.type(), 1, Integer::sum);
      articles.add(articleId);
    }

    StoryReport.Entity entity() {
      String name = mostFrequent(names, Comparator.comparingInt(String::length));
      EntityType type = mostFrequent(types, (a, b) -> 0);
      List<String> aliases = forms.stream().filter(f -> !f.equals(name) && !f.isEmpty()).toList();
      return new StoryReport.Entity(name, type, aliases, List.copyOf(articles));
    }
  }

  /** The most counted key; ties go to the greater by {@code tieBreak}, then the first seen. */
  static <T> T mostFrequent(Map<T, Integer> counts, Comparator<T> tieBreak) {
    T best = null;
    int bestCount = 0;
    for (Map.Entry<T, Integer> entry : counts.entrySet()) {
      int count = entry.getValue();
      if (best == null
          || count > bestCount
          || (count == bestCount && tieBreak.compare(entry.getKey(), best) > 0)) {
        best = entry.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}
