package org.storylens.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers of {@code bench serve} as {@code wrk} processes (Debian's {@code wrk}), one per kind
 * of request, each with its share of the connections, asking again as soon as answered. Why not
 * Java clients? On a two-core machine the load generator shares the cores with the service, and
 * Java's HttpClient spends about six times what {@code wrk} spends per request, which the service
 * then lacks.
 *
 * <p>Each {@code wrk} runs a Lua script written here: it picks a random page of the list, or a
 * random story from a file of ids, for every request, asks with {@code Accept-Encoding: gzip} as a
 * browser does, and prints its latency percentiles (microseconds, from {@code wrk}'s own
 * histogram) and error counts in a line this class reads back.
 */
final class WrkReaders {

  /** One kind of request over one run. */
  record Row(ServeLoadBenchmark.Kind kind, long count, double seconds, double p50, double p90, double p99, double p999, double max, long errors) {}

  private static final Pattern RESULT =
      Pattern.compile("^storylens-wrk (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+) (\\d+)$", Pattern.MULTILINE);

  private final Path wrk;
  private final URI base;
  private final Path folder;
  private final int listPages;

  /**
   * @param wrk the {@code wrk} program ({@link #find})
   * @param base the service
   * @param folder where the scripts and the id file are written
   * @param ids the stories story requests choose from
   * @param listPages list requests ask for one of the first this many pages
   */
  WrkReaders(Path wrk, URI base, Path folder, List<String> ids, int listPages) throws IOException {
    this.wrk = wrk;
    this.base = base;
    this.folder = Files.createDirectories(folder);
    this.listPages = listPages;
    Files.write(folder.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
  }

  /** The {@code wrk} program on the path, if there is one. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code clients} connections for {@code seconds}, split 40 % list, 30 % story JSON, 30 %
   * story HTML, and reads back each kind's figures.
   */
  Map<ServeLoadBenchmark.Kind, Row> run(int clients, int seconds, long seed) throws IOException, InterruptedException {
    int list = Math.max(1, Math.round(clients * 0.4f));
    int json = Math.max(1, Math.round(clients * 0.3f));
    int html = Math.max(1, clients - list - json);
    Map<ServeLoadBenchmark.Kind, Integer> connections = new EnumMap<>(ServeLoadBenchmark.Kind.class);
    connections.put(ServeLoadBenchmark.Kind.LIST, list);
    connections.put(ServeLoadBenchmark.Kind.STORY_JSON, json);
    connections.put(ServeLoadBenchmark.Kind.STORY_HTML, html);
    Map<ServeLoadBenchmark.Kind, Process> running = new EnumMap<>(ServeLoadBenchmark.Kind.class);
    Map<ServeLoadBenchmark.Kind, Path> outputs = new EnumMap<>(ServeLoadBenchmark.Kind.class);
    for (Map.Entry<ServeLoadBenchmark.Kind, Integer> e : connections.entrySet()) {
      ServeLoadBenchmark.Kind kind = e.getKey();
      Path script = folder.resolve(kind.name().toLowerCase(Locale.ROOT) + ".lua");
      Files.writeString(script, script(kind, seed + kind.ordinal()), StandardCharsets.UTF_8);
      Path output = folder.resolve(kind.name().toLowerCase(Locale.ROOT) + ".out");
      outputs.put(kind, output);
      List<String> command =
          List.of(wrk.toString(), "-t1", "-c" + e.getValue(), "-d" + seconds + "s", "--timeout", "10s",
              "-s", script.toString(), base.toString());
      running.put(kind, new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start());
    }
    try {
      return collect(running, outputs, seconds);
    } finally {
      running.values().forEach(Process::destroyForcibly); // none is left running if one failed
    }
  }

  private static Map<ServeLoadBenchmark.Kind, Row> collect(
      Map<ServeLoadBenchmark.Kind, Process> running, Map<ServeLoadBenchmark.Kind, Path> outputs, int seconds)
      throws IOException, InterruptedException {
    Map<ServeLoadBenchmark.Kind, Row> rows = new EnumMap<>(ServeLoadBenchmark.Kind.class);
    for (Map.Entry<ServeLoadBenchmark.Kind, Process> e : running.entrySet()) {
      Process process = e.getValue();
      if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
        throw new IOException("wrk did not stop; see " + outputs.get(e.getKey()));
      }
      String printed = Files.readString(outputs.get(e.getKey()), StandardCharsets.UTF_8);
      Matcher m = RESULT.matcher(printed);
      if (process.exitValue() != 0 || !m.find()) {
        throw new IOException("wrk exited " + process.exitValue() + " without its figures: " + printed.strip());
      }
      double micros = 1000.0; // a millisecond
      rows.put(e.getKey(),
          new Row(e.getKey(), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
              Double.parseDouble(m.group(3)) / micros, Double.parseDouble(m.group(4)) / micros,
              Double.parseDouble(m.group(5)) / micros, Double.parseDouble(m.group(6)) / micros,
              Double.parseDouble(m.group(7)) / micros, Long.parseLong(m.group(8)) + Long.parseLong(m.group(9))));
    }
    return rows;
  }

  /**
   * The Lua script of one kind: a random path per request; at the end one line of figures:
   * requests, microseconds run, p50, p90, p99, p99.9 and max latency in microseconds, answers not
   * 2xx, and socket errors (connect, read, write, timeout).
   */
  private String script(ServeLoadBenchmark.Kind kind, long seed) {
    String pick =
        switch (kind) {
          case LIST ->
              "  local sort = (math.random(2) == 1) and 'newest' or 'coverage'\n"
                  + "  return wrk.format('GET', '/api/stories?sort=' .. sort .. '&page=' .. math.random(" + listPages + "))\n";
          case STORY_JSON -> "  return wrk.format('GET', '/api/stories/' .. ids[math.random(#ids)])\n";
          case STORY_HTML -> "  return wrk.format('GET', '/stories/' .. ids[math.random(#ids)])\n";
          case UPLOAD -> throw new IllegalArgumentException("uploads are not wrk's");
        };
    return "ids = {}\n"
        + "for line in io.lines('" + folder.resolve("ids.txt").toAbsolutePath().toString().replace("\\", "/").replace("'", "\\'") + "') do\n"
        + "  ids[#ids + 1] = line\n"
        + "end\n"
        + "math.randomseed(" + seed + ")\n"
        + "wrk.headers['Accept-Encoding'] = 'gzip'\n"
        + "request = function()\n"
        + pick
        + "end\n"
        + "done = function(summary, latency, requests)\n"
        + "  local e = summary.errors\n"
        + "  io.write(string.format('storylens-wrk %d %d %.0f %.0f %.0f %.0f %.0f %d %d\\n',\n"
        + "    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),\n"
        + "    latency:percentile(99), latency:percentile(99.9), latency.max, e.status,\n"
        + "    e.connect + e.read + e.write + e.timeout))\n"
        + "end\n";
  }
}
