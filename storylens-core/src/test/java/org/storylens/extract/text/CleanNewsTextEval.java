package org.storylens.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.SharedData;
import org.storylens.extract.TextBlock;

/**
 * The cleaner must not eat real text: on the already clean news articles of ECB+ ({@code
 * shared/benchmarks/ecbplus}, 772 articles, title line plus text) it must keep nearly every
 * character. What it removes there is date lines, repeated lines and a few list items.
 */
class CleanNewsTextEval {

  @Test
  void keepsNearlyAllOfCleanNewsText() throws IOException {
    Optional<Path> corpus = SharedData.ecbPlus();
    assumeTrue(
        corpus.isPresent(),
        "shared/benchmarks/ecbplus not found above " + Path.of("").toAbsolutePath()
            + "; this evaluation needs the shared benchmarks checked out beside the project");
    PageTextCleaner cleaner = new PageTextCleaner();
    ObjectMapper json = new ObjectMapper();
    long total = 0;
    long kept = 0;
    int articles = 0;
    for (String file : new String[] {"train.jsonl", "dev.jsonl"}) {
      for (String line : Files.readAllLines(corpus.get().resolve(file), StandardCharsets.UTF_8)) {
        JsonNode article = json.readTree(line);
        String page = article.get("title").asText() + "\n\n" + article.get("text").asText();
        CleanedText cleaned = cleaner.clean(page);
        total += letters(page);
        kept += cleaned.blocks().stream().map(TextBlock::text).mapToLong(CleanNewsTextEval::letters).sum();
        kept += String.join(" ", cleaned.metadataLines()).chars().filter(Character::isLetterOrDigit).count();
        articles++;
      }
    }
    double share = kept / (double) total;
    assertThat(articles).isGreaterThan(700);
    assertThat(share).as("share of letters kept (body or metadata) on clean news text").isGreaterThan(0.985);
  }

  private static long letters(String text) {
    return text.chars().filter(Character::isLetterOrDigit).count();
  }

}
