package org.storylens.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.storylens.extract.TextBlock;
import org.storylens.model.Published;

class MetadataExtractorTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private ArticleMetadata extract(List<String> paragraphs, List<String> metadataLines) {
    return extractor.extract(
        new MetadataEvidence(
            "notes/story.txt",
            Optional.of("A headline"),
            paragraphs.stream().map(TextBlock::paragraph).toList(),
            metadataLines,
            PageSignals.none()));
  }

  @Nested
  class Outlet {
    @Test
    void fromASlashDateline() {
      ArticleMetadata m =
          extract(List.of("ASTANA, June 4. /Kazinform/. The summit opened on Tuesday."), List.of());
      assertThat(m.outlet()).contains("Kazinform");
      assertThat(m.basedOn()).isEmpty();
    }

    @Test
    void fromABracketDateline() {
      ArticleMetadata m =
          extract(List.of("A lead line", "ROME (ANSA) — The government fell on Monday."), List.of());
      assertThat(m.outlet()).contains("ANSA");
    }

    @Test
    void aSiteNameLineWinsOverTheDatelineWhichBecomesTheSource() {
      ArticleMetadata m =
          extract(
              List.of("LONDON (Reuters) - Oil prices rose on Monday."),
              List.of("Gulf Energy Review"));
      assertThat(m.outlet()).contains("Gulf Energy Review");
      assertThat(m.basedOn()).contains("Reuters");
    }

    @Test
    void fromPageMetadataFirst() {
      PageSignals signals =
          new PageSignals(
              Map.of("og:site_name", "Harbor Times"),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      ArticleMetadata m =
          extractor.extract(
              new MetadataEvidence(
                  "https://www.harbortimes.example/a/1",
                  Optional.empty(),
                  List.of(TextBlock.paragraph("Text.")),
                  List.of(),
                  signals));
      assertThat(m.outlet()).contains("Harbor Times");
      assertThat(m.url()).contains("https://www.harbortimes.example/a/1");
    }

    @Test
    void copyrightHolderIsTheOutletAndItsInitialsAreNotASecondSource() {
      ArticleMetadata m =
          extract(
              List.of("RIGA (BNS) — The parliament met on Monday."),
              List.of("© 2024 Baltic News Service. All rights reserved. Do not republish."));
      assertThat(m.outlet()).contains("Baltic News Service");
      assertThat(m.basedOn()).isEmpty();
    }

    @Test
    void hostOnlyForWebSources() {
      ArticleMetadata web =
          extractor.extract(
              new MetadataEvidence(
                  "https://www.harbortimes.example/a/1",
                  Optional.empty(),
                  List.of(TextBlock.paragraph("Text.")),
                  List.of(),
                  PageSignals.none()));
      assertThat(web.outlet()).contains("harbortimes.example");
      assertThat(extract(List.of("Text."), List.of()).outlet()).isEmpty();
    }
  }

  @Nested
  class CreditsAndBylines {
    @Test
    void basedOnNamesAnyAgency() {
      ArticleMetadata m =
          extract(List.of("Text."), List.of("Based on materials from Lakeside Wire Service"));
      assertThat(m.basedOn()).contains("Lakeside Wire Service");
    }

    @Test
    void sourceIsABylineUnlessItIsAnAgency() {
      assertThat(extract(List.of("Text."), List.of("Source: Newsdesk")).byline()).contains("Newsdesk");
      ArticleMetadata agency = extract(List.of("Text."), List.of("Source: AFP"));
      assertThat(agency.byline()).isEmpty();
      assertThat(agency.basedOn()).contains("AFP");
    }

    @Test
    void aListOfAgenciesIsACredit() {
      ArticleMetadata m = extract(List.of("Text."), List.of("Sources: Reuters, AFP"));
      assertThat(m.basedOn()).contains("Reuters, AFP");
      assertThat(m.byline()).isEmpty();
    }

    @Test
    void byLinesAndBylineBlocks() {
      ArticleMetadata m = extract(List.of("By Kim Park", "The mayor resigned."), List.of());
      assertThat(m.byline()).contains("Kim Park");
      assertThat(m.blocks()).extracting(TextBlock::text).containsExactly("The mayor resigned.");
      assertThat(m.removed()).containsExactly("By Kim Park");
    }

    @Test
    void byAnAgencyIsACredit() {
      ArticleMetadata m = extract(List.of("The mayor resigned."), List.of("By AP"));
      assertThat(m.basedOn()).contains("AP");
      assertThat(m.byline()).isEmpty();
    }
  }

  @Nested
  class Dates {
    @Test
    void dateLineWithUpdate() {
      ArticleMetadata m =
          extract(List.of("Text."), List.of("2024-03-02 09:10:11 | Last Update : 2024-03-02 10:00:00"));
      assertThat(m.published().map(Published::iso)).contains("2024-03-02T09:10:11");
      assertThat(m.updated().map(Published::iso)).contains("2024-03-02T10:00:00");
      assertThat(m.published().orElseThrow().inferred()).isFalse();
    }

    @Test
    void writtenDateLine() {
      ArticleMetadata m = extract(List.of("Text."), List.of("4 June 2024"));
      assertThat(m.published()).contains(Published.stated(LocalDate.of(2024, 6, 4)));
    }

    @Test
    void datelineYearFromTheText() {
      ArticleMetadata m =
          extract(
              List.of(
                  "ASTANA, June 4. /Kazinform/. The summit opened on Tuesday.",
                  "The previous summit was held on October 12, 2023, in Bishkek; the union was founded in 2015."),
              List.of());
      assertThat(m.published()).contains(Published.inferred(LocalDate.of(2024, 6, 4)));
    }

    @Test
    void weekdayBesideAnUndatedEvent() {
      // March 5 is a Tuesday in 2024; 2022 and 2023 put it on a Saturday and a Sunday
      ArticleMetadata m =
          extract(
              List.of(
                  "The minister resigned on Wednesday. The budget vote took place on Tuesday.",
                  "Protesters had gathered on March 5 outside parliament, elected in 2022."),
              List.of());
      assertThat(m.published()).contains(Published.inferred(LocalDate.of(2024, 3, 6)));
    }

    @Test
    void aLoneClockBelongsToTheDateAndAnUpdateStandsInForPublication() {
      ArticleMetadata m = extract(List.of("Text."), List.of("Updated 10:42 PM EDT, March 9, 2024"));
      assertThat(m.updated().map(Published::iso)).contains("2024-03-09T22:42:00");
      assertThat(m.published())
          .contains(new Published(LocalDate.of(2024, 3, 9), Optional.of(LocalTime.of(22, 42)), true));
    }

    @Test
    void postedOnByLine() {
      ArticleMetadata m = extract(List.of("Text."), List.of("Posted on May 2, 2024 by Ruth Ames"));
      assertThat(m.byline()).contains("Ruth Ames");
      assertThat(m.published()).contains(Published.stated(LocalDate.of(2024, 5, 2)));
    }

    @Test
    void timeGluedToTheYear() {
      ArticleMetadata m = extract(List.of("Text."), List.of("February 12, 20249:15 AM UTCUpdated ago"));
      assertThat(m.published().map(Published::iso)).contains("2024-02-12T09:15:00");
    }

    @Test
    void nothingWhenNothingSaysIt() {
      assertThat(extract(List.of("The minister resigned on Wednesday."), List.of()).published()).isEmpty();
    }

    @Test
    void declaredDatesKeepLocalTime() {
      PageSignals signals =
          new PageSignals(
              Map.of(
                  "article:published_time", "2024-03-02T09:10:11+05:00",
                  "article:modified_time", "2024-03-02T11:00:00+05:00"),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      ArticleMetadata m =
          extractor.extract(
              new MetadataEvidence("x.html", Optional.empty(), List.of(), List.of(), signals));
      assertThat(m.published())
          .contains(new Published(LocalDate.of(2024, 3, 2), Optional.of(LocalTime.of(9, 10, 11)), false));
      assertThat(m.updated().map(Published::iso)).contains("2024-03-02T11:00:00");
    }

    @Test
    void jsonLdDatesAuthorAndPublisher() {
      String jsonLd =
          """
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Harbor Times Online"},
            {"@type":"NewsArticle","headline":"Port strike ends","datePublished":"2024-05-01T08:00:00Z",
             "dateModified":"2024-05-01T09:30:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Li Wei"}],
             "publisher":{"@type":"Organization","name":"Harbor Times"}}]}
          """;
      PageSignals signals =
          new PageSignals(
              Map.of(), List.of("{broken", jsonLd), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
      ArticleMetadata m =
          extractor.extract(new MetadataEvidence("x.html", Optional.empty(), List.of(), List.of(), signals));
      assertThat(m.title()).contains("Port strike ends");
      assertThat(m.outlet()).contains("Harbor Times");
      assertThat(m.byline()).contains("Ana Ruiz, Li Wei");
      assertThat(m.published().map(Published::iso)).contains("2024-05-01T08:00:00");
      assertThat(m.updated().map(Published::iso)).contains("2024-05-01T09:30:00");
    }
  }

  @Nested
  class Title {
    @Test
    void declaredTitleCompletesATruncatedOne() {
      PageSignals signals =
          new PageSignals(
              Map.of("og:title", "Port strike ends after nine days of talks"),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      ArticleMetadata m =
          extractor.extract(
              new MetadataEvidence("x.html", Optional.of("Port strike ends after…"), List.of(), List.of(), signals));
      assertThat(m.title()).contains("Port strike ends after nine days of talks");
    }

    @Test
    void documentTitleWithoutSiteSuffix() {
      PageSignals signals =
          new PageSignals(
              Map.of(),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.of("Port strike ends after nine days | Harbor Times"),
              Optional.empty());
      ArticleMetadata m =
          extractor.extract(new MetadataEvidence("x.html", Optional.empty(), List.of(), List.of(), signals));
      assertThat(m.title()).contains("Port strike ends after nine days");
    }
  }
}
