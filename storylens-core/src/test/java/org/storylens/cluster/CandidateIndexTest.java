package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  /** A story summary holding only what the index reads: its centroid terms and entity keys. */
  private static StorySummary story(String id, List<String> terms, List<String> entities) {
    Map<String, Double> centroid = new LinkedHashMap<>();
    terms.forEach(t -> centroid.put(t, 1.0));
    Map<String, Integer> keys = new LinkedHashMap<>();
    entities.forEach(k -> keys.put(k, 1));
    return new StorySummary(
        id, 1, centroid, 1, List.of(), Map.of(), keys, Map.of(), Map.of(),
        StorySummary.EntityWeights.NONE, Map.of(), Map.of(), 0, Optional.empty(), Map.of());
  }

  private static double idf(int stories, int holding) {
    return Math.log(1 + (stories - holding + 0.5) / (holding + 0.5));
  }

  @Test
  void storiesRankByTheWeightOfTheQueryTermsTheyHoldTimesEachTermsRarity() {
    CandidateIndex index = new CandidateIndex();
    index.put(story("quake", List.of("quake", "haldor", "rescue"), List.of()));
    index.put(story("flood", List.of("flood", "haldor", "rescue"), List.of()));
    index.put(story("vote", List.of("vote", "parliament"), List.of()));
    index.put(story("storm", List.of("storm", "rescue"), List.of()));

    // "quake" is in one story, "rescue" in three: the rare term outweighs the common one
    assertThat(index.candidates(Map.of("quake", 1.0, "rescue", 1.0), Set.of(), 10))
        .containsExactly("quake", "flood", "storm");
    // the article's weights count: a heavy common term outweighs a light rare one
    assertThat(index.candidates(Map.of("haldor", 1.0, "storm", 0.1), Set.of(), 10))
        .containsExactly("quake", "flood", "storm");
    assertThat(index.candidates(Map.of("haldor", 1.0, "flood", 0.1), Set.of(), 10))
        .containsExactly("flood", "quake");
    // nothing shared, nothing proposed; the limit holds
    assertThat(index.candidates(Map.of("election", 2.0), Set.of(), 10)).isEmpty();
    assertThat(index.candidates(Map.of("rescue", 1.0), Set.of(), 2)).hasSize(2);
  }

  @Test
  void entityKeysCountLikeTermsOfWeightOne() {
    CandidateIndex index = new CandidateIndex();
    index.put(story("a", List.of("quake"), List.of("person:valk")));
    index.put(story("b", List.of("quake"), List.of("place:haldor")));
    index.put(story("c", List.of("flood"), List.of("place:haldor", "person:valk")));
    assertThat(index.candidates(Map.of(), Set.of("person:valk"), 10)).containsExactlyInAnyOrder("a", "c");
    assertThat(index.candidates(Map.of("quake", 0.01), Set.of("person:valk", "place:haldor"), 10).get(0))
        .isEqualTo("c");
  }

  @Test
  void aChangedStoryIsFoundByItsNewTermsAtOnceAndNoLongerByItsOldOnes() {
    CandidateIndex index = new CandidateIndex();
    index.put(story("s", List.of("quake", "haldor"), List.of("place:haldor")));
    index.put(story("t", List.of("vote"), List.of()));
    index.put(story("s", List.of("haldor", "aftershock"), List.of()));
    assertThat(index.candidates(Map.of("quake", 1.0), Set.of("place:haldor"), 10)).isEmpty();
    assertThat(index.candidates(Map.of("aftershock", 1.0), Set.of(), 10)).containsExactly("s");
    assertThat(index.size()).isEqualTo(2);

    index.remove("s");
    assertThat(index.candidates(Map.of("aftershock", 1.0, "haldor", 1.0), Set.of(), 10)).isEmpty();
    // a removed story's place is taken by the next one, which is found by its own terms only
    index.put(story("u", List.of("flood"), List.of()));
    assertThat(index.candidates(Map.of("flood", 1.0, "haldor", 1.0), Set.of(), 10)).containsExactly("u");
    assertThat(index.size()).isEqualTo(2);
  }

  /** The same ranking as scoring every story in full, over random stories, changes and queries. */
  @Test
  void theIndexAgreesWithScoringEveryStoryInFull() {
    SplittableRandom random = new SplittableRandom(11);
    CandidateIndex index = new CandidateIndex();
    Map<String, StorySummary> stories = new LinkedHashMap<>();
    for (int step = 0; step < 3_000; step++) {
      String id = "s" + random.nextInt(300);
      if (random.nextInt(10) == 0) {
        index.remove(id);
        stories.remove(id);
        continue;
      }
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        terms.add("t" + random.nextInt(200));
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < random.nextInt(4); i++) {
        keys.add("k" + random.nextInt(50));
      }
      StorySummary story = story(id, terms, keys);
      index.put(story);
      stories.put(id, story);

      Map<String, Double> query = new LinkedHashMap<>();
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        query.put("t" + random.nextInt(200), 0.1 + random.nextDouble());
      }
      Set<String> entityKeys = Set.of("k" + random.nextInt(50));
      List<String> found = index.candidates(query, entityKeys, 5);

      Map<String, Double> full = new LinkedHashMap<>();
      int withTerms = (int) stories.values().stream().filter(s -> !s.terms().isEmpty()).count();
      int withKeys = (int) stories.values().stream().filter(s -> !s.entities().isEmpty()).count();
      for (StorySummary s : stories.values()) {
        double score = 0;
        for (Map.Entry<String, Double> term : query.entrySet()) {
          if (s.terms().containsKey(term.getKey())) {
            long df = stories.values().stream().filter(o -> o.terms().containsKey(term.getKey())).count();
            score += term.getValue() * idf(withTerms, (int) df);
          }
        }
        for (String key : entityKeys) {
          if (s.entities().containsKey(key)) {
            long df = stories.values().stream().filter(o -> o.entities().containsKey(key)).count();
            score += idf(withKeys, (int) df);
          }
        }
        if (score > 0) {
          full.put(s.storyId(), score);
        }
      }
      assertThat(found).hasSize(Math.min(5, full.size()));
      double previous = Double.MAX_VALUE;
      for (String id2 : found) {
        assertThat(full.get(id2)).isLessThanOrEqualTo(previous + 1e-9);
        previous = full.get(id2);
      }
      // nothing left out scores above the last one proposed
      if (!found.isEmpty()) {
        double last = full.get(found.get(found.size() - 1));
        full.forEach((other, score) -> {
          if (!found.contains(other)) {
            assertThat(score).isLessThanOrEqualTo(last + 1e-9);
          }
        });
      }
    }
  }
}
