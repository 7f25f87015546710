package org.storylens.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport.Evidence;
import org.storylens.model.StoryReport.Fact;

/**
 * Aligns the claims of a story's articles into facts: one fact, one claim, with every article that
 * makes it.
 *
 * <ol>
 *   <li>Every article's sentences are cut into claims ({@link ClaimSplitter}) and each claim
 *       becomes a set of terms ({@link ClaimTerms}: stems with paraphrases united, entity keys,
 *       resolved dates, numbers).
 *   <li>Terms are weighted by how rare they are among the story's claims (inverse document
 *       frequency over claims, not articles: the story's protagonists are in most sentences and
 *       say little about which fact a sentence states, while "investigation" in one sentence of
 *       each article says a lot). Two claims of different articles are as similar as the cosine
 *       of their weighted term vectors.
 *   <li>Pairs at or above {@link ComparisonConfig#linkSimilarity()} are taken from the most
 *       similar down (found through an inverted index of the rarer terms, never all pairs), and
 *       each joins the two claims' groups when the groups hold no article in common (an article
 *       makes a fact once) and their average similarity, over every cross pair, is at least
 *       {@link ComparisonConfig#groupSimilarity()}: average linkage, so a chain of near misses
 *       does not glue two facts together.
 *   <li>A group with two or more articles is a fact. A claim left alone is a unique fact when it
 *       carries a detail, a name, date or number, that no other article of the story gives, or
 *       when it is someone's own words (a direct quote) that no other article has; other lone
 *       claims (comment, background told in other words elsewhere) are not reported.
 *   <li>Facts are ordered by how many articles make them, then by how early in their articles
 *       they come. A fact's text is its most central claim, the one most similar to the others.
 * </ol>
 *
 * <p>Thread-safe.
 */
final class FactAligner {

  private final ComparisonConfig config;

