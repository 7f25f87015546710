package org.storylens.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.storylens.extract.TextBlock;

class PageTextCleanerTest {

  private final PageTextCleaner cleaner = new PageTextCleaner();

  /** The body without the headline block that opens it when there is a title. */
  private static List<String> texts(CleanedText cleaned) {
    return body(cleaned).stream().map(TextBlock::text).toList();
  }

  private static List<TextBlock> body(CleanedText cleaned) {
    List<TextBlock> blocks = cleaned.blocks();
    if (cleaned.title().isPresent()) {
      assertThat(blocks.get(0)).isEqualTo(new TextBlock(cleaned.title().get(), TextBlock.Kind.HEADING));
      return blocks.subList(1, blocks.size());
    }
    return blocks;
  }

  private static String joined(CleanedText cleaned) {
    return String.join("\n\n", texts(cleaned));
  }

  @Nested
  class Title {
    @Test
    void isTheFirstHeadlineLineAfterNavigation() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Home

              Flood barriers hold as river peaks in lower valley towns

              Water levels on the river peaked overnight without breaching the new barriers, officials said.
              """);
      assertThat(cleaned.title()).contains("Flood barriers hold as river peaks in lower valley towns");
      assertThat(texts(cleaned))
          .containsExactly(
              "Water levels on the river peaked overnight without breaching the new barriers, officials said.");
      assertThat(cleaned.removed()).containsExactly("Home");
    }

    @Test
    void aSiteNameAboveTheHeadlineIsMetadata() {
      CleanedText cleaned =
          cleaner.clean(
              """
              The Harbor Times
              Port strike ends after nine days of talks
              Dock workers returned to work on Friday after the union accepted a new offer.
              """);
      assertThat(cleaned.title()).contains("Port strike ends after nine days of talks");
      assertThat(cleaned.metadataLines()).containsExactly("The Harbor Times");
    }

    @Test
    void isAbsentWhenThePageStartsWithProse() {
      CleanedText cleaned =
          cleaner.clean("The council approved the budget on Tuesday after a long debate.\n");
      assertThat(cleaned.title()).isEmpty();
      assertThat(cleaned.blocks()).extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PARAGRAPH);
    }

    @Test
    void aRepeatedHeadlineIsDropped() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Port strike ends after nine days of talks

              Dock workers returned to work on Friday after the union accepted a new offer.

              Port strike ends after nine days of talks
              Share Photo

              The agreement raises wages by six percent over two years, the union said.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "Dock workers returned to work on Friday after the union accepted a new offer.",
              "The agreement raises wages by six percent over two years, the union said.");
      assertThat(cleaned.removed())
          .containsExactly("Port strike ends after nine days of talks", "Share Photo");
    }
  }

  @Nested
  class GluedJunctions {
    @Test
    void sectionLabelsGluedBetweenACaptionAndADatelineGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ministers agree grain corridor extension

              Farmers load wheat onto trucks near the port of Odesa, Ukraine, Tuesday, Aug. 8, 2023.EuropeBusinessKYIV (Reuters) — Ministers agreed on Wednesday to extend the grain corridor by four months.
              """);
      assertThat(joined(cleaned))
          .isEqualTo(
              "KYIV (Reuters) — Ministers agreed on Wednesday to extend the grain corridor by four months.");
      assertThat(cleaned.removed())
          .containsExactly(
              "Farmers load wheat onto trucks near the port of Odesa, Ukraine, Tuesday, Aug. 8, 2023.",
              "EuropeBusiness");
    }

    @Test
    void relatedHeadlineWithTimeStampGluedAfterASentenceGoes() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Heatwave grips southern Spain

              Temperatures reached 44 degrees in Seville on Sunday.SocietyWildfire Forces Evacuation of Three Villages Near Malaga — Fire Service11:42 GMT
              """);
      assertThat(joined(cleaned)).isEqualTo("Temperatures reached 44 degrees in Seville on Sunday.");
      assertThat(cleaned.removed())
          .containsExactly(
              "SocietyWildfire Forces Evacuation of Three Villages Near Malaga — Fire Service11:42 GMT");
    }

    @Test
    void relatedHeadlineLineEndingInARelativeTimeStampGoes() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Heatwave grips southern Spain

              Temperatures reached 44 degrees in Seville on Sunday.

              EuropeHow Spain Prepares Its Cities for Extreme Heat Yesterday, 08:30 GMT

              Officials urged residents to stay indoors during the afternoon.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "Temperatures reached 44 degrees in Seville on Sunday.",
              "Officials urged residents to stay indoors during the afternoon.");
    }

    @Test
    void aMissingSpaceBetweenRealSentencesKeepsBoth() {
      CleanedText cleaned =
          cleaner.clean(
              "Rail strike\n\nTrains stopped at noon.Commuters waited for buses at the central station.\n");
      assertThat(joined(cleaned))
          .isEqualTo("Trains stopped at noon. Commuters waited for buses at the central station.");
    }

    @Test
    void aMissingSpaceAfterAnAbbreviationIsNoJunction() {
      CleanedText cleaned =
          cleaner.clean("Weekly market report\n\nInterview with Mr.Smith\n\nHe said prices would fall.\n");
      assertThat(texts(cleaned)).containsExactly("Interview with Mr.Smith", "He said prices would fall.");
    }

    @Test
    void aCaptionGluedToADatelineGoes() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ministers agree grain corridor extension

              Farmers load wheat near the port of Odesa, Ukraine, Tuesday, Aug. 8, 2023.KYIV (Reuters) — Ministers agreed to extend the corridor. Why Node.JS Matters was not a headline.
              """);
      assertThat(joined(cleaned))
          .isEqualTo(
              "KYIV (Reuters) — Ministers agreed to extend the corridor. Why Node.JS Matters was not a headline.");
    }

    @Test
    void namesWithInnerCapitalsAreNotLabels() {
      CleanedText cleaned =
          cleaner.clean(
              "Market report\n\nShares rose.McDonald's gained 2 percent and YouTube ads grew.\n");
      assertThat(joined(cleaned)).isEqualTo("Shares rose. McDonald's gained 2 percent and YouTube ads grew.");
    }
  }

  @Nested
  class LinkListsAndPageTail {
    @Test
    void aListHeaderTakesTheHeadlinesBelowItUpToTheNextParagraph() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              Read also
              Harbour authority names new director
              Will ticket prices go up this summer?

              Passengers will be able to use their old tickets until the end of the month.

              More on this story
              Union leaders to meet owners again in June
              Timeline of the dispute

              © 2031 Coastline Post
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The ferry company restarted sailings on Thursday after a two-week strike.",
              "Passengers will be able to use their old tickets until the end of the month.");
    }

    @Test
    void headerLinesWithAColonAndInOtherLanguagesOpenListsToo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              Lesen Sie auch:
              Hafen bekommt neue Leitung
              Related Topics
              Shipping
              Labour disputes
              """);
      assertThat(texts(cleaned))
          .containsExactly("The ferry company restarted sailings on Thursday after a two-week strike.");
    }

    @Test
    void headlineShapedLinesAfterTheLastParagraphAreNotKept() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              SAILINGS DOUBLED

              Two extra boats will run each day until the backlog is cleared.

              Island bakery wins national bread award
              New cycle lane opens along the harbour front

              © 2031 Coastline Post
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The ferry company restarted sailings on Thursday after a two-week strike.",
              "SAILINGS DOUBLED",
              "Two extra boats will run each day until the backlog is cleared.");
      assertThat(body(cleaned).get(1).kind()).isEqualTo(TextBlock.Kind.HEADING);
    }

    @Test
    void textThatStopsMidSentenceKeepsItsLastLine() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              The new timetable also adds late sailings on weekends and
              """);
      assertThat(texts(cleaned)).hasSize(2);
    }
  }

  @Nested
  class CaptionsWithCredits {
    @Test
    void aCaptionEndingInAnAgencyAndAPhotographerGoes() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              Passengers board a ferry in Port Elwin, May 3, 2031. Tidewire/Ona Brekke

              Dock workers wave as the first boat leaves. (Coastline Post/Lars Umbe)

              Picture: harbour master's office

              Image source, Harbour Authority/Kai Doran

              The ferry company restarted sailings on Thursday after a two-week strike.
              """);
      assertThat(texts(cleaned))
          .containsExactly("The ferry company restarted sailings on Thursday after a two-week strike.");
    }

    @Test
    void prosePairsWithASlashAndSlashLabelsAreNoCredits() {
      assertThat(PageTextCleaner.endsWithPhotoCredit("Passengers wait at the pier. Tidewire/Ona Brekke")).isTrue();
      assertThat(PageTextCleaner.endsWithPhotoCredit("Boats at dawn (Tidewire/Ona Brekke).")).isTrue();
      assertThat(PageTextCleaner.endsWithPhotoCredit("Transport/Shipping")).isFalse();
      assertThat(PageTextCleaner.endsWithPhotoCredit("The ferry runs on the Elwin/Stord line.")).isFalse();
      assertThat(PageTextCleaner.endsWithPhotoCredit("The route is served by two boats and/or buses")).isFalse();
      assertThat(PageTextCleaner.endsWithPhotoCredit("x".repeat(1_000_000) + " Tidewire/Ona Brekke")).isFalse();
    }
  }

  @Nested
  class HeaderLabels {
    @Test
    void sectionLabelsKickersAndMenusBelowTheTitleGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              Transport/Shipping
              Exclusive
              Coast Radio 101.7
              Regional News

              The ferry company restarted sailings on Thursday after a two-week strike.
              """);
      assertThat(texts(cleaned))
          .containsExactly("The ferry company restarted sailings on Thursday after a two-week strike.");
      assertThat(cleaned.metadataLines()).isEmpty();
    }

    @Test
    void aPlaceInCapitalsMayBeADatelineAndStaysButCapitalisedLabelsGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              BREAKING
              PORT ELWIN

              The ferry company restarted sailings on Thursday after a two-week strike.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "PORT ELWIN", "The ferry company restarted sailings on Thursday after a two-week strike.");
      assertThat(cleaned.removed()).contains("BREAKING");
    }

    @Test
    void aShortKickerAboveTheBylineGoesButASubheadAboveTheParagraphStays() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              Strike on the coast
              By Mira Tallin

              A word from the captain
              The ferry company restarted sailings on Thursday after a two-week strike.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "A word from the captain",
              "The ferry company restarted sailings on Thursday after a two-week strike.");
      assertThat(cleaned.removed()).contains("Strike on the coast");
    }

    @Test
    void aDeckOrASubheadInSentenceShapeStays() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              Owners expect the backlog to clear within a week

              The ferry company restarted sailings on Thursday after a two-week strike.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "Owners expect the backlog to clear within a week",
              "The ferry company restarted sailings on Thursday after a two-week strike.");
    }
  }

  @Nested
  class PromosAndCommentPolicies {
    @Test
    void promoLabelsAndCallsGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              Watch: Crowds cheer the first boat out of the harbour
              Podcast: What the strike cost the islands
              Explainer: How ferry subsidies work

              Captains said the crossings were calm.

              Follow our live coverage of the reopening through the day.
              Hear more on the Morning Tide Show with Ada Nyl from 7am tomorrow.

              The company thanked passengers for their patience.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The ferry company restarted sailings on Thursday after a two-week strike.",
              "Captains said the crossings were calm.",
              "The company thanked passengers for their patience.");
    }

    @Test
    void commentPoliciesInOtherWordingsGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Ferry service resumes on the northern route

              The ferry company restarted sailings on Thursday after a two-week strike.

              Join the conversation: comments should stay on topic and be civil.
              Comments are checked before they appear and may be removed.
              """);
      assertThat(texts(cleaned))
          .containsExactly("The ferry company restarted sailings on Thursday after a two-week strike.");
    }

    @Test
    void anArticleSentenceAboutRemovedCommentsStays() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Forum closes after abuse

              The forum removed thousands of comments last year, its owner said.

              It will close at the end of the month.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The forum removed thousands of comments last year, its owner said.",
              "It will close at the end of the month.");
    }
  }

  @Nested
  class Furniture {
    @Test
    void interfaceLinesNoticesAndCreditsGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Bridge reopens after repairs

              The old bridge reopened to traffic on Monday after eight months of repairs.

              zoom in photo
              Share
              Read more
              Photo: City press office
              Your email address will not be published. Required fields are marked *
              Source link
              """);
      assertThat(texts(cleaned))
          .containsExactly("The old bridge reopened to traffic on Monday after eight months of repairs.");
      assertThat(cleaned.metadataLines()).isEmpty();
    }

    @Test
    void interfaceStringsInAnotherScriptGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Bridge reopens after repairs

              The old bridge reopened to traffic on Monday after eight months of repairs.

              Читайте также
              Оставить отзыв
              Подписаться на рассылку
              """);
      assertThat(texts(cleaned))
          .containsExactly("The old bridge reopened to traffic on Monday after eight months of repairs.");
      assertThat(cleaned.removed()).hasSize(3);
    }

    @Test
    void commentPolicyAtTheEndGoesButAnArticleSentenceAboutCommentsStays() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Platform tightens rules

              The platform said it will delete comments that contain insults from Monday.

              The change follows complaints from several advertisers.

              NOTE: Comments with insults or offensive language will not be approved by our moderators.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The platform said it will delete comments that contain insults from Monday.",
              "The change follows complaints from several advertisers.");
    }

    @Test
    void captionsWithPhotoCreditsAndRelatedLinksGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Bridge reopens after repairs

              The mayor cuts a ribbon at the bridge on Monday. (Photo by Lee Chan/Getty Images)

              The old bridge reopened to traffic on Monday after eight months of repairs.

              READ MORE: City plans second river crossing by 2030

              Story continues below advertisement

              Repairs cost 14 million euros, the city said.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The old bridge reopened to traffic on Monday after eight months of repairs.",
              "Repairs cost 14 million euros, the city said.");
    }

    @Test
    void breadcrumbsGo() {
      CleanedText cleaned =
          cleaner.clean(
              "Home › World › Europe\nTalks resume in Geneva on arms control\n\nDelegations met again on Monday.\n");
      assertThat(cleaned.title()).contains("Talks resume in Geneva on arms control");
      assertThat(cleaned.removed()).containsExactly("Home › World › Europe");
    }

    @Test
    void wireCaptionAndPhotoCreditGo() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Summit opens in Lisbon

              Delegates arrive for the opening session at the congress centre in Lisbon, Portugal, Thursday, May 4, 2023. (AP Photo/Jane Roe)

              The summit opened on Thursday with a call for faster action on climate finance.
              """);
      assertThat(texts(cleaned))
          .containsExactly("The summit opened on Thursday with a call for faster action on climate finance.");
    }
  }

  @Nested
  class Structure {
    @Test
    void subheadsFollowedByParagraphsStay() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Budget passes first reading

              Parliament approved the draft budget in a first reading on Wednesday.

              On defence spending

              Defence spending rises by a tenth, the finance ministry said.

              Opposition Response to the Vote

              The opposition called the plan unrealistic.
              """);
      assertThat(body(cleaned))
          .extracting(TextBlock::kind)
          .containsExactly(
              TextBlock.Kind.PARAGRAPH,
              TextBlock.Kind.HEADING,
              TextBlock.Kind.PARAGRAPH,
              TextBlock.Kind.HEADING,
              TextBlock.Kind.PARAGRAPH);
      assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void repeatedParagraphsAndSentencesAreKeptOnce() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Budget passes first reading

              Parliament approved the draft budget in a first reading on Wednesday.

              Parliament approved the draft budget in a first reading on Wednesday. The vote was 230 to 180.

              The final reading is planned for December.

              The final reading is planned for December.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "Parliament approved the draft budget in a first reading on Wednesday.",
              "The vote was 230 to 180.",
              "The final reading is planned for December.");
    }

    @Test
    void aCutTeaserOfALaterParagraphGoes() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Budget passes first reading

              Parliament approved the draft budget in a first reading on Wednesday after a deb…

              Parliament approved the draft budget in a first reading on Wednesday after a debate of nine hours.

              The opposition voted against.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "Parliament approved the draft budget in a first reading on Wednesday after a debate of nine hours.",
              "The opposition voted against.");
    }

    @Test
    void metadataLinesAreSetAside() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Budget passes first reading

              14.11.2023 | Updated: 14.11.2023 18:02

              By Anna Lee

              Parliament approved the draft budget in a first reading on Wednesday.

              Source: Newsdesk

              Based on materials from Interfax

              Daily Ledger
              """);
      assertThat(texts(cleaned))
          .containsExactly("Parliament approved the draft budget in a first reading on Wednesday.");
      assertThat(cleaned.metadataLines())
          .containsExactly(
              "14.11.2023 | Updated: 14.11.2023 18:02",
              "By Anna Lee",
              "Source: Newsdesk",
              "Based on materials from Interfax",
              "Daily Ledger");
    }

    @Test
    void entityRemnantsAreRepaired() {
      CleanedText cleaned =
          cleaner.clean("Budget passes\n\nThe minister called it quot;a fair deal#39;quot; for all.\n");
      assertThat(joined(cleaned)).isEqualTo("The minister called it \"a fair deal'\" for all.");
    }

    @Test
    void bulletItemsStay() {
      CleanedText cleaned =
          cleaner.clean(
              "What changes in January\n\nThe new rules include:\n• Higher fuel tax\n• New toll roads\n\nThey take effect on Jan. 1.\n");
      assertThat(body(cleaned))
          .extracting(TextBlock::kind)
          .containsExactly(
              TextBlock.Kind.PARAGRAPH,
              TextBlock.Kind.LIST_ITEM,
              TextBlock.Kind.LIST_ITEM,
              TextBlock.Kind.PARAGRAPH);
    }
  }

  @Nested
  class OtherScriptsAndShapes {
    @Test
    void unspacedScriptsKeepTheirParagraphs() {
      CleanedText cleaned =
          cleaner.clean(
              """
              台風が九州に上陸

              気象庁によると、台風十号は日曜日の朝に九州南部に上陸し、各地で大雨が続いている。

              交通機関への影響は月曜日まで続く見込みで、住民には早めの避難が呼びかけられている
              """);
      assertThat(cleaned.title()).contains("台風が九州に上陸");
      assertThat(texts(cleaned)).hasSize(2);
    }

    @Test
    void tableRowsStay() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Final standings after the last round

              The season ended on Sunday with the following standings:

              1 Anna Berg 412 6 2
              2 Luis Ortega 398 4 3
              3 Mei Tanaka 377 3 1

              The next season starts in March.
              """);
      assertThat(texts(cleaned))
          .contains("1 Anna Berg 412 6 2", "2 Luis Ortega 398 4 3", "3 Mei Tanaka 377 3 1");
    }

    @Test
    void aReaderCommentThreadEndsTheArticle() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Council approves new tram line

              The city council approved the new tram line on Tuesday.

              Construction will start next spring and take three years.

              The line will connect the university with the main station.

              12 responses to “Council approves new tram line”

              riverfan says:

              Finally some good news for commuters in this city.
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "The city council approved the new tram line on Tuesday.",
              "Construction will start next spring and take three years.",
              "The line will connect the university with the main station.");
    }

    @Test
    void shortQuestionsAreHeadlinesNotProse() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Council approves new tram line

              The city council approved the new tram line on Tuesday.

              What Happens Next?

              Construction will start next spring and take three years.

              Will Rents Rise Along the Route?
              Is the Bus Network Next?
              """);
      assertThat(body(cleaned))
          .extracting(TextBlock::kind)
          .containsExactly(TextBlock.Kind.PARAGRAPH, TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH);
    }
  }

  @Nested
  class WireAndBlogLayouts {
    @Test
    void wireCopyWithGluedTimeStampAndCredits() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Europe
              Dutch court halts export of jet parts
              By Pia de Vries
              4 minute read
              February 12, 20249:15 AM UTCUpdated ago
              THE HAGUE, Feb 12 (Reuters) - A Dutch appeals court on Monday ordered the government to halt exports of jet parts.
              The government said it would appeal.
              ___
              Reporting by Pia de Vries; Editing by Tom Hale
              """);
      assertThat(cleaned.title()).contains("Dutch court halts export of jet parts");
      assertThat(texts(cleaned))
          .containsExactly(
              "THE HAGUE, Feb 12 (Reuters) - A Dutch appeals court on Monday ordered the government to halt exports of jet parts.",
              "The government said it would appeal.");
      assertThat(cleaned.metadataLines())
          .containsExactly(
              "By Pia de Vries",
              "February 12, 20249:15 AM UTCUpdated ago",
              "Reporting by Pia de Vries; Editing by Tom Hale");
    }

    @Test
    void blogFurnitureAround() {
      CleanedText cleaned =
          cleaner.clean(
              """
              Skip to content
              Menu
              How the village saved its bakery
              Posted on May 2, 2024 by Ruth Ames
              Leave a comment
              When the last baker retired, twelve neighbours formed a cooperative to keep the ovens going.
              Share this:
              Facebook
              Like this:
              Like Loading...
              """);
      assertThat(texts(cleaned))
          .containsExactly(
              "When the last baker retired, twelve neighbours formed a cooperative to keep the ovens going.");
      assertThat(cleaned.metadataLines()).containsExactly("Posted on May 2, 2024 by Ruth Ames");
    }
  }

  @Nested
  class Robustness {
    @Test
    void isThreadSafe() {
      String page =
          "Port strike ends after nine days\n\nDock workers returned on Friday.\n\nShare Photo\n\n"
              + "Dock workers returned on Friday.\n\nSource: Harbour Desk\n";
      CleanedText expected = cleaner.clean(page);
      List<CleanedText> results =
          java.util.stream.IntStream.range(0, 400).parallel().mapToObj(i -> cleaner.clean(page)).toList();
      assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void emptyAndBlankInputGiveNothing() {
      assertThat(cleaner.clean("").blocks()).isEmpty();
      assertThat(cleaner.clean(" \n\u00a0\n\t").title()).isEmpty();
    }

    @Test
    void aOneMegabyteLineCleansQuickly() {
      String sentence = "The index rose 2.5 percent.Markets04:08 GMT rallied on Monday, Sept. 4, 2023 ";
      String line = sentence.repeat(1_000_000 / sentence.length());
      String[] hostile = {
        line,
        "a.".repeat(500_000),
        "Aa".repeat(500_000),
        "1:11 ".repeat(200_000),
        "quot;".repeat(200_000),
        "comment ".repeat(125_000)
      };
      // class loading (ICU data, vocabularies) is not cleaning time; the best of two runs keeps
      // the check steady on a busy machine
      cleaner.clean("Warm up\n\nA small page. With two sentences.\n");
      for (String input : hostile) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
          long start = System.nanoTime();
          cleaner.clean("Headline of the page\n\n" + input + "\n");
          best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        // a hang guard, not a speed target: quadratic work on a megabyte takes hours
        assertThat(best).as("ms for %.20s", input).isLessThan(30_000);
      }
    }
  }
}
