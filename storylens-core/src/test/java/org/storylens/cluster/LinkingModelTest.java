package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkingModelTest {

  @Test
  void theShippedModelLoadsAndWeighsTextOverlapPositively() {
    LinkingModel model = LinkingModel.standard();
    double[] none = new double[LinkFeature.values().length];
    double[] text = none.clone();
    text[LinkFeature.TEXT.ordinal()] = 1;
    text[LinkFeature.MEMBER.ordinal()] = 1;

    assertThat(model.probability(text)).isGreaterThan(model.probability(none));
  }

  @Test
  void aWrittenModelReadsBackTheSame() throws IOException {
    LinkingModel model = LinkingModel.standard();
    StringWriter out = new StringWriter();
    model.write(out, "test");
    Properties properties = new Properties();
    properties.load(new StringReader(out.toString()));

    LinkingModel read = LinkingModel.fromProperties(properties);

    assertThat(read.threshold()).isEqualTo(model.threshold());
    read.weights()
        .forEach((f, w) -> assertThat(w).isCloseTo(model.weights().get(f), org.assertj.core.api.Assertions.within(1e-6)));
  }

  @Test
  void aModelMissingAFeatureOrWithAnUnknownKeyIsRefused() {
    Properties missing = new Properties();
    missing.setProperty("bias", "0");
    missing.setProperty("threshold", "0.5");
    assertThatThrownBy(() -> LinkingModel.fromProperties(missing))
        .hasMessageContaining("no finite weight");

    Properties unknown = new Properties();
    unknown.setProperty("bias", "0");
    unknown.setProperty("threshold", "0.5");
    unknown.setProperty("cutoff", "0.5");
    assertThatThrownBy(() -> LinkingModel.fromProperties(unknown)).hasMessageContaining("cutoff");
  }

  @Test
  void fittingSeparableExamplesLearnsTheSeparatingFeature() {
    Random random = new Random(7);
    List<LinkingModelTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean same = i % 2 == 0;
      double[] f = new double[LinkFeature.values().length];
      f[LinkFeature.TEXT.ordinal()] = same ? 0.6 + 0.4 * random.nextDouble() : 0.4 * random.nextDouble();
      f[LinkFeature.TITLE.ordinal()] = random.nextDouble();
      examples.add(new LinkingModelTrainer.Example(f, same));
    }

    LinkingModel model = LinkingModelTrainer.fit(examples, 1e-4, 0.5);

    assertThat(model.weights().get(LinkFeature.TEXT))
        .isGreaterThan(5 * Math.abs(model.weights().get(LinkFeature.TITLE)));
    long right =
        examples.stream()
            .filter(e -> (model.probability(e.features()) >= 0.5) == e.sameEvent())
            .count();
    assertThat(right).isGreaterThanOrEqualTo(390);
  }
}