  FactAligner(ComparisonConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The story's facts, most widely made first, each with the claims it cites. */
  List<AlignedFact> align(StoryClaims story) {
    if (story.claims().isEmpty()) {
      return List.of();
    }
    List<Group> groups = align(story.claims(), story.vectors());
    Map<Group, Map<Integer, Integer>> attached = attach(groups, story.claims(), story.vectors());
    return report(
        groups, attached, story.claims(), story.termSets(), story.vectors(),
        story.articles().size());
  }

  /** A fact and the claims behind it, one per source, in the same order as its sources. */
  record AlignedFact(Fact fact, List<Claim> claims) {}

  /** Claims that make one fact, at most one per article. */
  private static final class Group {
    final int serial;
    final List<Integer> claims = new ArrayList<>();
    final BitSet articles = new BitSet();

    Group(int claim, int article) {
      serial = claim;
      claims.add(claim);
      articles.set(article);
    }
  }

  private List<Group> align(List<Claim> claims, ClaimVectors vectors) {
    int n = claims.size();
    // Candidate pairs: claims of different articles sharing a term no more common than the cap;
    // their exact cosine decides.
    int commonCap = Math.max(config.minCommonTermClaims(), (int) (n * config.commonTermShare()));
    List<long[]> pairs = new ArrayList<>();
    boolean[] seen = new boolean[n];
    int[] touched = new int[n];
    for (int a = 0; a < n; a++) {
      int count = 0;
      for (int id : vectors.ids()[a]) {
        int[] holders = vectors.postings()[id];
        if (holders.length > commonCap) {
          continue;
        }
        for (int b : holders) {
          if (b > a && claims.get(b).articleIndex() != claims.get(a).articleIndex() && !seen[b]) {
            seen[b] = true;
            touched[count++] = b;
          }
        }
      }
      for (int k = 0; k < count; k++) {
        int b = touched[k];
        seen[b] = false;
        double similarity = vectors.cosine(a, b);
        if (similarity >= config.linkSimilarity()) {
          pairs.add(new long[] {Double.doubleToLongBits(similarity), a, b});
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble((long[] p) -> -Double.longBitsToDouble(p[0]))
            .thenComparingLong(p -> p[1])
            .thenComparingLong(p -> p[2]));
    Group[] groupOf = new Group[n];
    List<Group> groups = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      groupOf[c] = new Group(c, claims.get(c).articleIndex());
      groups.add(groupOf[c]);
    }
    // Two groups that were too far apart stay so until one of them grows: many candidate pairs
    // fall between the same two groups, and each comparison costs |left| x |right| cosines.
    Set<List<Integer>> apart = new HashSet<>();
    for (long[] pair : pairs) {
      Group left = groupOf[(int) pair[1]];
      Group right = groupOf[(int) pair[2]];
      if (left == right || left.articles.intersects(right.articles)) {
        continue;
      }
      List<Integer> key =
          List.of(left.serial, left.claims.size(), right.serial, right.claims.size());
      if (apart.contains(key)) {
        continue;
      }
      if (averageSimilarity(left, right, vectors) < config.groupSimilarity()) {
        apart.add(key);
        continue;
      }
      left.claims.addAll(right.claims);
      left.articles.or(right.articles);
      for (int c : right.claims) {
        groupOf[c] = left;
      }
      groups.remove(right);
    }
    return groups;
  }

  /**
   * Articles that make a fact inside a claim of their own that states more: a wire's lead
   * sentence ("the commission seized the bank, moved its deposits to Brightwater and will keep its
   * 27 branches open") carries three facts that other outlets tell in three sentences, but a claim
   * joins only one group. For every fact of two or more articles and every article not among its
   * sources, the article's claim that covers most of the fact (the share of the fact's weight, its
   * claims' mean vector squared, found among the claim's terms) is attached as that article's
   * evidence when it covers at least {@link ComparisonConfig#coverage()}. Returns, per group,
   * article index to claim.
   */
  private Map<Group, Map<Integer, Integer>> attach(
      List<Group> groups, List<Claim> claims, ClaimVectors vectors) {
    Map<Integer, List<Integer>> claimsOfArticle = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      claimsOfArticle.computeIfAbsent(claims.get(c).articleIndex(), k -> new ArrayList<>()).add(c);
    }
    Map<Group, Map<Integer, Integer>> attached = new HashMap<>();
    for (Group group : groups) {
      if (group.claims.size() < 2) {
        continue;
      }
      Map<Integer, Double> profile = new HashMap<>();
      for (int c : group.claims) {
        int[] ids = vectors.ids()[c];
        for (int k = 0; k < ids.length; k++) {
          profile.merge(ids[k], vectors.weights()[c][k] / group.claims.size(), Double::sum);
        }
      }
      double mass = 0;
      for (double w : profile.values()) {
        mass += w * w;
      }
      for (Map.Entry<Integer, List<Integer>> article : claimsOfArticle.entrySet()) {
        if (group.articles.get(article.getKey())) {
          continue;
        }
        int best = -1;
        double bestCoverage = 0;
        for (int c : article.getValue()) {
          double covered = 0;
          for (int id : vectors.ids()[c]) {
            Double w = profile.get(id);
            if (w != null) {
              covered += w * w;
            }
          }
          double coverage = covered / mass;
          if (coverage > bestCoverage) {
            bestCoverage = coverage;
            best = c;
          }
        }
        if (best >= 0 && bestCoverage >= config.coverage()) {
          attached.computeIfAbsent(group, g -> new HashMap<>()).put(article.getKey(), best);
        }
      }
    }
    return attached;
  }

  private static double averageSimilarity(Group left, Group right, ClaimVectors vectors) {
    double sum = 0;
    for (int a : left.claims) {
      for (int b : right.claims) {
        sum += vectors.cosine(a, b);
      }
    }
    return sum / ((double) left.claims.size() * right.claims.size());
  }

  private List<AlignedFact> report(
      List<Group> groups,
      Map<Group, Map<Integer, Integer>> attached,
      List<Claim> claims,
      List<Set<String>> termSets,
      ClaimVectors vectors,
      int articleCount) {
    // in how many articles each detail term appears, for unique facts
    Map<String, BitSet> articlesOfTerm = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      for (String term : termSets.get(c)) {
        if (ClaimTerms.isDetail(term)) {
          articlesOfTerm
              .computeIfAbsent(term, t -> new BitSet(articleCount))
              .set(claims.get(c).articleIndex());
        }
      }
    }
    record Ranked(AlignedFact fact, int sources, double position, int firstClaim) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Group group : groups) {
      List<Integer> members = new ArrayList<>(group.claims);
      members.sort(Comparator.comparingInt((Integer c) -> claims.get(c).articleIndex()));
      if (members.size() == 1) {
        int only = members.get(0);
        boolean unique =
            claims.get(only).quoted()
                || termSets.get(only).stream()
                    .anyMatch(t -> ClaimTerms.isDetail(t) && articlesOfTerm.get(t).cardinality() == 1);
        if (!unique) {
          continue;
        }
      }
      // The text: the most central claim, among those that open their sentence if any does (a
      // clause cut from the middle of a sentence reads as a fragment).
      boolean anyOpening = members.stream().anyMatch(c -> claims.get(c).opening());
      int central = members.get(0);
      double best = -1;
      double position = 0;
      for (int a : members) {
        position += claims.get(a).position();
        if (anyOpening && !claims.get(a).opening()) {
          continue;
        }
        double sum = 0;
        for (int b : members) {
          if (a != b) {
            sum += vectors.cosine(a, b);
          }
        }
        if (sum > best + 1e-12) {
          best = sum;
          central = a;
        }
      }
      List<String> sources = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      List<Integer> cited = new ArrayList<>(members);
      cited.addAll(attached.getOrDefault(group, Map.of()).values());
      cited.sort(Comparator.comparingInt((Integer c) -> claims.get(c).articleIndex()));
      for (int c : cited) {
        Claim claim = claims.get(c);
        sources.add(claim.article());
        evidence.add(new Evidence(claim.article(), claim.text()));
      }
      AlignedFact fact =
          new AlignedFact(
              new Fact(claims.get(central).text(), sources, evidence),
              cited.stream().map(claims::get).toList());
      ranked.add(new Ranked(fact, cited.size(), position / members.size(), members.get(0)));
    }
    ranked.sort(
        Comparator.comparingInt((Ranked r) -> -r.sources())
            .thenComparingDouble(Ranked::position)
            .thenComparingInt(Ranked::firstClaim));
    return ranked.stream().map(Ranked::fact).toList();
  }
}
