package org.storylens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Language identification: English told by its function words, the rest by OpenNLP's model. */
class LanguageIdentifierTest {

  private static final String ENGLISH =
      "The harbour authority of Port Venn said on Tuesday that the northern pier would stay closed"
          + " for a week after a cargo ship struck it during the storm, and that its engineers had"
          + " found cracks in two of the supports. Nobody was hurt, the authority said.";

  private static final String GERMAN =
      "Die Hafenbehörde von Port Venn teilte am Dienstag mit, dass der nördliche Pier eine Woche"
          + " lang geschlossen bleibt, nachdem ein Frachtschiff ihn während des Sturms gerammt hat."
          + " Die Ingenieure fanden Risse in zwei Stützen. Verletzt wurde niemand.";

  private static final String FRENCH =
      "L'autorité portuaire de Port Venn a annoncé mardi que la jetée nord resterait fermée"
          + " pendant une semaine après qu'un cargo l'a heurtée pendant la tempête, et que ses"
          + " ingénieurs ont trouvé des fissures dans deux des piliers. Personne n'a été blessé.";

  private static final String DANISH =
      "Havnemyndigheden i Port Venn sagde tirsdag, at den nordlige mole vil være lukket i en uge,"
          + " efter at et fragtskib ramte den under stormen, og at dens ingeniører har fundet"
          + " revner i to af støtterne. Ingen kom til skade her, sagde myndigheden.";

  private final OpenNlpLanguageIdentifier identifier = new OpenNlpLanguageIdentifier();

  @Test
  void englishProseIsToldByItsFunctionWords() {
    assertThat(EnglishFunctionWords.isEnglish(ENGLISH)).isTrue();
    assertThat(identifier.identify(ENGLISH)).contains("en");
  }

  @Test
  void otherLatinScriptLanguagesAreLeftToTheModel() {
    for (String text : new String[] {GERMAN, FRENCH, DANISH}) {
      assertThat(EnglishFunctionWords.isEnglish(text)).as(text).isFalse();
    }
    assertThat(identifier.identify(GERMAN)).contains("de");
    assertThat(identifier.identify(FRENCH)).contains("fr");
    assertThat(identifier.identify(DANISH)).contains("da");
  }

  @Test
  void englishWordsInAnotherScriptAreNotEnglishProse() {
    String mixed =
        "Kindle for PC を Ctrl と Alt の the ショートカットキーで立ち上がらなくする方法について説明します。"
            + " the app is of the kind that has been said to work with this and that for the user"
            + " を読む場合は、一般的にスマホやタブレットなどのモバイル端末を使うことが多いと思います。";
    assertThat(EnglishFunctionWords.isEnglish(mixed)).isFalse();
  }

  @Test
  void aHeadlineIsTooShortToTell() {
    assertThat(EnglishFunctionWords.isEnglish("The pier is closed for the week")).isFalse();
  }
}
