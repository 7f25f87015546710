package org.storylens.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;

/** Short articles written for these tests (never copied from a corpus). */
final class TestArticles {

  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

  private TestArticles() {}

  /** The article through the standard analysis stage, as the clusterer takes it. */
  static AnalyzedArticle analyze(Article article) {
    return ANALYZER.analyze(article);
  }

  static Article article(String id, String title, String text) {
    return article(id, title, text, null, null, null);
  }

  static Article article(
      String id, String title, String text, LocalDate date, String outlet, String basedOn) {
    return new Article(
        id,
        "test/" + id,
        Optional.ofNullable(title),
        Optional.ofNullable(outlet),
        Optional.empty(),
        Optional.ofNullable(date).map(Published::stated),
        Optional.empty(),
        Optional.of("en"),
        Optional.ofNullable(basedOn),
        Optional.empty(),
        text,
        List.of(),
        List.of());
  }

  /** Two earthquakes in the same region five weeks apart, three reports of each, in time order. */
  static List<Article> twoEarthquakes() {
    LocalDate first = LocalDate.of(2023, 2, 6);
    LocalDate second = LocalDate.of(2023, 3, 14);
    return List.of(
        article(
            "quake1-a",
            "Strong earthquake strikes Maravia near Tolsk",
            "A magnitude 6.8 earthquake struck the Maravian province of Tolsk early on Monday,"
                + " toppling apartment blocks. Rescuers said at least 120 people were killed"
                + " in Tolsk and the nearby town of Verin. Governor Anna Petrov declared an"
                + " emergency.",
            first, "Northern Wire", null),
        article(
            "quake1-b",
            "Death toll rises after Tolsk earthquake",
            "The death toll from Monday's magnitude 6.8 earthquake in Tolsk rose to 180,"
                + " Governor Anna Petrov said, as rescuers searched collapsed apartment blocks"
                + " in Verin through the night.",
            first.plusDays(1), "Daily Courier", null),
        article(
            "quake1-c",
            "Tolsk quake survivors shelter in tents",
            "Thousands of survivors of the Tolsk earthquake spent a second night in tents as"
                + " aftershocks shook Verin. Governor Anna Petrov said 180 people died when the"
                + " magnitude 6.8 quake brought down apartment blocks.",
            first.plusDays(2), "Evening Post", null),
        article(
            "quake2-a",
            "Earthquake hits Maravia's Dorn valley",
            "A magnitude 5.9 earthquake shook the Dorn valley in eastern Maravia on Tuesday,"
                + " damaging a dam near the village of Kesh. Mayor Ivo Radan said two people"
                + " were injured and no one was killed; engineers inspected the Kesh dam.",
            second, "Northern Wire", null),
        article(
            "quake2-b",
            "Kesh dam holds after Dorn valley earthquake",
            "Engineers said the Kesh dam held after Tuesday's magnitude 5.9 earthquake in the"
                + " Dorn valley. Mayor Ivo Radan said two villagers were injured by falling"
                + " masonry in Kesh.",
            second.plusDays(1), "Daily Courier", null),
        article(
            "quake2-c",
            "Dorn valley quake: villagers return home",
            "Villagers in Kesh returned home a day after a magnitude 5.9 earthquake rattled the"
                + " Dorn valley, Mayor Ivo Radan said. Inspectors found cracks but no breach in"
                + " the Kesh dam.",
            second.plusDays(1), "Evening Post", "Northern Wire"));
  }

  /**
   * Two bank failures three days apart in the same country, reported by the same outlets in the
   * same words ("regulators closed", "deposits insured"); only the banks, towns and figures
   * differ.
   */
  static List<Article> twoBankFailures() {
    LocalDate first = LocalDate.of(2024, 5, 3);
    LocalDate second = first.plusDays(3);
    return List.of(
        article(
            "bank1-a",
            "Regulators close Harwick Savings Bank",
            "Regulators closed Harwick Savings Bank in Dunmore on Friday after a run on deposits,"
                + " the Deposit Insurance Board said. The bank held $2.1 billion in deposits, all"
                + " of them insured, chief executive Lena Morrow said.",
            first, "Northern Wire", null),
        article(
            "bank1-b",
            "Harwick Savings depositors queue in Dunmore",
            "Depositors of Harwick Savings Bank queued outside its Dunmore branches a day after"
                + " regulators closed the lender. Lena Morrow, its chief executive, said the $2.1"
                + " billion in deposits were insured.",
            first.plusDays(1), "Daily Courier", null),
        article(
            "bank2-a",
            "Regulators close Pellam Trust in Ostry",
            "Regulators closed Pellam Trust in Ostry on Monday, the second bank failure in a week,"
                + " the Deposit Insurance Board said. The bank held $640 million in deposits;"
                + " chairman Victor Hale said most of them were insured.",
            second, "Northern Wire", null),
        article(
            "bank2-b",
            "Pellam Trust customers told deposits are safe",
            "Customers of Pellam Trust in Ostry were told their deposits were insured after"
                + " regulators closed the bank, chairman Victor Hale said. It held $640 million in"
                + " deposits.",
            second.plusDays(1), "Daily Courier", null));
  }

  /** Two phone calls between the same two leaders, a year apart, and what each call was about. */
  static List<Article> twoPhoneCallsAYearApart() {
    LocalDate first = LocalDate.of(2022, 3, 9);
    LocalDate second = LocalDate.of(2023, 3, 14);
    return List.of(
        article(
            "call1-a",
            "Presidents Varga and Oduya speak by phone",
            "President Tomas Varga of Maravia and President Ada Oduya of Kesland spoke by phone"
                + " on Wednesday about grain exports through the port of Selin, Varga's office"
                + " said.",
            first, "Northern Wire", null),
        article(
            "call1-b",
            "Varga, Oduya discuss Selin grain exports",
            "Tomas Varga and Ada Oduya discussed grain exports through Selin in a telephone"
                + " conversation on Wednesday, Kesland's foreign ministry said.",
            first, "Daily Courier", null),
        article(
            "call2-a",
            "Varga and Oduya hold phone call",
            "President Tomas Varga of Maravia and President Ada Oduya of Kesland spoke by phone"
                + " on Tuesday about a border dispute near Amrit, Varga's office said.",
            second, "Northern Wire", null),
        article(
            "call2-b",
            "Varga, Oduya talk about Amrit border",
            "Tomas Varga and Ada Oduya discussed the border near Amrit in a telephone"
                + " conversation on Tuesday, Kesland's foreign ministry said.",
            second, "Daily Courier", null));
  }
}
