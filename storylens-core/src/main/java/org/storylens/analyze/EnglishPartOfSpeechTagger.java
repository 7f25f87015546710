package org.storylens.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;

/** {@link PartOfSpeechTagger} over OpenNLP's model: the model is shared, a search per thread. */
final class EnglishPartOfSpeechTagger implements PartOfSpeechTagger {

  private final ThreadLocal<OpenNlpPartOfSpeechTagger> taggers;

  EnglishPartOfSpeechTagger(POSModel model) {
    Objects.requireNonNull(model, "model");
    this.taggers = ThreadLocal.withInitial(() -> new OpenNlpPartOfSpeechTagger(model));
  }

  @Override
  public List<String> tags(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(taggers.get().tag(tokens.toArray(new String[0])));
  }
}
