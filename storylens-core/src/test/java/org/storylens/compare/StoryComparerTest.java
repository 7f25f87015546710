package org.storylens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;
import org.storylens.model.Published;
import org.storylens.model.Sentence;
import org.storylens.model.Span;
import org.storylens.model.Story;
import org.storylens.model.StoryReport;
import org.storylens.model.TimeExpression;
import org.storylens.model.TimeExpression.Precision;

/** Comparison as far as it goes today, on small analysed articles written for these tests. */
class StoryComparerTest {

  /** An analysed article whose sentences are its lines, with the mentions and dates given. */
  private static final class Builder {
    private final String id;
    private final String text;
    private String title;
    private String outlet;
    private String basedOn;
    private LocalDate date;
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    Builder(String id, String... sentences) {
      this.id = id;
      this.text = String.join("\n\n", sentences);
    }

    Builder title(String title) {
      this.title = title;
      return this;
    }

    Builder outlet(String outlet, String basedOn) {
      this.outlet = outlet;
      this.basedOn = basedOn;
      return this;
    }

    Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    Builder entity(String words, EntityType type, String key, String name) {
      entities.add(new EntityMention(span(words), type, key, name));
      return this;
    }

    Builder time(String words, LocalDate start, LocalDate end, Precision precision) {
      times.add(new TimeExpression(span(words), start, end, precision, false));
      return this;
    }

    private Span span(String words) {
      int start = text.indexOf(words);
      assertThat(start).as(words).isNotNegative();
      return new Span(start, start + words.length());
    }

    AnalyzedArticle build() {
      Article article =
          new Article(
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
      List<Sentence> sentences = new ArrayList<>();
      int start = 0;
      int paragraph = 0;
      for (String line : text.split("\n\n")) {
        sentences.add(new Sentence(new Span(start, start + line.length()), paragraph++, false, List.of()));
        start += line.length() + 2;
      }
      entities.sort((a, b) -> a.span().compareTo(b.span()));
      times.sort((a, b) -> a.span().compareTo(b.span()));
      return new AnalyzedArticle(article, sentences, entities, times, List.of(), List.of());
    }
  }

  private static final LocalDate MARCH_4 = LocalDate.of(2025, 3, 4);

  private final StoryComparer comparer = StoryComparer.standard();

  private static AnalyzedArticle wire() {
    return new Builder(
            "wire",
            "Minister Teodor Valk said on Tuesday that 41 people died.",
            "Valk's ministry sent helicopters.",
            "The last big quake, in 1976, killed 300.")
        .title("Quake kills 41")
        .outlet("Northwire News Agency", null)
        .date(MARCH_4)
        .entity("Teodor Valk", EntityType.PERSON, "valk", "Teodor Valk")
        .entity("Valk's", EntityType.PERSON, "valk", "Teodor Valk")
        .time("on Tuesday", MARCH_4, MARCH_4, Precision.DAY)
        .time("1976", LocalDate.of(1976, 1, 1), LocalDate.of(1976, 12, 31), Precision.YEAR)
        .build();
  }

  private static AnalyzedArticle rewrite() {
    return new Builder(
            "rewrite",
            "Valk said on Tuesday that 41 people died.",
            "The last big quake, in 1976, killed 300.",
            "Rescuers worked through the week of March 3.",
            "Based on reporting by Northwire.")
        .title("41 dead in quake")
        .outlet("Haldor Today", "Northwire")
        .date(MARCH_4)
        .entity("Valk", EntityType.OTHER, "valk", "Valk")
        .time("on Tuesday", MARCH_4, MARCH_4, Precision.DAY)
        .time("1976", LocalDate.of(1976, 1, 1), LocalDate.of(1976, 12, 31), Precision.YEAR)
        .time("the week of March 3", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), Precision.WEEK)
        .build();
  }

  @Test
  void theTitleIsTheEarliestHeadlineAndTheArticlesKeepTheStoryOrder() {
    StoryReport report = comparer.compare(new Story("wire", List.of(wire(), rewrite()), List.of()));
    assertThat(report.id()).isEqualTo("wire");
    assertThat(report.title()).isEqualTo("Quake kills 41");
    assertThat(report.articles()).containsExactly("wire", "rewrite");
  }

