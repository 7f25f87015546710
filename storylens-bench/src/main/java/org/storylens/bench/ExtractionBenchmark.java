package org.storylens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extraction}: runs StoryLens and Readability4J over the same benchmark pages in one JVM,
 * after a warm-up pass, timing parse + extraction per page; writes one predictions file per tool in
 * the format {@code extraction_score.py} reads, plus per-page scores, and prints the table.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Article main-text extraction: StoryLens vs Readability4J on the same pages.")
public final class ExtractionBenchmark implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--pages",
      defaultValue = "../shared/benchmarks/article-extraction",
      description = "benchmark folder with ground-truth.json and html/ (default: ${DEFAULT-VALUE})")
  Path pages;

  @Option(
      names = "--out",
      defaultValue = "target/extraction-bench",
      description = "where predictions and per-page scores go (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description =
          "untimed passes over all pages before the timed one (default: ${DEFAULT-VALUE})")
  int warmup;

  /** What one tool produced on one run over the pages, page lists in benchmark order. */
  public record ToolRun(
      String tool,
      String version,
      Map<String, String> bodies,
      List<Double> millisPerPage,
      ShingleOverlapScore.CorpusScore score,
      List<ShingleOverlapScore.PageCounts> perPage,
      int failures) {

    public ToolRun {
      bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
      millisPerPage = List.copyOf(millisPerPage);
      perPage = List.copyOf(perPage);
    }

    public double medianMillis() {
      double[] sorted = millisPerPage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int n = sorted.length;
      if (n == 0) {
        return 0;
      }
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public double meanMillis() {
      return millisPerPage.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double totalSeconds() {
      return millisPerPage.stream().mapToDouble(Double::doubleValue).sum() / 1000;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isRegularFile(pages.resolve("ground-truth.json"))) {
      spec.commandLine().getErr().println("no ground-truth.json in " + pages.toAbsolutePath());
      return 2;
    }
    ExtractionPages benchmark = ExtractionPages.load(pages);
    List<ExtractionTool> tools =
        List.of(new StoryLensTool(), new StoryLensArticleTool(), new Readability4jTool());
    for (int pass = 0; pass < warmup; pass++) {
      for (ExtractionTool tool : tools) {
        run(tool, benchmark);
      }
    }
    List<ToolRun> runs = new ArrayList<>();
    for (ExtractionTool tool : tools) {
      runs.add(run(tool, benchmark));
    }
    Files.createDirectories(out);
    for (ToolRun run : runs) {
      writePredictions(run, out.resolve(run.tool() + ".json"));
    }
    writePerPage(benchmark, runs, out.resolve("per-page.tsv"));
    stdout.printf(
        Locale.ROOT,
        "%d pages from %s, %d warm-up pass(es), time = parse + extract%n",
        benchmark.pages().size(),
        pages,
        warmup);
    stdout.printf(
        Locale.ROOT,
        "%-14s %7s %7s %7s %10s %10s %9s%n",
        "tool",
        "F1",
        "P",
        "R",
        "median ms",
        "mean ms",
        "failures");
    for (ToolRun run : runs) {
      stdout.printf(
          Locale.ROOT,
          "%-14s %7.4f %7.4f %7.4f %10.2f %10.2f %9d%n",
          run.tool(),
          run.score().f1(),
          run.score().precision(),
          run.score().recall(),
          run.medianMillis(),
          run.meanMillis(),
          run.failures());
    }
    stdout.println("predictions: " + out.toAbsolutePath());
    stdout.flush();
    return 0;
  }

  /** Runs one tool over every page, timing parse + extraction with the monotonic clock. */
  public static ToolRun run(ExtractionTool tool, ExtractionPages benchmark) {
    Map<String, String> bodies = new LinkedHashMap<>();
    List<Double> millis = new ArrayList<>();
    List<ShingleOverlapScore.PageCounts> perPage = new ArrayList<>();
    int failures = 0;
    for (ExtractionPages.Page page : benchmark.pages()) {
      long start = System.nanoTime();
      String body;
      try {
        body = tool.extractBody(page.html(), page.url());
      } catch (RuntimeException | StackOverflowError e) {
        // a peer that fails on a page scores that page as empty, as the benchmark does
        body = "";
        failures++;
      }
      millis.add((System.nanoTime() - start) / 1e6);
      bodies.put(page.id(), body);
      perPage.add(ShingleOverlapScore.page(page.goldBody(), body));
    }
    return new ToolRun(
        tool.name(),
        tool.version(),
        bodies,
        millis,
        ShingleOverlapScore.corpus(perPage),
        perPage,
        failures);
  }

  private static void writePredictions(ToolRun run, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("version", run.version());
    ObjectNode output = root.putObject("output");
    run.bodies().forEach(output::put);
    ObjectNode meta = root.putObject("meta");
    meta.put("tool", run.tool());
    meta.put("seconds_total", run.totalSeconds());
    meta.put("pages", run.millisPerPage().size());
    meta.put("seconds_per_page", run.totalSeconds() / Math.max(1, run.millisPerPage().size()));
    json.writeValue(file.toFile(), root);
  }

  private static void writePerPage(ExtractionPages benchmark, List<ToolRun> runs, Path file)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("tool\tid\tprecision\trecall\tf1\tms");
    for (ToolRun run : runs) {
      for (int i = 0; i < benchmark.pages().size(); i++) {
        ShingleOverlapScore.PageCounts counts = run.perPage().get(i);
        lines.add(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.4f\t%.4f\t%.4f\t%.2f",
                run.tool(),
                benchmark.pages().get(i).id(),
                counts.precision(),
                counts.recall(),
                counts.f1(),
                run.millisPerPage().get(i)));
      }
    }
    Files.write(file, lines);
  }
}
