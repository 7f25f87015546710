package org.storylens.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's maximum-entropy part-of-speech tagger, with the beam search done here: the model,
 * context generator, sequence validator, beam width and search order are those {@link
 * POSTaggerME#tag(String[])} uses, so the tags are the same, but the score a tag must reach to stay
 * in the beam is found by keeping the few best scores instead of copying and sorting all of them for
 * every token and every sequence in the beam (that sort was a fifth of the tagging time), and by
 * evaluating the model once per distinct context of a token rather than once per sequence.
 *
 * <p>A model this search does not cover (a sequence model other than a maxent one, or tags that
 * {@link POSTaggerME} would convert to another tag set) is tagged by {@link POSTaggerME} itself.
 *
 * <p>Not thread-safe, like {@link POSTaggerME} (the context generator caches per sentence): one per
 * thread, over a shared {@link POSModel}.
 */
final class OpenNlpPartOfSpeechTagger {

  /** What {@code BeamSearch} calls zeroLog: sequences scoring below it are dropped. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final POSTaggerME fallback;
  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final int beamSize;
  private final double[] probabilities;
  private final double[] best;

  /** The English model inside {@code opennlp-models-pos-en} (Universal Dependencies tags). */
  private static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Loads the English model; immutable, so one may serve every thread's tagger. */
  static POSModel englishModel() {
    try (InputStream in = OpenNlpPartOfSpeechTagger.class.getResourceAsStream(ENGLISH_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP English POS model " + ENGLISH_MODEL + " not found");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + ENGLISH_MODEL, e);
    }
  }

  OpenNlpPartOfSpeechTagger(POSModel posModel) {
    Objects.requireNonNull(posModel, "posModel");
    // As POSTaggerME(model): the beam width from the manifest, else its default.
    String declared = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = declared != null ? Integer.parseInt(declared) : POSTaggerME.DEFAULT_BEAM_SIZE;
    Object artifact = posModel.getArtifact("pos.model");
    boolean covered =
        artifact instanceof MaxentModel
            && posModel.getPosSequenceModel() instanceof BeamSearch
            && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD;
    if (covered) {
      this.fallback = null;
      this.model = (MaxentModel) artifact;
      this.contexts = posModel.getFactory().getPOSContextGenerator(beamSize);
      this.validator = posModel.getFactory().getSequenceValidator();
      this.probabilities = new double[model.getNumOutcomes()];
      this.best = new double[beamSize];
    } else {
      this.fallback = new POSTaggerME(posModel);
      this.model = null;
      this.contexts = null;
      this.validator = null;
      this.probabilities = null;
      this.best = null;
    }
  }

  /** Whether this search tags, rather than {@link POSTaggerME}. */
  boolean searchesItself() {
    return fallback == null;
  }

  /** The tags of one sentence's tokens, as {@link POSTaggerME#tag(String[])} gives them. */
  String[] tag(String[] tokens) {
    if (fallback != null) {
      return fallback.tag(tokens);
    }
    Queue<Sequence> previous = new PriorityQueue<>(beamSize);
    Queue<Sequence> next = new PriorityQueue<>(beamSize);
    previous.add(new Sequence());
    List<String[]> evaluatedContexts = new ArrayList<>(beamSize);
    List<double[]> evaluatedScores = new ArrayList<>(beamSize);
    for (int i = 0; i < tokens.length; i++) {
      int width = Math.min(beamSize, previous.size());
      evaluatedContexts.clear();
      evaluatedScores.clear();
      for (int candidate = 0; !previous.isEmpty() && candidate < width; candidate++) {
        Sequence top = previous.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        String[] context = contexts.getContext(i, tokens, outcomes, NO_ADDITIONAL_CONTEXT);
        double[] scores = scores(context, evaluatedContexts, evaluatedScores);
        double threshold = kthLargest(scores, beamSize, best);
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= threshold) {
            extend(top, i, tokens, outcomes, p, scores[p], next);
          }
        }
        if (next.isEmpty()) {
          // no tag reached the beam: every valid one goes on
          for (int p = 0; p < scores.length; p++) {
            extend(top, i, tokens, outcomes, p, scores[p], next);
          }
        }
      }
      previous.clear();
      Queue<Sequence> swap = previous;
      previous = next;
      next = swap;
    }
    return previous.remove().getOutcomes().toArray(new String[0]);
  }

  /**
   * The model's scores for {@code context}, evaluated once per distinct context of a position: the
   * sequences in the beam mostly share their context (this model's features do not tell them
   * apart), and the model's answer depends on the context alone, so a second evaluation could only
   * repeat the first. {@code BeamSearch} offers the same as its contexts cache.
   */
  private double[] scores(
      String[] context, List<String[]> evaluatedContexts, List<double[]> evaluatedScores) {
    for (int k = 0; k < evaluatedContexts.size(); k++) {
      if (Arrays.equals(evaluatedContexts.get(k), context)) {
        return evaluatedScores.get(k);
      }
    }
    double[] scores = model.eval(context, probabilities).clone();
    evaluatedContexts.add(context);
    evaluatedScores.add(scores);
    return scores;
  }

  private void extend(
      Sequence top,
      int index,
      String[] tokens,
      String[] outcomes,
      int outcome,
      double score,
      Queue<Sequence> into) {
    String tag = model.getOutcome(outcome);
    if (validator.validSequence(index, tokens, outcomes, tag)) {
      Sequence extended = new Sequence(top, tag, score);
      if (extended.getScore() > MIN_SEQUENCE_SCORE) {
        into.add(extended);
      }
    }
  }

  /**
   * The value {@code Arrays.sort(values)} would put at index {@code max(0, length - k)}: the k-th
   * largest, duplicates counted, in the order of {@link Double#compare}. {@code best} is scratch
   * space of at least k values.
   */
  static double kthLargest(double[] values, int k, double[] best) {
    int keep = Math.min(k, values.length);
    int count = 0;
    for (double value : values) {
      if (count < keep) {
        insert(best, count, value);
        count++;
      } else if (Double.compare(value, best[keep - 1]) > 0) {
        insert(best, keep - 1, value);
      }
    }
    return best[keep - 1];
  }

  /** Puts {@code value} into {@code sorted[0..last]}, kept in descending order; the last drops. */
  private static void insert(double[] sorted, int last, double value) {
    int at = last;
    while (at > 0 && Double.compare(value, sorted[at - 1]) > 0) {
      sorted[at] = sorted[at - 1];
      at--;
    }
    sorted[at] = value;
  }
}
