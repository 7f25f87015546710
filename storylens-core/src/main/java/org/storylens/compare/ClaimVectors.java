package org.storylens.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of a story as vectors: each claim's term ids with weights (inverse frequency over the
 * story's claims, unit length), and which claims hold each term.
 */
record ClaimVectors(
    int[][] ids, double[][] weights, int[][] postings, Map<String, Integer> idOf, double[] idf) {

  static ClaimVectors of(List<Set<String>> termSets) {
    Map<String, Integer> idOf = new HashMap<>();
    List<Integer> df = new ArrayList<>();
    int[][] ids = new int[termSets.size()][];
    for (int c = 0; c < termSets.size(); c++) {
      Set<String> set = termSets.get(c);
      ids[c] = new int[set.size()];
      int k = 0;
      for (String term : set) {
        int id = idOf.computeIfAbsent(term, t -> idOf.size());
        if (id == df.size()) {
          df.add(0);
        }
        df.set(id, df.get(id) + 1);
        ids[c][k++] = id;
      }
    }
    int n = termSets.size();
    double[][] weights = new double[n][];
    for (int c = 0; c < n; c++) {
      weights[c] = new double[ids[c].length];
      double norm = 0;
      for (int k = 0; k < ids[c].length; k++) {
        double idf = Math.log(1.0 + (double) n / df.get(ids[c][k]));
        weights[c][k] = idf;
        norm += idf * idf;
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < weights[c].length; k++) {
        weights[c][k] /= norm;
      }
    }
    int[][] postings = new int[df.size()][];
    int[] filled = new int[df.size()];
    for (int t = 0; t < df.size(); t++) {
      postings[t] = new int[df.get(t)];
    }
    for (int c = 0; c < n; c++) {
      for (int id : ids[c]) {
        postings[id][filled[id]++] = c;
      }
    }
    double[] idf = new double[df.size()];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = Math.log(1.0 + (double) n / df.get(t));
    }
    return new ClaimVectors(ids, weights, postings, Map.copyOf(idOf), idf);
  }

  /** How rare a term is among the story's claims; 0 for a term no claim has. */
  double idf(String term) {
    Integer id = idOf.get(term);
    return id == null ? 0 : idf[id];
  }

  double cosine(int a, int b) {
    int[] ia = ids[a];
    int[] ib = ids[b];
    double sum = 0;
    for (int i = 0; i < ia.length; i++) {
      for (int j = 0; j < ib.length; j++) {
        if (ia[i] == ib[j]) {
          sum += weights[a][i] * weights[b][j];
          break;
        }
      }
    }
    return sum;
  }
}
