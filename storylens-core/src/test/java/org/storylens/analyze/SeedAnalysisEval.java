package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.SharedData;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.Quote;
import org.storylens.model.TimeExpression;

/**
 * Stages 1–3 end to end on the seed story, with the standard parts together (the parts' own evals
 * use fixtures): what the comparison stage will rely on holds when the real splitter feeds the
 * recognisers.
 */
class SeedAnalysisEval {

  private static final List<AnalyzedArticle> ANALYZED = new ArrayList<>();

  @BeforeAll
  static void analyzeTheSeedStory() {
    Path seed = SharedData.seedStory().orElse(null);
    assumeTrue(seed != null, "shared/corpus/seed-story not found above the working directory");
    StoryPipeline pipeline =
        StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (Stream<ExtractionOutcome> outcomes =
        pipeline.extract(List.of(seed.toString()), InputStream.nullInputStream())) {
      outcomes.forEach(
          o -> ANALYZED.add(pipeline.analyze(((ExtractionOutcome.Extracted) o).article())));
    }
  }

  @Test
  void everyArticleIsSplitIntoSentences() {
    assertThat(ANALYZED).hasSize(5);
    for (AnalyzedArticle a : ANALYZED) {
      assertThat(a.sentences()).hasSizeGreaterThan(8);
      assertThat(a.sentences().get(0).heading()).as("the headline leads").isTrue();
    }
  }

  @Test
  void onePersonOneKeyAcrossOutlets() {
    assertThat(keysOf("putin")).hasSize(1);
    assertThat(keysOf("aliyev")).hasSize(1);
    Set<String> village = new HashSet<>(keysOf("janyatag"));
    village.addAll(keysOf("canyataq"));
    assertThat(village).as("Janyatag and Canyataq").hasSize(1);
  }

  @Test
  void theDayOfTheDeathsIsResolvedInEveryArticle() {
    for (AnalyzedArticle a : ANALYZED) {
      assertThat(a.times())
          .as(a.article().source())
          .extracting(TimeExpression::iso)
          .contains("2023-09-20");
    }
  }

  @Test
  void theKremlinStatementIsQuotedByMostOutlets() {
    int withKremlinQuote = 0;
    for (AnalyzedArticle a : ANALYZED) {
      Set<String> kremlinKeys = new HashSet<>();
      for (EntityMention e : a.entities()) {
        if (e.name().toLowerCase(Locale.ROOT).contains("kremlin")) {
          kremlinKeys.add(e.key());
        }
      }
      for (Quote q : a.quotes()) {
        if (q.speakerKey().filter(kremlinKeys::contains).isPresent()) {
          withKremlinQuote++;
          break;
        }
      }
    }
    assertThat(withKremlinQuote).isGreaterThanOrEqualTo(4);
  }

  private static Set<String> keysOf(String surname) {
    Set<String> keys = new HashSet<>();
    for (AnalyzedArticle a : ANALYZED) {
      for (EntityMention e : a.entities()) {
        if (a.text(e.span()).toLowerCase(Locale.ROOT).contains(surname)) {
          keys.add(e.key());
        }
      }
    }
    return keys;
  }
}
