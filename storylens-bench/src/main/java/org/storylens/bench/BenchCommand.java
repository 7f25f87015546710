package org.storylens.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storylens-bench}: quality and speed of StoryLens stages side by side with peers. */
@Command(
    name = "storylens-bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks StoryLens against peers on public labelled data.",
    subcommands = {
      ExtractionBenchmark.class,
      ClusteringBenchmark.class,
      AnalysisBenchmark.class,
      ScaleBenchmark.class,
      ThroughputBenchmark.class,
      ReportBenchmark.class,
      ServeLoadBenchmark.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "choose a benchmark");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
