package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.EntityMention;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;

class AttributionQuoteExtractorTest extends QuoteExtractorContract {

  private static PatternEntityRecognizer recognizer;
  private static final AttributionQuoteExtractor extractor = new AttributionQuoteExtractor();

  @BeforeAll
  static void load() {
    recognizer = new PatternEntityRecognizer();
  }

  @Override
  protected QuoteExtractor extractor() {
    return extractor;
  }

  @Override
  protected EntityRecognizer recognizer() {
    return recognizer;
  }

  /** The quotes of a text, with its entity mentions. */
  private record Found(String text, List<EntityMention> entities, List<Quote> quotes) {
    String quoted(int i) {
      return quotes.get(i).span().of(text);
    }

    String speaker(int i) {
      return quotes.get(i).speaker().map(s -> s.of(text)).orElse(null);
    }

    String keyOf(String form) {
      return entities.stream()
          .filter(e -> e.span().of(text).equals(form))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no mention " + form + " in " + entities))
          .key();
    }
  }

  private static Found find(String text) {
    List<Sentence> sentences = new FixtureSentenceSplitter().split(text);
    List<EntityMention> entities = recognizer.find(text, sentences);
    return new Found(text, entities, extractor.find(text, sentences, entities));
  }

  @Test
  void trailingAttributionWithStraightQuotes() {
    Found f =
        find(
            "\"We will not accept these terms under any circumstances,\" the Foreign Ministry"
                + " said in a statement.");
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.quoted(0)).isEqualTo("We will not accept these terms under any circumstances");
    assertThat(f.quotes().get(0).kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(f.speaker(0)).isEqualTo("the Foreign Ministry");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Foreign Ministry"));
  }

