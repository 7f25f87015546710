package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpPartOfSpeechTaggerTest {

  private static POSModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in =
        OpenNlpPartOfSpeechTaggerTest.class.getResourceAsStream(
            "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      model = new POSModel(in);
    }
  }

  @Test
  void theBundledModelIsTaggedByThisSearch() {
    assertThat(new OpenNlpPartOfSpeechTagger(model).searchesItself()).isTrue();
  }

  @Test
  void tagsAreThoseOfPosTaggerMe() {
    OpenNlpPartOfSpeechTagger tagger = new OpenNlpPartOfSpeechTagger(model);
    POSTaggerME reference = new POSTaggerME(model);
    List<String> sentences =
        List.of(
            "Shareholders of Lendell Cooperative Bank said on Wednesday they would sue .",
            "Russian President Vladimir Putin told reporters in Moscow that talks would go on .",
            "Officials in Marvesta said 2,000 people were evacuated after the quake .",
            "\" We will not stop , \" Aliyev said , according to the press service of the president .",
            "May",
            "The the the of of Council of Europe 1988 - 2020 ' s");
    Random random = new Random(11);
    for (String sentence : sentences) {
      String[] tokens = sentence.split(" ");
      assertThat(tagger.tag(tokens)).as(sentence).isEqualTo(reference.tag(tokens));
      for (int shuffle = 0; shuffle < 20; shuffle++) {
        String[] mixed = tokens.clone();
        for (int i = mixed.length - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          String swap = mixed[i];
          mixed[i] = mixed[j];
          mixed[j] = swap;
        }
        assertThat(tagger.tag(mixed)).as(String.join(" ", mixed)).isEqualTo(reference.tag(mixed));
      }
    }
  }

  @Test
  void kthLargestIsWhereSortingPutsIt() {
    Random random = new Random(3);
    double[] pool = {0.0, -0.0, 1.0, 0.5, 0.5, Double.NaN, 1e-300, 0.25};
    for (int round = 0; round < 5000; round++) {
      double[] values = new double[1 + random.nextInt(20)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextDouble();
      }
      int k = 1 + random.nextInt(5);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double expected = sorted[Math.max(0, sorted.length - k)];
      double actual = OpenNlpPartOfSpeechTagger.kthLargest(values, k, new double[k]);
      assertThat(Double.compare(actual, expected)).as(Arrays.toString(values) + " k=" + k).isZero();
    }
  }
}
