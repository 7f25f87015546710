package org.storylens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.storylens.AnalysisOutcome;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.report.HtmlReportWriter;
import org.storylens.report.MarkdownReportWriter;
import org.storylens.report.ReportJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens analyze}: the whole pipeline over files and folders, one report. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "The whole pipeline: articles in, one report of their stories out (JSON, Markdown or an"
          + " HTML page).",
      "",
      "Reads .txt, .html, .htm and .jsonl files, any of them gzipped (folders recursively in name"
          + " order; '-' for standard input), extracts and analyses each article, groups them into"
          + " stories and writes one report: JSON in report schema 1, Markdown, or one self-contained"
          + " HTML page (--format html: inline stylesheet and drawings, no script, nothing"
          + " loaded from anywhere; a source-by-fact matrix and a drawn timeline per story).",
      "",
      "Articles are clustered in time order: by publication date and time (a date without a time"
          + " counts as the start of its day), equal times in input order; undated articles come"
          + " last, in input order.",
      "Each story has its articles (in that order), its derivations (declared credits such as"
          + " 'based on Northwire', and near-duplicates by MinHash), its entities (mentions grouped"
          + " by canonical key) and a timeline (every date known to the day, month or year, with"
          + " its sentence). Its title is the headline of its earliest article.",
      "Stories covered by the most outlets come first, then the biggest, then the earliest; an"
          + " article that matches no other is a story of its own.",
      "Each story has its facts: the articles' sentences, cut into claims where a sentence states"
          + " several, aligned across articles (paraphrases and spelling variants of names"
          + " included), each with every article that states it and that article's own words;"
          + " the most widely stated first. A fact only one article gives is listed when it"
          + " carries a name, date or number no other article has, or someone's own words.",
      "Conflicts: numbers that count one thing differently (a rising toll is labelled an update"
          + " by publication time, not a contradiction), dates, places and people of one fact, a"
          + " person's title or rank, and kinds of event (a meeting against a phone call), each"
          + " with every article's value and sentence.",
      "Quotes matched across articles with their speakers, and the primary sources most articles"
          + " quote; variants: one name spelled differently, one statement rendered in different"
          + " words.",
      "Framing: per article, the terms that set it apart from the others (log-odds with an"
          + " informative Dirichlet prior), loaded terms of a lexicon, stance markers ('what it"
          + " described as') and name choices, each with its sentence.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 on success, 1 when some inputs were skipped (each listed on stderr with its"
          + " reason, and in the report), 2 for usage errors.",
      "",
      "Examples: storylens analyze samples --format md --out report.md",
      "          storylens analyze samples --format html --out report.html"
    })
final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or '-'.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json, md or html (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin RunOptions options;

  /** Standard input, replaceable in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int threads = options.threadCount();
    Progress bar = options.progress("analysing", inputs);
    Report report;
    try {
      report =
          options
              .pipeline()
              .report(
                  inputs,
                  stdin,
                  threads,
                  outcome -> {
                    if (outcome instanceof AnalysisOutcome.NotAnalyzed skip) {
                      Skipped s = skip.skipped();
                      bar.step(true);
                      err.println("skipped " + s.source() + ": " + s.reason());
                    } else {
                      bar.step(false);
                    }
                  });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      bar.finish();
    }
    try (Writer writer = options.openOutput()) {
      switch (format) {
        case json -> ReportJsonWriter.write(report, writer);
        case md -> new MarkdownReportWriter(writer).write(report);
        case html -> new HtmlReportWriter(writer).write(report);
      }
    }
    return report.skipped().isEmpty() ? 0 : 1;
  }
}
