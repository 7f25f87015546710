package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.model.MediaType;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;

/**
 * Publication dates of the 85 benchmark pages. The benchmark has no gold dates, so two things are
 * measured: how many pages get a date at all, and, for the pages whose address carries the
 * publisher's own date ("/2019/11/19/"), how many get that day. The address is read here only to
 * judge; the pages are extracted from a local source name, so the extractor sees the address only
 * where the page itself declares it (canonical link, og:url).
 */
class BenchmarkPageDatesEval {

  private static final Pattern ADDRESS_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

  @Test
  void pagesGetTheDateTheyState() throws java.io.IOException {
    Optional<Path> folder = ExtractionPages.locate(Path.of(""));
    assumeTrue(
        folder.isPresent(),
        "skipped: no shared/benchmarks/article-extraction found in the working directory or any"
            + " parent (the benchmark lives beside the project checkout, in ../shared)");
    ArticleExtractor extractor =
        ArticleExtractor.standard(new ExtractionConfig(0));
    int pages = 0;
    int dated = 0;
    int addressDated = 0;
    int sameDay = 0;
    List<String> misses = new ArrayList<>();
    for (ExtractionPages.Page page : ExtractionPages.load(folder.get()).pages()) {
      pages++;
      ExtractionOutcome outcome =
          extractor.extract(RawDocument.of(page.id() + ".html", MediaType.HTML, page.html()));
      Optional<LocalDate> published =
          outcome instanceof ExtractionOutcome.Extracted extracted
              ? extracted.article().published().map(Published::date)
              : Optional.empty();
      if (published.isPresent()) {
        dated++;
      }
      Matcher m = ADDRESS_DATE.matcher(page.url());
      if (m.find()) {
        addressDated++;
        LocalDate stated =
            LocalDate.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (published.equals(Optional.of(stated))) {
          sameDay++;
        } else {
          misses.add(page.url() + " -> " + published.map(LocalDate::toString).orElse("none"));
        }
      }
    }
    String figures =
        String.format(
            java.util.Locale.ROOT,
            "%d of %d pages dated; %d of %d address-dated pages on the address's day; misses %s",
            dated, pages, sameDay, addressDated, misses);
    Path target = Path.of("target");
    if (java.nio.file.Files.isDirectory(target)) {
      java.nio.file.Files.writeString(target.resolve("benchmark-page-dates.txt"), figures + "\n");
    }
    assertThat((double) dated / pages).as(figures).isGreaterThanOrEqualTo(0.90);
    assertThat((double) sameDay / addressDated).as(figures).isGreaterThanOrEqualTo(0.85);
  }
}