  @Test
  void withoutAnyHeadlineTheTitleIsTheFirstSentence() {
    AnalyzedArticle untitled = new Builder("x", "Ferries stopped.", "More later.").build();
    assertThat(comparer.compare(new Story("x", List.of(untitled), List.of())).title())
        .isEqualTo("Ferries stopped.");
  }

  @Test
  void mentionsSharingAKeyAreOneEntityNamedByItsCommonestFullForm() {
    StoryReport report = comparer.compare(new Story("wire", List.of(wire(), rewrite()), List.of()));
    assertThat(report.entities()).hasSize(1);
    StoryReport.Entity valk = report.entities().get(0);
    assertThat(valk.name()).isEqualTo("Teodor Valk");
    assertThat(valk.type()).isEqualTo(EntityType.PERSON);
    assertThat(valk.aliases()).containsExactly("Valk");
    assertThat(valk.articles()).containsExactly("wire", "rewrite");
  }

  @Test
  void theTimelineHoldsDayMonthAndYearDatesWithTheirSentencesEarliestFirst() {
    StoryReport report = comparer.compare(new Story("wire", List.of(wire(), rewrite()), List.of()));
    assertThat(report.timeline())
        .extracting(StoryReport.TimelineEvent::date)
        .containsExactly("1976", "2025-03-04", "2025-03-04");
    StoryReport.TimelineEvent first = report.timeline().get(0);
    assertThat(first.precision()).isEqualTo(Precision.YEAR);
    assertThat(first.event()).isEqualTo("The last big quake, in 1976, killed 300.");
    // the same sentence with the same date in two articles is one event with two sources
    assertThat(first.sources()).containsExactly("wire", "rewrite");
    assertThat(report.timeline().get(1).event())
        .isEqualTo("Minister Teodor Valk said on Tuesday that 41 people died.");
    assertThat(report.timeline().get(1).sources()).containsExactly("wire");
    // a week is too vague to place
    assertThat(report.timeline()).noneMatch(e -> e.event().contains("week of March 3"));
  }

  @Test
  void aDeclaredCreditLinksToTheCreditedOutletsEarlierArticleEvenWhenNamedShorter() {
    StoryReport report = comparer.compare(new Story("wire", List.of(wire(), rewrite()), List.of()));
    assertThat(report.derivations()).hasSize(1);
    DerivationLink link = report.derivations().get(0);
    assertThat(link.from()).isEqualTo("wire");
    assertThat(link.to()).isEqualTo("rewrite");
    assertThat(link.kind()).isEqualTo(DerivationLink.Kind.ATTRIBUTION);
    assertThat(link.evidence()).contains("Northwire");
  }

  @Test
  void linksClusteringFoundAreKeptAndNotRepeated() {
    DerivationLink found =
        new DerivationLink("wire", "rewrite", DerivationLink.Kind.ATTRIBUTION, 1.0, "credit");
    DerivationLink copy =
        new DerivationLink("wire", "rewrite", DerivationLink.Kind.NEAR_DUPLICATE, 0.9, "shingles");
    StoryReport report =
        comparer.compare(new Story("wire", List.of(wire(), rewrite()), List.of(found, copy)));
    assertThat(report.derivations()).containsExactly(found, copy);
  }

  @Test
  void aCreditToAnOutletWithNoEarlierArticleLinksNothing() {
    StoryReport report = comparer.compare(new Story("rewrite", List.of(rewrite(), wire()), List.of()));
    assertThat(report.derivations()).isEmpty();
  }

  @Test
  void outletNamesMatchWhenTheWordsOfOneBeginTheOther() {
    assertThat(DeclaredCreditLinker.sameOutlet("Northwire", "Northwire News Agency")).isTrue();
    assertThat(DeclaredCreditLinker.sameOutlet("The Daily Courier", "daily courier")).isTrue();
    assertThat(DeclaredCreditLinker.sameOutlet("Northwire", "North")).isFalse();
    assertThat(DeclaredCreditLinker.sameOutlet("Meridian World Service", "World Service")).isFalse();
  }
}
