package org.storylens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storylens.AnalysisOutcome;
import org.storylens.StoryPipeline;
import org.storylens.cluster.AssignmentLogStoryStore;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryAssignment;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.model.DerivationLink;
import org.storylens.model.Skipped;
import org.storylens.report.DerivationLinkJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storylens cluster}: stages 1–4 over a JSONL stream, one story assignment a line. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Groups a stream of articles into stories, online and in input order (put it in time"
          + " order): each article is extracted, analysed and joins the best candidate story or"
          + " starts one.",
      "Input: JSONL, one article a line: {\"id\",\"title\",\"text\",\"date\",\"lang\"} (extra"
          + " fields ignored). Output: one 'id<TAB>storyId' line per article.",
      "With --state DIR the stream survives a crash: run the same command again and it resumes,"
          + " reporting every assignment once.",
      "With --links FILE the derivation links found on the way (near-duplicates by MinHash,"
          + " declared credits such as 'based on Northwire') are written too.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 on success, 1 when some inputs were skipped (each listed on stderr with its"
          + " reason), 2 for usage errors.",
      "",
      "Examples: storylens cluster --in news.jsonl --out stories.tsv --state state",
      "          storylens cluster --in news.jsonl --links links.jsonl"
    })
final class ClusterCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "ARTICLES.jsonl",
      description = "The articles, one JSON object a line, in time order; '-' reads stdin.")
  String in;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description =
          "Keep the stream's state on disk in DIR, so a killed run resumes where it stopped"
              + " (default: in memory only).")
  Path state;

  @Option(
      names = "--links",
      paramLabel = "FILE",
      description =
          "Also write the derivation links found (near-duplicates, declared credits) to FILE, one"
              + " JSON object a line: {\"from\",\"to\",\"kind\",\"score\",\"evidence\"}.")
  Path links;

  @Mixin RunOptions options;

  /** Standard input, replaceable in tests. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    ClusteringConfig config = ClusteringConfig.defaults();
    StoryPipeline pipeline = options.pipeline();
    PrintWriter err = spec.commandLine().getErr();
    Progress bar = options.progress("clustering", List.of(in));
    int skipped = 0;
    int resumed = 0;
    try (StoryStore store =
            state == null
                ? InMemoryStoryStore.of(config)
                : AssignmentLogStoryStore.open(state, config);
        StoryClusterer clusterer = StoryClusterer.standard(config, store);
        Writer writer = openOutput(store);
        Writer linkWriter = openLinks();
        Stream<AnalysisOutcome> outcomes =
            pipeline.analyze(List.of(in), stdin, options.threadCount())) {
      for (AnalysisOutcome outcome : (Iterable<AnalysisOutcome>) outcomes::iterator) {
        if (outcome instanceof AnalysisOutcome.Analyzed analyzed) {
          // cluster() returns only once the assignment is durable in the store: report it after.
          var assignment = pipeline.cluster(clusterer, analyzed.article());
          if (assignment.isPresent()) {
            write(writer, assignment.get());
            writeLinks(linkWriter, assignment.get());
          } else {
            resumed++;
          }
          bar.step(false);
        } else {
          Skipped s = ((AnalysisOutcome.NotAnalyzed) outcome).skipped();
          skipped++;
          bar.step(true);
          err.println("skipped " + s.source() + ": " + s.reason());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      bar.finish();
    }
    if (resumed > 0) {
      err.println(resumed + " articles were already assigned in " + state + " and not repeated");
    }
    return skipped == 0 ? 0 : 1;
  }

  private static void writeLinks(Writer writer, StoryAssignment assignment) throws IOException {
    if (writer == null || assignment.derivations().isEmpty()) {
      return;
    }
    for (DerivationLink link : assignment.derivations()) {
      writer.write(DerivationLinkJson.line(link) + "\n");
    }
    writer.flush();
  }

  /**
   * The links file, or null when not asked for. Beside a state directory a resumed run appends:
   * links are not part of the state, so those of articles assigned before a crash are not found
   * again.
   */
  private Writer openLinks() throws IOException {
    if (links == null) {
      return null;
    }
    OpenOption[] mode =
        state != null
            ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
            : new OpenOption[0];
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(links, mode), StandardCharsets.UTF_8));
  }

  private static void write(Writer writer, StoryAssignment assignment) throws IOException {
    writer.write(assignment.articleId() + "\t" + assignment.storyId() + "\n");
    writer.flush();
  }

  /**
   * Standard output, or the output file. A file resumed beside a state directory keeps its
   * complete lines and gains the recorded assignments it lacks (those a crash caught between
   * recording and writing), so it ends with every assignment exactly once.
   */
  private Writer openOutput(StoryStore store) throws IOException {
    Path out = options.out;
    if (out == null || state == null || !Files.exists(out)) {
      return options.openOutput();
    }
    Set<String> written = completeLines(out);
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(out, StandardOpenOption.APPEND), StandardCharsets.UTF_8));
    IOException[] failure = new IOException[1];
    store.forEachAssignment(
        (article, story) -> {
          if (failure[0] == null && !written.contains(article)) {
            try {
              writer.write(article + "\t" + story + "\n");
            } catch (IOException e) {
              failure[0] = e;
            }
          }
        });
    if (failure[0] != null) {
      writer.close();
      throw failure[0];
    }
    writer.flush();
    return writer;
  }

  /** The ids of the file's complete lines; a torn last line (no newline) is cut off. */
  private static Set<String> completeLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (end < bytes.length) {
      try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
        cut.setLength(end);
      }
    }
    Set<String> ids = new HashSet<>();
    for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        ids.add(line.substring(0, tab));
      }
    }
    return ids;
  }
}
