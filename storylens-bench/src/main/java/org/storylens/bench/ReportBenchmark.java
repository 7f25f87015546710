package org.storylens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: how long {@code storylens analyze} takes, wall time, JVM start included, as a user
 * runs it: the project's launcher ({@code ./storylens}, which adds its class-data sharing archive
 * and compiler choice) is started as a new process for every run; {@code --jar} times a plain
 * {@code java -jar} of the packaged command line instead.
 *
 * <ol>
 *   <li>A small story: the articles of {@code --story} (by default the seed story, five real
 *       articles), to JSON.
 *   <li>A large story: {@code --large} articles made from those, written to a temporary folder:
 *       copy {@code k} of an article keeps each of its paragraphs with probability 0.8 (the first
 *       always), in order, so that no two copies are the same text and every copy tells the same
 *       event; all of them form one story, the worst case for comparison, which grows with the
 *       story's size. The folder is deleted afterwards.
 * </ol>
 *
 * Each is run {@code --runs} times after one untimed run (which fills the file cache); the
 * minimum and the median are reported.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Wall time of 'storylens analyze' in a new JVM each run, on a small story and on a"
            + " large one made from it.")
public final class ReportBenchmark implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--story",
      defaultValue = "../shared/corpus/seed-story",
      description = "folder of one story's articles (default: ${DEFAULT-VALUE})")
  Path story;

  @Option(
      names = "--launcher",
      defaultValue = "storylens",
      description = "the launcher script run as a user runs it (default: ${DEFAULT-VALUE})")
  Path launcher;

  @Option(
      names = "--jar",
      description = "time 'java -jar JAR' instead of the launcher (no archive, default compilers)")
  Path jar;

  @Option(names = "--large", defaultValue = "100", description = "articles of the large story (default: ${DEFAULT-VALUE})")
  int large;

  @Option(names = "--runs", defaultValue = "5", description = "timed runs of each (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--format", defaultValue = "json", description = "report format written (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--seed", defaultValue = "1", description = "chooses the paragraphs of the copies (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(story)) {
      spec.commandLine().getErr().println("no story folder at " + story);
      return 2;
    }
    Path program = jar != null ? jar : launcher;
    if (!Files.isRegularFile(program)) {
      spec.commandLine().getErr().println("no " + program + " (run from the project folder; build with ./mvnw -DskipTests package)");
      return 2;
    }
    List<Path> sources = articles(story);
    out.printf(
        Locale.ROOT, "java %s, %d processors, timing %s%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), jar != null ? "java -jar " + jar : launcher);
    time(out, sources.size() + " articles of " + story, story);
    Path folder = Files.createTempDirectory("storylens-bench-report");
    try {
      write(sources, folder);
      time(out, large + " articles made from them", folder);
    } finally {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }
    return 0;
  }

  private void time(PrintWriter out, String what, Path folder) throws IOException, InterruptedException {
    run(folder);
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      run(folder);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    out.printf(
        Locale.ROOT,
        "%s: min %.2f s, median %.2f s, max %.2f s (%d runs, --format %s)%n",
        what, seconds[0], seconds[runs / 2], seconds[runs - 1], runs, format);
    out.flush();
  }

  /** One {@code storylens analyze} in a new JVM; its report is discarded, a failure is not. */
  private void run(Path folder) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (jar != null) {
      command.add(
          ProcessHandle.current().info().command()
              .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      command.add(launcher.toAbsolutePath().toString());
    }
    Path report = Files.createTempFile("storylens-bench-report", "." + format);
    command.addAll(List.of("analyze", folder.toString(), "--format", format, "--out", report.toString()));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("storylens analyze " + folder + " took over 10 minutes");
      }
      if (process.exitValue() != 0) {
        throw new IOException("storylens analyze " + folder + " exited with " + process.exitValue());
      }
    } finally {
      Files.deleteIfExists(report);
    }
  }

  private static List<Path> articles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".txt"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** {@code large} copies of the sources, each keeping a seeded share of their paragraphs. */
  private void write(List<Path> sources, Path folder) throws IOException {
    Random random = new Random(seed);
    List<List<String>> paragraphs = new ArrayList<>();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      paragraphs.add(List.of(text.split("\\n\\s*\\n|\\n")));
    }
    for (int k = 0; k < large; k++) {
      List<String> from = paragraphs.get(k % paragraphs.size());
      StringBuilder copy = new StringBuilder();
      for (int p = 0; p < from.size(); p++) {
        if (p == 0 || random.nextDouble() < 0.8) {
          copy.append(from.get(p)).append("\n\n");
        }
      }
      Files.writeString(
          folder.resolve(String.format(Locale.ROOT, "copy-%03d.txt", k)), copy, StandardCharsets.UTF_8);
    }
  }
}
