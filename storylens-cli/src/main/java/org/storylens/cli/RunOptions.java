package org.storylens.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.MediaType;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads articles shares ({@code extract}, {@code cluster}, {@code
 * analyze}): where to write, how many threads, the progress bar, the size limit; and what they
 * build from them, so each command only wires its own stages.
 */
final class RunOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Work on N threads; output keeps the input order (default: one per core).")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on stderr (default: when stderr is a terminal and the launcher says"
              + " so).")
  Boolean progress;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      converter = ByteSizeConverter.class,
      description =
          "Skip any file larger than SIZE (default: 16MB). JSONL is read line by line: this bounds"
              + " the other files.")
  Long maxBytes;

  /** The standard pipeline with the size limit given. */
  StoryPipeline pipeline() {
    IngestConfig ingest = IngestConfig.defaults();
    if (maxBytes != null) {
      ingest = ingest.withMaxDocumentBytes(maxBytes);
    }
    return StoryPipeline.standard(ingest, ExtractionConfig.defaults());
  }

  /** The thread count asked for, or one per core; a usage error below 1. */
  int threadCount() {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(command.commandLine(), "--threads must be at least 1");
    }
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** A progress bar over the inputs, drawn only when asked or when stderr is a terminal. */
  Progress progress(String doing, List<String> inputs) {
    boolean show = progress != null ? progress : stderrIsTerminal();
    return new Progress(command.commandLine().getErr(), doing, show, show ? countInputs(inputs) : 0);
  }

  /** The output file, or standard output (which closing leaves open: it is the process's). */
  Writer openOutput() throws IOException {
    if (out == null) {
      return keptOpen(command.commandLine().getOut());
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
  }

  /** A writer whose {@code close} only flushes. */
  static Writer keptOpen(PrintWriter writer) {
    return new FilterWriter(writer) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The launcher sets STORYLENS_STDERR_TTY=1 when stderr is a terminal. */
  private static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("STORYLENS_STDERR_TTY"));
  }

  /** How many documents the inputs hold, for the bar; 0 (unknown) with stdin or JSONL inputs. */
  private static long countInputs(List<String> inputs) {
    long count = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        return 0;
      }
      try (Stream<Path> walk = Files.walk(Path.of(input))) {
        List<MediaType> types =
            walk.filter(Files::isRegularFile)
                .flatMap(p -> FileSource.mediaTypeOf(p.getFileName().toString()).stream())
                .toList();
        if (types.contains(MediaType.ARTICLE_JSON)) {
          return 0;
        }
        count += types.size();
      } catch (IOException | RuntimeException e) {
        count++; // the source will report it; count it as one input
      }
    }
    return count;
  }
}
