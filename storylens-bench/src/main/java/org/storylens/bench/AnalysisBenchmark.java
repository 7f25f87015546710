package org.storylens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.stream.Stream;
import org.storylens.AnalysisOutcome;
import org.storylens.StoryPipeline;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.analyze.AttributionQuoteExtractor;
import org.storylens.analyze.NewsTimeExpressionTagger;
import org.storylens.analyze.PatternEntityRecognizer;
import org.storylens.analyze.PatternQuantityExtractor;
import org.storylens.analyze.RuleBasedSentenceSplitter;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.compare.StoryComparer;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
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
 * passes; then extract + analyse end to end on several threads, as a stream would run; then the
 * same feeding the clusterer, as {@code storylens cluster} runs.
 */
@Command(
    name = "analysis",
    mixinStandardHelpOptions = true,
    description =
        "Time per article of extraction and of each analysis part on real article pages,"
            + " extract + analyse throughput on several threads, and extract + analyse + cluster"
            + " throughput with the clusterer's own time per article.")
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
    // Wall time and this thread's CPU time: on a machine shared with other work the CPU time
    // stays put while the wall time grows with the load.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] millis = new double[6];
    double[] cpuMillis = new double[6];
    for (int round = -2; round < rounds; round++) {
      for (ExtractionPages.Page page : benchmark) {
        long[] cpuAt = new long[7];
        cpuAt[0] = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ExtractionOutcome outcome = extract(extractor, page);
        long t1 = System.nanoTime();
        cpuAt[1] = cpu.getCurrentThreadCpuTime();
        if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
          continue;
        }
        Article a = extracted.article();
        String text = a.text();
        List<Sentence> sentences = splitter.split(text);
        long t2 = System.nanoTime();
        cpuAt[2] = cpu.getCurrentThreadCpuTime();
        List<EntityMention> names = entities.find(text, sentences);
        long t3 = System.nanoTime();
        cpuAt[3] = cpu.getCurrentThreadCpuTime();
        Optional<LocalDate> reference = a.published().map(Published::date);
        times.find(text, sentences, reference);
        long t4 = System.nanoTime();
        cpuAt[4] = cpu.getCurrentThreadCpuTime();
        quantities.find(text, sentences);
        long t5 = System.nanoTime();
        cpuAt[5] = cpu.getCurrentThreadCpuTime();
        quotes.find(text, sentences, names);
        long t6 = System.nanoTime();
        cpuAt[6] = cpu.getCurrentThreadCpuTime();
        if (round >= 0) {
          for (int part = 0; part < 6; part++) {
            cpuMillis[part] += (cpuAt[part + 1] - cpuAt[part]) / 1e6;
          }
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
    double cpuTotal = 0;
    for (int i = 0; i < parts.length; i++) {
      out.printf(
          Locale.ROOT,
          "%-20s %8.2f ms/article (%.2f CPU)%n",
          parts[i],
          millis[i] / perArticle,
          cpuMillis[i] / perArticle);
      total += millis[i] / perArticle;
      cpuTotal += cpuMillis[i] / perArticle;
    }
    out.printf(
        Locale.ROOT,
        "%-20s %8.2f ms/article = %.0f articles/s on one thread (%.2f CPU ms = %.0f/s)%n",
        "stages 2-3",
        total,
        1000 / total,
        cpuTotal,
        1000 / cpuTotal);

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
    endToEndWithClustering(out, extractor, analyzer, benchmark);
    out.flush();
    return 0;
  }

  /**
   * Stages 2–4 as {@code storylens analyze} and {@code cluster} wire them: {@link StoryPipeline}
   * reads the pages from a folder and extracts and analyses them on {@link #threads} threads, in
   * input order, while this thread hands each analysed article to the real {@link StoryClusterer}
   * over an in-memory store. Each round clusters into a fresh store, so no article is seen twice.
   */
  private void endToEndWithClustering(
      PrintWriter out,
      ArticleExtractor extractor,
      ArticleAnalyzer analyzer,
      List<ExtractionPages.Page> benchmark)
      throws IOException {
    Path folder = Files.createTempDirectory("storylens-analysis-bench");
    try {
      for (ExtractionPages.Page page : benchmark) {
        Files.write(folder.resolve(page.id() + ".html"), page.html());
      }
      ClusteringConfig clustering = ClusteringConfig.defaults();
      StoryPipeline pipeline =
          new StoryPipeline(
              new FileSource(IngestConfig.defaults()),
              extractor,
              analyzer,
              clustering,
              StoryComparer.standard());
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long clusterNanos = 0;
      long clustered = 0;
      long start = 0;
      // The first round warms the clusterer's code and is not kept.
      for (int round = -1; round < rounds; round++) {
        if (round == 0) {
          clusterNanos = 0;
          clustered = 0;
          start = System.nanoTime();
        }
        try (StoryStore store = InMemoryStoryStore.of(clustering);
            StoryClusterer clusterer = StoryClusterer.standard(clustering, store);
            Stream<AnalysisOutcome> outcomes =
                pipeline.analyze(List.of(folder.toString()), InputStream.nullInputStream(), threads)) {
          for (AnalysisOutcome outcome : (Iterable<AnalysisOutcome>) outcomes::iterator) {
            if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
              // CPU time, not wall time: the workers compete for the same cores, and the clusterer's
              // own cost is what has to fit in the budget.
              long before = cpu.getCurrentThreadCpuTime();
              pipeline.cluster(clusterer, analyzed.article());
              clusterNanos += cpu.getCurrentThreadCpuTime() - before;
              clustered++;
            }
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "extract + analyse on %d threads + cluster: %.0f articles/s (clustering %.2f CPU"
              + " ms/article on the consuming thread)%n",
          threads,
          clustered / seconds,
          clusterNanos / 1e6 / Math.max(1, clustered));
    } finally {
      try (Stream<Path> written = Files.list(folder)) {
        for (Path file : (Iterable<Path>) written::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }
  }

  private static ExtractionOutcome extract(ArticleExtractor extractor, ExtractionPages.Page page) {
    return extractor.extract(RawDocument.of(page.id() + ".html", MediaType.HTML, page.html()));
  }
}
