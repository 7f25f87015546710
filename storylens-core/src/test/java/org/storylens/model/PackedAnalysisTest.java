package org.storylens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storylens.AnalysisOutcome;
import org.storylens.SharedData;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

class PackedAnalysisTest {

  @Test
  void everyBundledSampleUnpacksToTheAnalysisThatWasPacked() throws Exception {
    Path samples = SharedData.samples().orElse(null);
    assumeTrue(samples != null, "samples/truth.json not found above " + Path.of("").toAbsolutePath());
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    List<AnalyzedArticle> analysed = new ArrayList<>();
    try (Stream<AnalysisOutcome> outcomes =
        pipeline.analyze(List.of(samples.toString()), InputStream.nullInputStream(), 1)) {
      outcomes.forEach(o -> analysed.add(((AnalysisOutcome.Analyzed) o).article()));
    }
    assertThat(analysed).hasSizeGreaterThanOrEqualTo(9);
    for (AnalyzedArticle article : analysed) {
      PackedAnalysis packed = PackedAnalysis.of(article);
      assertThat(packed.unpack()).isEqualTo(article);
      assertThat(packed.article()).isSameAs(article.article());
      // every sample has sentences, tokens and entities: packed, a few bytes a token
      int tokens = article.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      assertThat(tokens).isPositive();
      assertThat(packed.packedBytes()).isLessThan(8 * tokens + 40 * article.entities().size() + 64);
    }
  }

  @Test
  void theEdgesOfEveryFieldComeBackAsTheyWere() throws Exception {
    String text = "Пётр said: \"It will be 1e300 or -0 km\" 😀 and more.\n\nTASS reported it.";
    Article article =
        new Article(
            "a1", "x/a1", Optional.of("Title"), Optional.empty(), Optional.empty(),
            Optional.of(Published.stated(LocalDate.of(2024, 2, 29))), Optional.empty(), Optional.of("en"),
            Optional.of("TASS"), Optional.empty(), text, List.of("menu"), List.of());
    int end = text.length();
    List<Sentence> sentences =
        List.of(
            new Sentence(new Span(0, 50), 0, false, List.of(new Span(0, 4), new Span(4, 4), new Span(5, 9))),
            new Sentence(new Span(52, end), 1, true, List.of()));
    List<EntityMention> entities =
        List.of(
            new EntityMention(new Span(0, 4), EntityType.PERSON, "петр", "Пётр"),
            new EntityMention(new Span(52, 56), EntityType.ORGANIZATION, "tass", "TASS"),
            new EntityMention(new Span(0, 4), EntityType.OTHER, "петр", "Пётр 😀"));
    List<TimeExpression> times =
        List.of(
            new TimeExpression(new Span(60, 68), LocalDate.of(-4000, 1, 1), LocalDate.of(9999, 12, 31),
                TimeExpression.Precision.DECADE, true),
            new TimeExpression(new Span(10, 12), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29),
                TimeExpression.Precision.DAY, false));
    List<Quantity> quantities =
        List.of(
            new Quantity(new Span(23, 28), 1e300, "km", true),
            new Quantity(new Span(32, 34), -0.0, "", false),
            new Quantity(new Span(32, 34), Double.MIN_VALUE, "km", false),
            new Quantity(new Span(32, 34), -123456.789, "people", false));
    List<Quote> quotes =
        List.of(
            new Quote(new Span(11, 39), Quote.Kind.DIRECT, Optional.of(new Span(0, 4)), Optional.of("петр")),
            new Quote(new Span(52, end), Quote.Kind.REPORTED, Optional.empty(), Optional.of("tass")),
            new Quote(new Span(52, end), Quote.Kind.REPORTED, Optional.of(new Span(52, 56)), Optional.empty()),
            new Quote(new Span(0, 0), Quote.Kind.DIRECT, Optional.empty(), Optional.empty()));
    AnalyzedArticle analysed = new AnalyzedArticle(article, sentences, entities, times, quantities, quotes);

    AnalyzedArticle back = PackedAnalysis.of(analysed).unpack();

    assertThat(back).isEqualTo(analysed);
    assertThat(Double.doubleToRawLongBits(back.quantities().get(1).value()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    AnalyzedArticle empty = new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(PackedAnalysis.of(empty).unpack()).isEqualTo(empty);
  }
}
