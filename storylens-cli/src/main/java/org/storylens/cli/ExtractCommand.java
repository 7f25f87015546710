package org.storylens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.model.Skipped;
import org.storylens.report.ArticleJsonWriter;
import org.storylens.report.MarkdownArticleWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin RunOptions options;

  /** Standard input, replaceable in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    if (format == OutputFormat.html) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "extract writes json or md; html is for analyze reports");
    }
    StoryPipeline pipeline = options.pipeline();
    PrintWriter err = spec.commandLine().getErr();
    Progress bar = options.progress("extracting", inputs);
    int skipped = 0;
    try (Writer writer = options.openOutput();
        Stream<ExtractionOutcome> outcomes =
            pipeline.extract(inputs, stdin, options.threadCount())) {
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
