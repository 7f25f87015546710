package org.storylens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The framing of {@code storylens analyze} against gold framing terms: on the seed story (real
 * articles, {@code ../shared/corpus/seed-story}) and on the project's samples (fictional).
 *
 * <p>A gold term of an article is found when a term reported for that article contains it, or it
 * contains the reported term, case-insensitively, on word boundaries, with curly quotes made
 * straight and spaces collapsed ("Armenian occupation" is found by "occupation"; "the 31-year
 * occupation" finds "31-year occupation"). Precision has no gold (many reported terms are
 * defensible and not in the gold lists), so its proxy is what is reported for the articles whose
 * gold list is empty: neutral wire copy should get few terms.
 */
class FramingEval {

  /** What one truth file gives. */
  record FramingScores(
      int found, int gold, int reported, int neutralArticles, int reportedForNeutral,
      List<String> missed) {
    double recall() {
      return gold == 0 ? 1 : (double) found / gold;
    }
  }

  @Test
  void theSeedStorysFramingTermsAndNameChoicesAreReported() throws IOException {
    Path seed = AnalyzeRun.find("shared/corpus/seed-story");
    assumeTrue(seed != null, "../shared/corpus/seed-story not found: the seed framing eval is skipped");
    JsonNode report = AnalyzeRun.report(seed.toString());
    FramingScores scores = score(seed.resolve("truth.json"), report);
    print("seed story", scores);
    // the goal, reached: every gold term; measured 0 terms for the neutral article (003)
    assertThat(scores.recall()).as("missed %s", scores.missed()).isGreaterThanOrEqualTo(1.0);
    assertThat(scores.reportedForNeutral()).isLessThanOrEqualTo(1);

    List<Set<String>> variantForms = new ArrayList<>();
    for (JsonNode story : report.get("stories")) {
      for (JsonNode variant : story.get("variants")) {
        Set<String> forms = new LinkedHashSet<>();
        variant.get("forms").forEach(f -> forms.add(f.get("text").asText()));
        variantForms.add(forms);
      }
    }
    System.out.println("seed story name variants: " + variantForms);
    assertThat(variantForms).anySatisfy(f -> assertThat(f).contains("Karabakh", "Nagorno-Karabakh"));
    assertThat(variantForms).anySatisfy(f -> assertThat(f).contains("Janyatag", "Canyataq"));
    // short forms ("Putin" for "Vladimir Putin") and full titles are not name choices
    assertThat(variantForms).allSatisfy(f -> assertThat(f).doesNotContain("Putin", "Aliyev"));
  }

  @Test
  void theSamplesFramingTermsAreReportedAndNeutralArticlesGetFew() throws IOException {
    Path samples = AnalyzeRun.find("samples/truth.json");
    assumeTrue(samples != null, "samples/truth.json not found");
    FramingScores scores = score(samples, AnalyzeRun.report(samples.getParent().toString()));
    print("samples", scores);
    // measured 2026-12: recall 0.92 (22 of 24; one missed term is not in the article's text, the
    // other a sarcasm no lexicon holds), 4 terms for 7 neutral articles (literal "collapsed",
    // "shattered", "panic" in quake reports, "failed" in a wire's bank report)
    assertThat(scores.recall()).as("missed %s", scores.missed()).isGreaterThanOrEqualTo(0.9);
    assertThat((double) scores.reportedForNeutral() / scores.neutralArticles())
        .isLessThanOrEqualTo(0.75);
  }

  private static void print(String name, FramingScores s) {
    System.out.printf(
        Locale.ROOT,
        "%s framing: recall %.2f (%d of %d gold terms), %d terms reported, %d for %d neutral"
            + " articles; missed %s%n",
        name, s.recall(), s.found(), s.gold(), s.reported(), s.reportedForNeutral(),
        s.neutralArticles(), s.missed());
  }

  static FramingScores score(Path truthFile, JsonNode report) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, String> keyOf = new HashMap<>();
    for (JsonNode article : report.get("articles")) {
      String name = Path.of(article.get("source").asText()).getFileName().toString();
      keyOf.put(article.get("id").asText(), name.substring(0, name.indexOf('.')));
    }
    Map<String, List<String>> reportedTerms = new HashMap<>();
    int reported = 0;
    for (JsonNode story : report.get("stories")) {
      for (JsonNode framing : story.get("framing")) {
        String key = keyOf.get(framing.get("article").asText());
        List<String> terms = reportedTerms.computeIfAbsent(key, k -> new ArrayList<>());
        for (JsonNode term : framing.get("terms")) {
          if (!term.get("kind").asText().equals("name")) {
            terms.add(term.get("term").asText());
            reported++;
          }
        }
      }
    }
    int found = 0;
    int gold = 0;
    int neutral = 0;
    int forNeutral = 0;
    List<String> missed = new ArrayList<>();
    for (JsonNode story : truth.get("stories")) {
      var fields = story.get("framing").fields();
      while (fields.hasNext()) {
        var entry = fields.next();
        List<String> terms = reportedTerms.getOrDefault(entry.getKey(), List.of());
        if (entry.getValue().isEmpty()) {
          neutral++;
          forNeutral += terms.size();
          if (!terms.isEmpty()) {
            System.out.println("  reported for neutral " + entry.getKey() + ": " + terms);
          }
        }
        for (JsonNode goldTerm : entry.getValue()) {
          gold++;
          if (terms.stream().anyMatch(t -> matches(goldTerm.asText(), t))) {
            found++;
          } else {
            missed.add(entry.getKey() + ": " + goldTerm.asText());
          }
        }
      }
    }
    return new FramingScores(found, gold, reported, neutral, forNeutral, missed);
  }

  /** Either contains the other, case-insensitively, on word boundaries. */
  static boolean matches(String gold, String reported) {
    String g = normal(gold);
    String r = normal(reported);
    return !r.isEmpty() && (containsWords(g, r) || containsWords(r, g));
  }

  private static boolean containsWords(String text, String part) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }

  private static String normal(String s) {
    return s.replaceAll("[“”„]", "\"")
        .replaceAll("[‘’]", "'")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
