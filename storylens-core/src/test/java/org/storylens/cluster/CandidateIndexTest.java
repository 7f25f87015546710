package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * The candidate index answers the stories sharing the most (BM25-weighted) of an article's
 * strongest terms and salient keys, exactly as Lucene's own search of the same reader ranks them,
 * plus the stories changed since that reader was opened.
 */
class CandidateIndexTest {

  @Test
  void theStorySharingTheMostWeightedTermsComesFirst() throws IOException {
    try (CandidateIndex index = new CandidateIndex()) {
      index.put(story("quake", Set.of("earthquak", "magnitud", "turkey"), Set.of("turkey")));
      index.put(story("bank", Set.of("bank", "deposit", "collaps"), Set.of("svb")));
      index.put(story("storm", Set.of("storm", "turkey", "flood"), Set.of("turkey")));
      for (int i = 0; i < CandidateIndex.REFRESH_EVERY; i++) {
        index.put(story("filler-" + i, Set.of("other" + i), Set.of()));
      }
      index.candidates(Map.of(), Set.of(), 1); // opens a reader holding all of them

      List<String> found =
          index.candidates(weights("earthquak", 3.0, "magnitud", 2.0, "turkey", 1.0), Set.of(), 2);

      assertThat(found).containsExactly("quake", "storm");
    }
  }

  @Test
  void aStoryChangedSinceTheReaderOpenedIsReturnedUnscored() throws IOException {
    try (CandidateIndex index = new CandidateIndex()) {
      index.put(story("fresh", Set.of("unrelated"), Set.of()));

      assertThat(index.candidates(weights("earthquak", 1.0), Set.of(), 10)).containsExactly("fresh");
    }
  }

  /**
   * Over a random stream of additions, changes and removals, with the reader reopened many
   * times (sometimes asked for ahead of the query, as a clusterer does), every answer equals
   * Lucene's {@code IndexSearcher} running the boosted query on the same reader, followed by the
   * stories changed since it opened; and that reader holds exactly the stories put and not
   * removed before it was asked for, though the writer thread makes the changes.
   */
  @Test
  void answersEqualLuceneSearchingTheSameReader() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    try (CandidateIndex index = new CandidateIndex()) {
      int compared = 0;
      Set<String> stored = new java.util.TreeSet<>();
      Set<String> asOfRefresh = new java.util.TreeSet<>(); // what the reader queries use holds
      Set<String> asked = null; // what a reader asked for ahead and not yet used holds
      for (int step = 0; step < 4_000; step++) {
        int action = random.nextInt(10);
        String id = "story-" + random.nextInt(400);
        boolean due = index.changedSinceRefresh().size() >= CandidateIndex.REFRESH_EVERY;
        if (action == 7 && due && asked == null) {
          asked = new java.util.TreeSet<>(stored);
        } else if (action >= 8) {
          if (asked != null) {
            asOfRefresh = asked;
            asked = null;
          }
          if (due) {
            asOfRefresh = new java.util.TreeSet<>(stored);
          }
        }
        if (action < 6) {
          index.put(story(id, keys(random, "t", 300, 1 + random.nextInt(40)),
              keys(random, "e", 80, random.nextInt(8))));
          stored.add(id);
        } else if (action < 7) {
          index.remove(id);
          stored.remove(id);
        } else if (action < 8) {
          index.startRefreshIfDue();
        } else {
          Map<String, Double> query = new LinkedHashMap<>();
          keys(random, "t", 300, 1 + random.nextInt(25))
              .forEach(term -> query.put(term, 0.05 + random.nextDouble() * 4));
          Set<String> entities = keys(random, "e", 80, random.nextInt(5));
          int limit = 1 + random.nextInt(12);
          List<String> found = index.candidates(query, entities, limit);
          Set<String> expected = new LinkedHashSet<>(searched(index, query, entities, limit));
          expected.addAll(index.changedSinceRefresh());
          assertThat(found).as("step %d", step).containsExactlyElementsOf(expected);
          assertThat(liveStories(index)).as("step %d", step).isEqualTo(asOfRefresh);
          compared++;
        }
      }
      assertThat(compared).isGreaterThan(300);
      assertThat(index.reader().leaves()).as("several segments searched").hasSizeGreaterThan(1);
    }
  }

  /** The stories the index's reader holds. */
  private static Set<String> liveStories(CandidateIndex index) throws IOException {
    Set<String> ids = new java.util.TreeSet<>();
    for (LeafReaderContext leaf : index.reader().leaves()) {
      SortedDocValues storyIds = DocValues.getSorted(leaf.reader(), "story");
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int doc = storyIds.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = storyIds.nextDoc()) {
        if (live == null || live.get(doc)) {
          ids.add(storyIds.lookupOrd(storyIds.ordValue()).utf8ToString());
        }
      }
    }
    return ids;
  }

  /** Lucene's own search of the index's reader: the ids of the best {@code limit} stories. */
  private static List<String> searched(
      CandidateIndex index, Map<String, Double> terms, Set<String> entities, int limit)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    terms.forEach((term, weight) -> query.add(
        new BoostQuery(new TermQuery(new Term("term", term)), weight.floatValue()),
        BooleanClause.Occur.SHOULD));
    entities.forEach(key ->
        query.add(new TermQuery(new Term("entity", key)), BooleanClause.Occur.SHOULD));
    List<LeafReaderContext> leaves = index.reader().leaves();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : new IndexSearcher(index.reader()).search(query.build(), limit).scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      SortedDocValues storyIds = DocValues.getSorted(leaf.reader(), "story");
      assertThat(storyIds.advanceExact(hit.doc - leaf.docBase)).isTrue();
      ids.add(storyIds.lookupOrd(storyIds.ordValue()).utf8ToString());
    }
    return ids;
  }

  private static Set<String> keys(SplittableRandom random, String prefix, int vocabulary, int n) {
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      keys.add(prefix + random.nextInt(vocabulary));
    }
    return keys;
  }

  private static Map<String, Double> weights(Object... termsAndWeights) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < termsAndWeights.length; i += 2) {
      weights.put((String) termsAndWeights[i], (Double) termsAndWeights[i + 1]);
    }
    return weights;
  }

  private static StorySummary story(String id, Set<String> terms, Set<String> entities) {
    Map<String, Double> centroid = new LinkedHashMap<>();
    terms.forEach(term -> centroid.put(term, 1.0));
    Map<String, Integer> counted = new LinkedHashMap<>();
    entities.forEach(key -> counted.put(key, 1));
    return new StorySummary(
        id, 1, centroid, Math.sqrt(terms.size()), List.of(), Map.of(), counted, Map.of(), Map.of(),
        StorySummary.EntityWeights.NONE, Map.of(), Map.of(), 0, Optional.empty(), Map.of());
  }
}
