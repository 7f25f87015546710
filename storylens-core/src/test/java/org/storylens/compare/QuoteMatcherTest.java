package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.StoryReport.Form;
import org.storylens.model.StoryReport.PrimarySource;
import org.storylens.model.StoryReport.Quote;
import org.storylens.model.StoryReport.Variant;

/** Quotes matched across three (invented) reports of a bridge closure, analysed for real. */
class QuoteMatcherTest {

  private static final ClaimTerms TERMS = new ClaimTerms();

  private static final QuoteMatcher MATCHER =
      new QuoteMatcher(
          new ClaimSplitter(PartOfSpeechTagger.english()), TERMS, QuoteMatchingConfig.defaults());

  private static final List<AnalyzedArticle> STORY =
      List.of(
          ClaimSplitterTest.analyze(
              "wire",
              "The Kesh river bridge was closed to all traffic on Monday after inspectors found"
                  + " cracks in two of its pillars.\n\n"
                  + "\"We will reopen the northern bridge to cars by Friday at the latest,\""
                  + " Transport Minister Petra Halm told reporters in Kesh. \"This is a temporary"
                  + " closure, not a shutdown of the line.\"\n\n"
                  + "The Transport Ministry said the families of the stranded drivers would receive"
                  + " financial assistance for hotel rooms.\n\n"
                  + "\"The pillars were poured badly in 1974 and nobody checked them since,\" said"
                  + " engineer Olav Brenn, who inspected the bridge."),
          ClaimSplitterTest.analyze(
              "daily",
              "Commuters in Kesh faced long queues on Monday as the river bridge stayed shut.\n\n"
                  + "Halm said: \"We will reopen the northern bridge to cars by Friday at the"
                  + " latest.\" She called it \"a temporary closure\" and promised buses.\n\n"
                  + "According to the ministry, the families of the stranded drivers will get"
                  + " material assistance for hotel rooms.\n\n"
                  + "\"The repairs on the pillars will take at least a month, whatever the"
                  + " government promises,\" said Ivo Sand, a local councillor."),
          ClaimSplitterTest.analyze(
              "radio",
              "The Kesh bridge closure entered its first evening with no buses laid on.\n\n"
                  + "\"We shall reopen the northern bridge to cars by Friday at the latest,\" the"
                  + " minister said.\n\n"
                  + "The families of the stranded drivers would be given financial support for"
                  + " hotel rooms, the Transport Ministry said in a statement."));

  @AfterAll
  static void close() {
    TERMS.close();
  }

