package org.storylens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.MediaType;
import org.storylens.model.Skipped;
import org.storylens.report.ArticleJsonWriter;
import org.storylens.report.MarkdownArticleWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storylens extract}: stages 1–2, clean articles with their metadata. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts clean articles from page text (.txt), saved web pages (.html, .htm) and JSONL"
          + " (.jsonl, one article a line: title, text, url, date, outlet, lang).",
      "Any of them may be gzipped (page.html.gz). Folders are walked recursively in name order;"
          + " '-' reads standard input.",
      "Writes a JSON array of article objects (report schema 1) or Markdown.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 on success, 1 when some inputs were skipped (each listed on stderr with its"
          + " reason), 2 for usage errors.",
      "",
      "Example: storylens extract samples --format md"
    })
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or '-'.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json or md (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      converter = ByteSizeConverter.class,
      description = "Skip any file larger than SIZE (default: 16MB).")
  Long maxBytes;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on stderr (default: when stderr is a terminal and the launcher says"
              + " so).")
  Boolean progress;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extract on N threads; output keeps the input order (default: one per core).")
  Integer threads;

  /** Standard input, replaceable in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    IngestConfig ingest = IngestConfig.defaults();
    if (maxBytes != null) {
      ingest = ingest.withMaxDocumentBytes(maxBytes);
    }
    StoryPipeline pipeline = StoryPipeline.standard(ingest, ExtractionConfig.defaults());
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress != null ? progress : stderrIsTerminal();
    Progress bar = new Progress(err, showProgress, showProgress ? countInputs(inputs) : 0);
    int skipped = 0;
    try (Writer writer = openOutput();
        Stream<ExtractionOutcome> outcomes = pipeline.extract(inputs, stdin, threadCount())) {
      Sink sink = format == OutputFormat.json ? new JsonSink(writer) : new MarkdownSink(writer);
      for (ExtractionOutcome outcome : (Iterable<ExtractionOutcome>) outcomes::iterator) {
        if (outcome instanceof ExtractionOutcome.Extracted extracted) {
          sink.accept(extracted);
          bar.step(false);
        } else {
          Skipped s = ((ExtractionOutcome.NotExtracted) outcome).skipped();
          skipped++;
          bar.step(true);
          err.println("skipped " + s.source() + ": " + s.reason());
        }
      }
      sink.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      bar.finish();
    }
    return skipped == 0 ? 0 : 1;
  }

  private int threadCount() {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  private Writer openOutput() throws IOException {
    if (out == null) {
      // Not closed by the try: standard output belongs to the process, not to this command.
      Writer stdout = spec.commandLine().getOut();
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
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

  private interface Sink {
    void accept(ExtractionOutcome.Extracted extracted) throws IOException;

    void finish() throws IOException;
  }

  private static final class JsonSink implements Sink {
    private final ArticleJsonWriter json;

    JsonSink(Writer writer) throws IOException {
      this.json = ArticleJsonWriter.to(writer);
    }

    @Override
    public void accept(ExtractionOutcome.Extracted extracted) throws IOException {
      json.write(extracted.article());
    }

    @Override
    public void finish() throws IOException {
      json.close();
    }
  }

  private static final class MarkdownSink implements Sink {
    private final Writer writer;
    private final MarkdownArticleWriter markdown;

    MarkdownSink(Writer writer) {
      this.writer = writer;
      this.markdown = new MarkdownArticleWriter(writer);
    }

    @Override
    public void accept(ExtractionOutcome.Extracted extracted) throws IOException {
      markdown.write(extracted.article());
    }

    @Override
    public void finish() throws IOException {
      writer.flush();
    }
  }
}
