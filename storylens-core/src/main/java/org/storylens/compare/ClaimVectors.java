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
    for (int c = 0; c < n; c++) {
      sortById(ids[c], weights[c]);
    }
    return new ClaimVectors(ids, weights, postings, Map.copyOf(idOf), idf);
  }

  /** Sorts one claim's term ids ascending, its weights along with them (insertion sort: short). */
  private static void sortById(int[] ids, double[] weights) {
    for (int i = 1; i < ids.length; i++) {
      int id = ids[i];
      double weight = weights[i];
      int j = i - 1;
      while (j >= 0 && ids[j] > id) {
        ids[j + 1] = ids[j];
        weights[j + 1] = weights[j];
        j--;
      }
      ids[j + 1] = id;
      weights[j + 1] = weight;
    }
  }

  /** How rare a term is among the story's claims; 0 for a term no claim has. */
  double idf(String term) {
    Integer id = idOf.get(term);
    return id == null ? 0 : idf[id];
  }

  /** The cosine of two claims' vectors: a merge of their sorted term ids. */
  double cosine(int a, int b) {
    int[] ia = ids[a];
    int[] ib = ids[b];
    double[] wa = weights[a];
    double[] wb = weights[b];
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ia.length && j < ib.length) {
      if (ia[i] == ib[j]) {
        sum += wa[i++] * wb[j++];
      } else if (ia[i] < ib[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
