package org.storylens.compare;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.DerivationLink;

/**
 * Paraphrase derivations: a later article that retells an earlier one in its own words, fact after
 * fact in the earlier one's order, as a regional site rewrites a wire story. Read off the aligned
 * facts: for a later article B and an earlier article A, the facts both state, {@code shared};
 * how much of B they are ({@code shared} over B's claims); and how much of their order B keeps
 * (the longest run of them that is in the same order in both, over {@code shared}).
 *
 * <p>A link needs at least {@link #MIN_SHARED} shared facts, {@link #MIN_COVERAGE} of B, and
 * {@link #MIN_ORDER} of their order kept; its score is coverage times order. Two outlets that
 * each translate one statement share its facts in its order too, so coverage is what tells a
 * retelling from a common source: a retold article is mostly its source, a translation of a
 * statement is a part of each article. Only B's best earlier article is linked, and only where
 * no link already joins the two (a declared credit or a near-duplicate says more).
 *
 * <p>Thread-safe: stateless.
 */
final class ParaphraseLinker {

  /** Fewest facts two articles share before their order says anything. */
  static final int MIN_SHARED = 5;

  /** Least share of the later article's claims that restate the earlier one's. */
  static final double MIN_COVERAGE = 0.6;

  /** Least share of the shared facts told in the same order. */
  static final double MIN_ORDER = 0.8;

  /** The paraphrase links among {@code story}'s articles, given its aligned facts. */
  List<DerivationLink> links(
      StoryClaims story, List<FactAligner.AlignedFact> facts, List<DerivationLink> existing) {
    List<AnalyzedArticle> articles = story.articles();
    int n = articles.size();
    int[] claimsOf = new int[n];
    for (Claim claim : story.claims()) {
      claimsOf[claim.articleIndex()]++;
    }
    // per fact, each article's claim offset (or -1)
    List<int[]> offsets = new ArrayList<>();
    for (FactAligner.AlignedFact fact : facts) {
      if (fact.claims().size() < 2) {
        continue;
      }
      int[] at = new int[n];
      java.util.Arrays.fill(at, -1);
      for (Claim claim : fact.claims()) {
        at[claim.articleIndex()] = claim.span().start();
      }
      offsets.add(at);
    }
    Set<String> linked = new HashSet<>();
    for (DerivationLink link : existing) {
      linked.add(link.from() + " " + link.to());
      linked.add(link.to() + " " + link.from());
    }
    List<DerivationLink> links = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      DerivationLink best = null;
      for (int a = 0; a < n; a++) {
        if (a == b || !earlier(articles.get(a), articles.get(b))) {
          continue;
        }
        String from = articles.get(a).article().id();
        String to = articles.get(b).article().id();
        if (linked.contains(from + " " + to)) {
          continue;
        }
        List<int[]> shared = new ArrayList<>();
        for (int[] at : offsets) {
          if (at[a] >= 0 && at[b] >= 0) {
            shared.add(new int[] {at[b], at[a]});
          }
        }
        if (shared.size() < MIN_SHARED || claimsOf[b] == 0) {
          continue;
        }
        shared.sort((x, y) -> Integer.compare(x[0], y[0]));
        int kept = longestIncreasing(shared);
        double coverage = Math.min(1, (double) shared.size() / claimsOf[b]);
        double order = (double) kept / shared.size();
        if (coverage < MIN_COVERAGE || order < MIN_ORDER) {
          continue;
        }
        double score = coverage * order;
        if (best == null || score > best.score()) {
          best =
              new DerivationLink(
                  from,
                  to,
                  DerivationLink.Kind.PARAPHRASE,
                  score,
                  String.format(
                      Locale.ROOT,
                      "%d of its %d claims restate the earlier article's facts, %d of them in the"
                          + " same order",
                      shared.size(), claimsOf[b], kept));
        }
      }
      if (best != null) {
        links.add(best);
      }
    }
    return links;
  }

  /** Whether {@code a} was published before {@code b}; undated articles are never earlier. */
  private static boolean earlier(AnalyzedArticle a, AnalyzedArticle b) {
    Optional<LocalDateTime> ta = time(a);
    Optional<LocalDateTime> tb = time(b);
    return ta.isPresent() && tb.isPresent() && ta.get().isBefore(tb.get());
  }

  private static Optional<LocalDateTime> time(AnalyzedArticle a) {
    return a.article().published().map(p -> p.date().atTime(p.time().orElse(LocalTime.MIDNIGHT)));
  }

  /** The longest strictly increasing run of the second values, the pairs sorted by the first. */
  private static int longestIncreasing(List<int[]> pairs) {
    int[] tails = new int[pairs.size()];
    int length = 0;
    for (int[] pair : pairs) {
      int value = pair[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = value;
      length = Math.max(length, lo + 1);
    }
    return length;
  }
}