  private static Quote quoteWith(List<Quote> quotes, String words) {
    return quotes.stream()
        .filter(q -> q.forms().stream().anyMatch(f -> f.text().contains(words)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
  }

  @Test
  void oneStatementQuotedByThreeArticlesInSlightlyDifferentWordsIsOneQuote() {
    Quote reopen = quoteWith(MATCHER.match(STORY).quotes(), "reopen the northern bridge");
    assertThat(reopen.articles()).containsExactly("wire", "daily", "radio");
    // "Transport Minister Petra Halm", "Halm", "the minister": one speaker, named in full
    assertThat(reopen.speaker()).isEqualTo("Petra Halm");
    assertThat(reopen.forms())
        .extracting(Form::text)
        .containsExactly(
            "We will reopen the northern bridge to cars by Friday at the latest",
            "We will reopen the northern bridge to cars by Friday at the latest.",
            "We shall reopen the northern bridge to cars by Friday at the latest");
  }

  @Test
  void aPartialQuoteMatchesTheFullQuoteAndIsAVariant() {
    QuoteMatcher.Result result = MATCHER.match(STORY);
    Quote closure = quoteWith(result.quotes(), "temporary closure");
    assertThat(closure.articles()).containsExactly("wire", "daily");
    assertThat(closure.forms()).extracting(Form::text)
        .containsExactly(
            "This is a temporary closure, not a shutdown of the line.", "a temporary closure");
    assertThat(result.variants())
        .anySatisfy(
            v -> {
              assertThat(v.about()).contains("in part");
              assertThat(v.forms()).extracting(Form::article).containsExactly("wire", "daily");
            });
  }

  @Test
  void anInstitutionsReportedStatementIsMatchedAndMakesItAPrimarySource() {
    QuoteMatcher.Result result = MATCHER.match(STORY);
    Quote assistance = quoteWith(result.quotes(), "hotel rooms");
    assertThat(assistance.articles()).containsExactly("wire", "daily", "radio");
    assertThat(assistance.speaker()).isEqualTo("Transport Ministry");
    assertThat(result.primarySources())
        .extracting(PrimarySource::name)
        .contains("Transport Ministry", "Petra Halm");
    assertThat(result.primarySources())
        .filteredOn(p -> p.name().equals("Transport Ministry"))
        .singleElement()
        .extracting(PrimarySource::quotedBy)
        .isEqualTo(List.of("wire", "daily", "radio"));
  }

  @Test
  void oneStatementTranslatedWithDifferentWordsIsAVariant() {
    Variant assistance =
        MATCHER.match(STORY).variants().stream()
            .filter(v -> v.about().contains("financial"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no wording variant"));
    assertThat(assistance.about()).contains("material").contains("support");
    assertThat(assistance.forms()).extracting(Form::article).containsExactly("wire", "daily", "radio");
  }

  @Test
  void twoSpeakersOnOneTopicAreNotMerged() {
    List<Quote> quotes = MATCHER.match(STORY).quotes();
    Quote engineer = quoteWith(quotes, "poured badly");
    Quote councillor = quoteWith(quotes, "take at least a month");
    assertThat(engineer.articles()).containsExactly("wire");
    assertThat(engineer.speaker()).isEqualTo("Olav Brenn");
    assertThat(councillor.articles()).containsExactly("daily");
    assertThat(councillor.speaker()).isEqualTo("Ivo Sand");
  }

  @Test
  void aSpeakerOnlyOneArticleQuotesIsNoPrimarySource() {
    assertThat(MATCHER.match(STORY).primarySources())
        .extracting(PrimarySource::name)
        .doesNotContain("Olav Brenn", "Ivo Sand");
  }

  @Test
  void aSurnameTwoFullNamesEndInIsNotGivenToEither() {
    List<AnalyzedArticle> story =
        List.of(
            ClaimSplitterTest.analyze(
                "a", "\"The new port will open next spring,\" President Ilham Aliyev said."),
            ClaimSplitterTest.analyze(
                "b", "\"Our oil will reach Europe within a decade,\" Heydar Aliyev said in 1994."),
            ClaimSplitterTest.analyze(
                "c", "\"The harvest was the best in twenty years,\" Aliyev told farmers."));
    QuoteMatcher.Result result = MATCHER.match(story);
    assertThat(result.quotes()).extracting(Quote::speaker)
        .containsExactly("Ilham Aliyev", "Heydar Aliyev", "Aliyev");
    assertThat(result.primarySources()).isEmpty();
  }

  @Test
  void identicalFormsAreNoVariant() {
    List<AnalyzedArticle> copies =
        List.of(
            ClaimSplitterTest.analyze("a", "\"The water came within minutes,\" said Tomas Bela."),
            ClaimSplitterTest.analyze("b", "\"The water came within minutes,\" Tomas Bela said."));
    QuoteMatcher.Result result = MATCHER.match(copies);
    assertThat(quoteWith(result.quotes(), "water").articles()).containsExactly("a", "b");
    assertThat(result.variants()).isEmpty();
  }

  @Test
  void aStoryWithoutQuotesHasNone() {
    QuoteMatcher.Result result =
        MATCHER.match(List.of(ClaimSplitterTest.analyze("a", "The bridge was closed on Monday.")));
    assertThat(result.quotes()).isEmpty();
    assertThat(result.primarySources()).isEmpty();
    assertThat(result.variants()).isEmpty();
  }

  @Test
  void matchingIsThreadSafeAndDeterministic() throws Exception {
    QuoteMatcher.Result expected = MATCHER.match(STORY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<QuoteMatcher.Result>> results =
          pool.invokeAll(java.util.Collections.nCopies(8, () -> MATCHER.match(STORY)));
      for (Future<QuoteMatcher.Result> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
