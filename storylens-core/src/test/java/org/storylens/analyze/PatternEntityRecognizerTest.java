package org.storylens.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;

class PatternEntityRecognizerTest extends EntityRecognizerContract {

  private static PatternEntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = new PatternEntityRecognizer();
  }

  @Override
  protected EntityRecognizer recognizer() {
    return recognizer;
  }

  private static List<EntityMention> find(String text) {
    return recognizer.find(text, new FixtureSentenceSplitter().split(text));
  }

  private static Optional<EntityMention> mention(
      List<EntityMention> mentions, String text, String form) {
    return mentions.stream().filter(m -> m.span().of(text).equals(form)).findFirst();
  }

  private static EntityMention only(String text, String form) {
    List<EntityMention> mentions = find(text);
    return mention(mentions, text, form)
        .orElseThrow(() -> new AssertionError("no mention '" + form + "' in " + mentions));
  }

  @Test
  void titlesAndNationalitiesStayOutsideAPersonsName() {
    String text = "Estonian Prime Minister Kaja Kallas met Finnish President Sauli Niinisto.";
    List<EntityMention> mentions = find(text);
    assertThat(mentions)
        .extracting(m -> m.span().of(text))
        .containsExactly("Kaja Kallas", "Sauli Niinisto");
    assertThat(mentions).extracting(EntityMention::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void aSurnameTakesTheFullNamesKeyInTheArticle() {
    String text =
        "Chancellor Olaf Scholz arrived in Vilnius. Scholz's visit lasted a day, and Scholz"
            + " left on Tuesday.";
    List<EntityMention> mentions = find(text);
    EntityMention full = mention(mentions, text, "Olaf Scholz").orElseThrow();
    assertThat(mentions)
        .filteredOn(m -> m.span().of(text).equals("Scholz"))
        .hasSize(2)
        .allSatisfy(
            m -> {
              assertThat(m.key()).isEqualTo(full.key());
              assertThat(m.name()).isEqualTo("Olaf Scholz");
              assertThat(m.type()).isEqualTo(EntityType.PERSON);
            });
    assertThat(only(text, "Vilnius").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void institutionNamesJoinAcrossOf() {
    String text = "The Bank of England raised rates, and the Council of Europe met in Strasbourg.";
    assertThat(only(text, "Bank of England").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(only(text, "Council of Europe").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(only(text, "Strasbourg").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void namesAreNotJoinedAcrossAnd() {
    String text = "Officials said Macron and Sunak spoke for an hour.";
    assertThat(find(text)).extracting(m -> m.span().of(text)).containsExactly("Macron", "Sunak");
  }

  @Test
  void sentenceInitialCommonWordsAndDatesAreNotNames() {
    String text =
        "Renewed fighting broke out in March. During the talks, Moreover Group said nothing."
            + " On Monday the Danish Foreign Ministry responded.";
    List<EntityMention> mentions = find(text);
    assertThat(mentions)
        .extracting(m -> m.span().of(text))
        .doesNotContain("Renewed", "March", "During", "On", "Monday")
        .contains("Danish Foreign Ministry");
    assertThat(only(text, "Danish Foreign Ministry").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void nationalityWordsAloneAreNotEntities() {
    String text =
        "Georgian and Armenian officials discussed the Turkish-Iranian border near Tabriz.";
    List<EntityMention> mentions = find(text);
    assertThat(mentions).extracting(m -> m.span().of(text)).containsExactly("Tabriz");
    assertThat(mentions.get(0).type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void placeCuesTypeUnlistedPlaces() {
    String text =
        "The convoy was stopped near the village of Khojavend and later reached the town"
            + " of Martuni.";
    assertThat(only(text, "Khojavend").type()).isEqualTo(EntityType.PLACE);
    assertThat(only(text, "Martuni").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void anAcronymDefinedInTheTextTakesItsDefinitionsKey() {
    String text =
        "The Nordic monitoring mission (NMM) patrols the coast. Yesterday NMM observers"
            + " counted ships.";
    List<EntityMention> mentions = find(text);
    EntityMention definition = only(text, "Nordic monitoring mission");
    assertThat(definition.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(mentions)
        .filteredOn(m -> m.span().of(text).equals("NMM"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.key()).isEqualTo(definition.key()));
  }

  @Test
  void aNationalUnitWrittenInLowerCaseIsAnOrganizationAndMeetsItsCapitalisedForm() {
    String a = "Officers of the Turkish peacekeeping contingent were wounded.";
    String b = "The Turkish Peacekeeping Force confirmed the incident.";
    EntityMention lower = only(a, "Turkish peacekeeping contingent");
    EntityMention upper = only(b, "Turkish Peacekeeping Force");
    assertThat(lower.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(lower.key()).isEqualTo(upper.key());
  }

  @Test
  void possessivesAreOutsideTheMentionsKey() {
    String a = "Tbilisi's mayor spoke.";
    String b = "The mayor of Tbilisi spoke.";
    assertThat(only(a, "Tbilisi").key()).isEqualTo(only(b, "Tbilisi").key());
  }

  @Test
  void transliterationVariantsShareAKeyAcrossArticles() {
    String a = "Shelling hit Avdiivka overnight, officials in Kyiv said.";
    String b = "Shelling hit Avdeyevka overnight, officials in Kiev said.";
    assertThat(only(a, "Avdiivka").key()).isEqualTo(only(b, "Avdeyevka").key());
    assertThat(only(a, "Kyiv").key()).isEqualTo(only(b, "Kiev").key());
  }

  @Test
  void aliasTableUnitesExonymsAndRegionNames() {
    String a = "Talks on Nagorno-Karabakh resumed.";
    String b = "Talks on Karabakh resumed.";
    String c = "Rates rose in Kharkov.";
    String d = "Rates rose in Kharkiv.";
    assertThat(only(a, "Nagorno-Karabakh").key()).isEqualTo(only(b, "Karabakh").key());
    assertThat(only(c, "Kharkov").key()).isEqualTo(only(d, "Kharkiv").key());
  }

  @Test
  void pressServicesSpeakForTheirOrganization() {
    String a = "The Kremlin's press service confirmed the call.";
    String b = "The call was confirmed by the press service of the Russian president.";
    String c = "The Kremlin confirmed the call.";
    String kremlin = only(c, "Kremlin").key();
    assertThat(only(a, "Kremlin's press service").key()).isEqualTo(kremlin);
    EntityMention described = only(b, "press service of the Russian president");
    assertThat(described.key()).isEqualTo(kremlin);
    assertThat(described.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void personCuesWithoutATitle() {
    String text =
        "Analysts quoted by Reuters disagreed. Tigran Sargsyan said the plan would fail,"
            + " while Gevorgyan said it might work.";
    assertThat(only(text, "Tigran Sargsyan").type()).isEqualTo(EntityType.PERSON);
    assertThat(only(text, "Gevorgyan").type()).isEqualTo(EntityType.PERSON);
    assertThat(only(text, "Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void headlinesInTitleCaseKeepOnlyVouchedNames() {
    String text =
        "Leaders Discuss Grain Exports With Erdogan In Ankara\n\nTurkish President Recep"
            + " Erdogan hosted the talks in Ankara on grain exports.";
    List<EntityMention> mentions = find(text);
    assertThat(mentions)
        .extracting(m -> m.span().of(text))
        .doesNotContain("Leaders", "Leaders Discuss Grain Exports", "Discuss", "Grain Exports")
        .contains("Erdogan", "Recep Erdogan", "Ankara");
  }

  @Test
  void aWordGluedToTheNextKeepsTheNameItStartsWith() {
    String text =
        "Ministers met Kallas on Monday. Later Prime Minister Kaja Kallasheld a press"
            + " conference, and Kallas left.";
    assertThat(find(text)).extracting(m -> m.span().of(text)).contains("Kaja Kallas");
  }

  @Test
  void aTitleInsideARunStaysOutsideTheName() {
    String text = "Emergency Situations Minister Teodor Valk visited the site.";
    EntityMention valk = only(text, "Teodor Valk");
    assertThat(valk.type()).isEqualTo(EntityType.PERSON);
    String role = "The Emergency Situations Minister visited the site.";
    assertThat(find(role)).isEmpty();
  }

  @Test
  void oneEntityGetsOneTypeInAnArticle() {
    String text =
        "BRELLA, Norland (Agency) \u2014 Floods hit the town of Brella. Roads near Brella"
            + " were closed, and Brella residents left.";
    List<EntityMention> mentions = find(text);
    assertThat(mentions)
        .filteredOn(m -> m.span().of(text).equalsIgnoreCase("Brella"))
        .hasSize(4)
        .extracting(EntityMention::type)
        .containsOnly(EntityType.PLACE);
  }

  @Test
  void aSentenceInitialWordTheArticleAlsoWritesInLowerCaseIsNoName() {
    String text =
        "Investors were told to wait. Shareholders will lose everything, the regulator"
            + " said, and shareholders were angry.";
    assertThat(find(text)).extracting(m -> m.span().of(text)).doesNotContain("Shareholders");
  }

  @Test
  void aFirstWordOfAnOrganizationStandsForIt() {
    String text =
        "Regulators seized Halvard Savings Bank on Friday. Customers of Halvard queued"
            + " outside, and the Halvard Geological Survey in Halvard reported nothing.";
    List<EntityMention> mentions = find(text);
    EntityMention bank = only(text, "Halvard Savings Bank");
    EntityMention shortForm = mentions.get(1);
    assertThat(shortForm.span().of(text)).isEqualTo("Halvard");
    assertThat(shortForm.key()).isNotEqualTo(bank.key()); // "in Halvard" makes it a place here
    String plain = "Regulators seized Halvard Savings Bank on Friday. Customers of Halvard queued.";
    List<EntityMention> plainMentions = find(plain);
    assertThat(plainMentions).hasSize(2);
    assertThat(plainMentions.get(1).key()).isEqualTo(plainMentions.get(0).key());
    assertThat(plainMentions.get(1).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void middleInitialsDoNotChangeAPersonsKey() {
    String a = "President George W. Bush spoke.";
    String b = "President George Bush spoke.";
    assertThat(only(a, "George W. Bush").key()).isEqualTo(only(b, "George Bush").key());
  }

  @Test
  void shortFormResolutionCanBeSwitchedOff() {
    PatternEntityRecognizer plain =
        new PatternEntityRecognizer(
            EntityRecognitionConfig.defaults().withResolveShortForms(false));
    String text = "President Emmanuel Macron spoke. Macron left.";
    List<EntityMention> mentions = plain.find(text, new FixtureSentenceSplitter().split(text));
    assertThat(mentions).extracting(EntityMention::key).doesNotHaveDuplicates();
  }
}