  @Test
  void verbBeforeSpeakerWithCurlyQuotes() {
    Found f =
        find(
            "\u201cThe bridge must be rebuilt before winter,\u201d said Governor Marta"
                + " Lindqvist on Friday.");
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.speaker(0)).isEqualTo("Governor Marta Lindqvist");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Marta Lindqvist"));
  }

  @Test
  void trailingToldReporters() {
    Found f =
        find(
            "\u201cWe expect the first trains to run again by Sunday,\u201d Mayor Ines Albrecht"
                + " told reporters.");
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.speaker(0)).isEqualTo("Mayor Ines Albrecht");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Ines Albrecht"));
  }

  @Test
  void leadingAttributionWithAColon() {
    Found f =
        find(
            "Senator Paolo Ricci told reporters: \"The budget leaves the regions without"
                + " money.\"");
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.quoted(0)).isEqualTo("The budget leaves the regions without money.");
    assertThat(f.speaker(0)).isEqualTo("Senator Paolo Ricci");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Paolo Ricci"));
  }

  @Test
  void aQuoteRunsOverParagraphsWhenTheNextOneReopensIt() {
    String text =
        "The agency said: \"Supplies of grain will last until March.\n\n"
            + "\"After that the reserve will have to be released in stages,\" the Food Agency"
            + " added.";
    Found f = find(text);
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.quoted(0)).startsWith("Supplies of grain").endsWith("released in stages");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Food Agency"));
  }

  @Test
  void anUnclosedQuoteWithoutContinuationIsNoQuote() {
    Found f = find("He said: \"this never closes\n\nThe next paragraph is plain narration here.");
    assertThat(f.quotes()).isEmpty();
  }

  @Test
  void scareQuotesAreNotSpeech() {
    Found f = find("The government called the protest a \"minor disturbance\" and moved on.");
    assertThat(f.quotes()).isEmpty();
  }

  @Test
  void aFewWordsSomeoneIsSaidToHaveCalledSomethingAreTheirQuote() {
    Found f =
        find(
            "Governor Lena Ortis defended the plan, describing the cuts as what she called an"
                + " \"orderly retreat\". Ortis called it \"a pause\" in a later interview.");
    assertThat(f.quotes()).hasSize(2);
    assertThat(f.quoted(0)).isEqualTo("orderly retreat");
    assertThat(f.speaker(0)).isEqualTo("she");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Lena Ortis"));
    assertThat(f.quoted(1)).isEqualTo("a pause");
    assertThat(f.speaker(1)).isEqualTo("Ortis");
  }

  @Test
  void saidWithoutThatBeforeAPronounOrQuantifierIsReportedSpeech() {
    Found f =
        find(
            "Minister Teodor Valk visited Orvek. He said every available helicopter had been"
                + " sent to the province. The governor said there were no plans to evacuate.");
    assertThat(f.quotes()).hasSize(2);
    assertThat(f.quoted(0)).isEqualTo("every available helicopter had been sent to the province");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Teodor Valk"));
    assertThat(f.quoted(1)).isEqualTo("there were no plans to evacuate");
    assertThat(f.speaker(1)).isEqualTo("The governor");
  }

  @Test
  void aNameGivenToAThingIsNoQuote() {
    Found f = find("Residents formed a group called \"Friends of the River\" last spring.");
    assertThat(f.quotes()).isEmpty();
  }

  @Test
  void reportedSpeechWithThat() {
    Found f =
        find(
            "Chancellor Karl Brenner stressed during a visit to Graz that the tunnel would"
                + " open next year.");
    assertThat(f.quotes()).hasSize(1);
    Quote q = f.quotes().get(0);
    assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED);
    assertThat(f.quoted(0)).isEqualTo("the tunnel would open next year");
    assertThat(f.speaker(0)).isEqualTo("Chancellor Karl Brenner");
    assertThat(q.speakerKey()).contains(f.keyOf("Karl Brenner"));
  }

  @Test
  void accordingToBeforeAndAfterTheClause() {
    Found before = find("According to the Danish Energy Agency, gas storage is nearly full.");
    assertThat(before.quoted(0)).isEqualTo("gas storage is nearly full");
    assertThat(before.quotes().get(0).speakerKey()).contains(before.keyOf("Danish Energy Agency"));
    Found after = find("Gas storage is nearly full, according to the Danish Energy Agency.");
    assertThat(after.quoted(0)).isEqualTo("Gas storage is nearly full");
    assertThat(after.speaker(0)).isEqualTo("the Danish Energy Agency");
  }

  @Test
  void sentenceFinalAttributionAndTheMinistryResolvesToTheLastMinistry() {
    Found f =
        find(
            "The Latvian Interior Ministry said on Tuesday a patrol boat was damaged in the storm."
                + " Two crew members were treated for minor injuries, the ministry said.");
    assertThat(f.quotes()).hasSize(2);
    assertThat(f.quoted(0)).isEqualTo("a patrol boat was damaged in the storm");
    assertThat(f.quoted(1)).isEqualTo("Two crew members were treated for minor injuries");
    String ministry = f.keyOf("Latvian Interior Ministry");
    assertThat(f.quotes()).allSatisfy(q -> assertThat(q.speakerKey()).contains(ministry));
  }

  @Test
  void theStatementIsTheStatementQuotedLast() {
    Found f =
        find(
            "\"Both sides agreed to keep the border crossings open through the winter,\" the"
                + " Kremlin said in a statement.\n\n"
                + "Local officials said that traffic was normal.\n\n"
                + "\"Further talks are planned for the spring,\" the statement read.");
    assertThat(f.quotes()).hasSize(3);
    String kremlin = f.keyOf("Kremlin");
    assertThat(f.quotes().get(2).speakerKey()).contains(kremlin);
    assertThat(f.speaker(2)).isEqualTo("the statement");
  }

  @Test
  void pronounsResolveToTheNearestCompatibleEntity() {
    Found f =
        find(
            "Finance Minister Ana Duarte presented the plan. \"It is the hardest budget in"
                + " a decade,\" she said. \"Pensions are protected,\" it added.");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Ana Duarte"));
    assertThat(f.quotes().get(1).speakerKey()).contains(f.keyOf("Ana Duarte"));
  }

  @Test
  void passiveReportingNamesTheDocumentWhenTheSentenceDoes() {
    Found f = find("In the statement, it was noted that the delegation would return in May.");
    assertThat(f.quotes()).hasSize(1);
    assertThat(f.speaker(0)).isEqualTo("the statement");
    assertThat(f.quoted(0)).isEqualTo("the delegation would return in May");
    assertThat(f.quotes().get(0).speakerKey()).isEmpty();
  }

  @Test
  void anUnattributedFollowUpQuoteContinuesTheLastSpeaker() {
    Found f =
        find(
            "\"The reservoir is at a record low,\" the Water Board said.\n\nIt is stressed"
                + " that \"households should limit watering gardens until the rains return.\"");
    assertThat(f.quotes()).hasSize(2);
    assertThat(f.quotes().get(1).speakerKey()).isEqualTo(f.quotes().get(0).speakerKey());
    assertThat(f.quotes().get(1).speakerKey()).contains(f.keyOf("Water Board"));
  }

  @Test
  void aDatelineIsNotPartOfTheReportedClause() {
    Found f =
        find(
            "OSLO (Agency) \u2014 Fishing quotas will be cut by a tenth, the Norwegian"
                + " Fisheries Directorate said on Monday.");
    assertThat(f.quoted(0)).isEqualTo("Fishing quotas will be cut by a tenth");
    assertThat(f.quotes().get(0).speakerKey()).contains(f.keyOf("Norwegian Fisheries Directorate"));
  }

  @Test
  void aSpeakerWithoutAnEntityKeepsItsSpanWithoutKey() {
    Found f = find("\"Nobody warned us about the flood,\" a local shopkeeper said.");
    assertThat(f.speaker(0)).isEqualTo("a local shopkeeper");
    assertThat(f.quotes().get(0).speakerKey()).isEmpty();
  }
}
