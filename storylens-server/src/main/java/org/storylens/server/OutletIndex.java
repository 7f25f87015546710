package org.storylens.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storylens.compare.LogOddsDistinctiveTerms;
import org.storylens.model.Article;

/**
 * Every outlet of a {@link StoryLibrary}: how many of its articles the library holds, the stories
 * they are in, and the terms it uses distinctively more than the rest of the library ({@link
 * LogOddsDistinctiveTerms}, Monroe et al.'s log-odds ratio with an informative Dirichlet prior).
 * Outlets are told apart in any case ("Northwire" and "NORTHWIRE" are one), shown as first
 * written.
 *
 * <p>It catches up with the library on every read, from the library's change sequence ({@link
 * StoryLibrary.Summary#updated()}): only the stories changed since the last read are read again,
 * and each article's terms are counted once, when it is first seen. An outlet's distinctive terms
 * are ranked on request, each with an example sentence from the most recently added of its
 * articles that uses it, and kept until the library changes. Thread-safe: one lock.
 *
 * <p>Why outside the library? It needs nothing but the library's public reads ({@link
 * StoryLibrary#changedSince} and {@link StoryLibrary#articlesOf}, neither of which computes a
 * report), so it stays out of the library's storage.
 */
final class OutletIndex {

  /** One outlet: its name as first written, its article and story counts. */
  record Outlet(String name, int articles, int stories) {
    Outlet {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A distinctive term with where the outlet used it: the sentence of its most recently added
   * article that does (empty when none of its latest {@link #EXAMPLE_ARTICLES} does).
   */
  record OutletTerm(LogOddsDistinctiveTerms.Term term, Optional<String> article, Optional<String> sentence) {
    OutletTerm {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /** How many of an outlet's most recently added articles are searched for a term's example. */
  static final int EXAMPLE_ARTICLES = 200;

  /** The longest example sentence shown. */
  private static final int EXAMPLE_LENGTH = 300;

  private record Ranked(long sequence, List<OutletTerm> terms) {}

  private final StoryLibrary library;
  private final LogOddsDistinctiveTerms statistic;
  private long seen = -1;
  private final Set<String> articles = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, List<String>> articlesOf = new HashMap<>();
  private final Map<String, Set<String>> outletsOfStory = new HashMap<>();
  private final Map<String, Set<String>> storiesOfOutlet = new HashMap<>();
  private final Map<String, LogOddsDistinctiveTerms.Counts> counts = new HashMap<>();
  private final LogOddsDistinctiveTerms.Counts all = new LogOddsDistinctiveTerms.Counts();
  private final Map<String, Ranked> ranked = new HashMap<>();

  OutletIndex(StoryLibrary library, LogOddsDistinctiveTerms.Config config) {
    this.library = Objects.requireNonNull(library, "library");
    this.statistic = new LogOddsDistinctiveTerms(config);
  }

  /** Every outlet, most articles first, then by name. */
  synchronized List<Outlet> outlets() {
    catchUp();
    List<Outlet> out = new ArrayList<>();
    for (String key : names.keySet()) {
      out.add(counted(key));
    }
    out.sort(
        Comparator.comparingInt(Outlet::articles).reversed()
            .thenComparing(o -> o.name().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** One outlet, by its name in any case, or empty. */
  synchronized Optional<Outlet> outlet(String name) {
    catchUp();
    String key = key(name);
    return names.containsKey(key) ? Optional.of(counted(key)) : Optional.empty();
  }

  /** The outlet's distinctive terms, strongest first, each with an example; empty for an unknown outlet. */
  synchronized List<OutletTerm> distinctiveTerms(String name) {
    catchUp();
    String key = key(name);
    LogOddsDistinctiveTerms.Counts group = counts.get(key);
    if (group == null) {
      return List.of();
    }
    Ranked cached = ranked.get(key);
    if (cached == null || cached.sequence() != seen) {
      List<OutletTerm> terms = new ArrayList<>();
      for (LogOddsDistinctiveTerms.Term term : statistic.rank(group, all)) {
        terms.add(example(term, articlesOf.getOrDefault(key, List.of())));
      }
      cached = new Ranked(seen, List.copyOf(terms));
      ranked.put(key, cached);
    }
    return cached.terms();
  }

  private Outlet counted(String key) {
    return new Outlet(
        names.get(key), articlesOf.getOrDefault(key, List.of()).size(),
        storiesOfOutlet.getOrDefault(key, Set.of()).size());
  }

  /** The term in the most recently added of the outlet's articles that uses it, with its sentence. */
  private OutletTerm example(LogOddsDistinctiveTerms.Term term, List<String> articleIds) {
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + String.join("\\s+", java.util.Arrays.stream(term.term().split(" "))
                    .map(java.util.regex.Pattern::quote).toList())
                + "(?![\\p{L}\\p{N}])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    int searched = 0;
    for (int i = articleIds.size() - 1; i >= 0 && searched < EXAMPLE_ARTICLES; i--, searched++) {
      Optional<Article> article = library.article(articleIds.get(i));
      if (article.isEmpty()) {
        continue;
      }
      String text = article.get().text();
      java.util.regex.Matcher m = pattern.matcher(text);
      if (m.find()) {
        return new OutletTerm(term, Optional.of(article.get().id()), Optional.of(sentence(text, m.start(), m.end())));
      }
    }
    return new OutletTerm(term, Optional.empty(), Optional.empty());
  }

  /** The sentence around {@code [start, end)}, on one line, at most {@link #EXAMPLE_LENGTH} characters. */
  static String sentence(String text, int start, int end) {
    int from = start;
    while (from > 0) {
      char c = text.charAt(from - 1);
      if (c == '\n' || (".!?".indexOf(c) >= 0 && Character.isWhitespace(text.charAt(from)))) {
        break;
      }
      from--;
    }
    int to = end;
    while (to < text.length() && text.charAt(to) != '\n') {
      char c = text.charAt(to++);
      if (".!?".indexOf(c) >= 0 && (to == text.length() || Character.isWhitespace(text.charAt(to)))) {
        break;
      }
    }
    String sentence = text.substring(from, to).replaceAll("\\s+", " ").strip();
    if (sentence.length() > EXAMPLE_LENGTH) {
      int at = Math.max(0, Math.min(start - from - EXAMPLE_LENGTH / 2, sentence.length() - EXAMPLE_LENGTH));
      sentence = (at > 0 ? "…" : "") + sentence.substring(at, Math.min(sentence.length(), at + EXAMPLE_LENGTH)) + "…";
    }
    return sentence;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private void catchUp() {
    long newest = library.sequence();
    if (newest == seen) {
      return;
    }
    List<StoryLibrary.Summary> changed = new ArrayList<>(library.changedSince(seen, Integer.MAX_VALUE));
    // oldest change first, so an outlet's articles are listed about as they arrived
    java.util.Collections.reverse(changed);
    for (StoryLibrary.Summary summary : changed) {
      Optional<List<Article>> story = library.articlesOf(summary.id());
      if (story.isEmpty()) {
        continue;
      }
      Set<String> outlets = new LinkedHashSet<>();
      for (Article article : story.get()) {
        Optional<String> outlet = article.outlet().map(String::strip).filter(o -> !o.isEmpty());
        outlet.ifPresent(o -> outlets.add(key(o)));
        if (!articles.add(article.id())) {
          continue;
        }
        // an article without an outlet is still part of the rest an outlet is held against
        Map<String, Integer> terms = LogOddsDistinctiveTerms.count(article.text());
        all.add(terms);
        if (outlet.isPresent()) {
          String key = key(outlet.get());
          names.putIfAbsent(key, outlet.get());
          articlesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(article.id());
          counts.computeIfAbsent(key, k -> new LogOddsDistinctiveTerms.Counts()).add(terms);
        }
      }
      setOutlets(summary.id(), outlets);
    }
    seen = newest;
  }

  private void setOutlets(String story, Set<String> outlets) {
    Set<String> before = outletsOfStory.getOrDefault(story, Set.of());
    for (String key : before) {
      if (!outlets.contains(key)) {
        storiesOfOutlet.getOrDefault(key, new HashSet<>()).remove(story);
      }
    }
    for (String key : outlets) {
      storiesOfOutlet.computeIfAbsent(key, k -> new HashSet<>()).add(story);
    }
    if (outlets.isEmpty()) {
      outletsOfStory.remove(story);
    } else {
      outletsOfStory.put(story, Set.copyOf(outlets));
    }
  }
}
