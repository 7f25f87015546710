package org.storylens.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.analyze.AttributionQuoteExtractor;
import org.storylens.analyze.NewsTimeExpressionTagger;
import org.storylens.analyze.PatternEntityRecognizer;
import org.storylens.analyze.PatternQuantityExtractor;
import org.storylens.analyze.RuleBasedSentenceSplitter;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.model.Article;
import org.storylens.model.EntityMention;
import org.storylens.model.MediaType;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;
import org.storylens.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Cost of stages 2–3 per real article: the 85 benchmark pages are extracted, then analysed part by
 * part (sentences, entities, time expressions, quantities, quotes), single-threaded after warm-up
 * passes; then extract + analyse end to end on several threads, as a stream would run.
 */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description =
        "Time per article of extraction and of each analysis part on real article pages, and"
            + " extract + analyse throughput on several threads.")
public final class AnalysisBenchmark implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--pages",
      defaultValue = "../shared/benchmarks/article-extraction",
      description = "benchmark folder with ground-truth.json and html/ (default: ${DEFAULT-VALUE})")
  Path pages;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "timed passes over all pages (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "threads for the end-to-end pass (default: ${DEFAULT-VALUE})")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(pages.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("no ground-truth.json in " + pages.toAbsolutePath());
      return 2;
    }
    List<ExtractionPages.Page> benchmark = ExtractionPages.load(pages).pages();
    ArticleExtractor extractor =
        ArticleExtractor.standard(new ExtractionConfig(0));
    RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
    PatternEntityRecognizer entities = new PatternEntityRecognizer();
    NewsTimeExpressionTagger times = new NewsTimeExpressionTagger();
    PatternQuantityExtractor quantities = new PatternQuantityExtractor();
    AttributionQuoteExtractor quotes = new AttributionQuoteExtractor();

    List<Article> articles = new ArrayList<>();
    for (ExtractionPages.Page page : benchmark) {
      if (extract(extractor, page) instanceof ExtractionOutcome.Extracted extracted) {
        articles.add(extracted.article());
      }
    }
    long words =
        articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum() / articles.size();

    // Parts, one at a time, single-threaded; the first two rounds warm the JIT and are not kept.
    double[] millis = new double[6];
    for (int round = -2; round < rounds; round++) {
      for (ExtractionPages.Page page : benchmark) {
        long t0 = System.nanoTime();
        ExtractionOutcome outcome = extract(extractor, page);
        long t1 = System.nanoTime();
        if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
          continue;
        }
        Article a = extracted.article();
        String text = a.text();
        List<Sentence> sentences = splitter.split(text);
        long t2 = System.nanoTime();
        List<EntityMention> names = entities.find(text, sentences);
        long t3 = System.nanoTime();
        Optional<LocalDate> reference = a.published().map(Published::date);
        times.find(text, sentences, reference);
        long t4 = System.nanoTime();
        quantities.find(text, sentences);
        long t5 = System.nanoTime();
        quotes.find(text, sentences, names);
        long t6 = System.nanoTime();
        if (round >= 0) {
          millis[0] += (t1 - t0) / 1e6;
          millis[1] += (t2 - t1) / 1e6;
          millis[2] += (t3 - t2) / 1e6;
          millis[3] += (t4 - t3) / 1e6;
          millis[4] += (t5 - t4) / 1e6;
          millis[5] += (t6 - t5) / 1e6;
        }
      }
    }
    double perArticle = (double) rounds * articles.size();
    String[] parts = {
      "extract (stage 2)", "sentences + tokens", "entities", "time expressions", "quantities", "quotes"
    };
    out.printf(
        Locale.ROOT,
        "%d pages, %d articles of %d words on average; %d timed rounds after 2 warm-up rounds%n",
        benchmark.size(),
        articles.size(),
        words,
        rounds);
    double total = 0;
    for (int i = 0; i < parts.length; i++) {
      out.printf(Locale.ROOT, "%-20s %8.2f ms/article%n", parts[i], millis[i] / perArticle);
      total += millis[i] / perArticle;
    }
    out.printf(
        Locale.ROOT,
        "%-20s %8.2f ms/article = %.0f articles/s on one thread%n",
        "stages 2-3",
        total,
        1000 / total);

    // End to end on several threads: what a stream gets from this machine.
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (ExtractionPages.Page page : benchmark) {
          work.add(
              pool.submit(
                  () -> {
                    if (extract(extractor, page) instanceof ExtractionOutcome.Extracted e) {
                      analyzer.analyze(e.article());
                    }
                  }));
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "extract + analyse on %d threads: %.0f articles/s%n",
          threads,
          rounds * benchmark.size() / seconds);
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return 0;
  }

  private static ExtractionOutcome extract(ArticleExtractor extractor, ExtractionPages.Page page) {
    return extractor.extract(RawDocument.of(page.id() + ".html", MediaType.HTML, page.html()));
  }
}
