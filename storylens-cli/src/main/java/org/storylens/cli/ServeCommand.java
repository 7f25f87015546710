package org.storylens.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;
import org.storylens.server.ApiServer;
import org.storylens.server.ServerConfig;
import org.storylens.server.StoryLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storylens serve}: the REST API over a durable story library, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs StoryLens as a service: a REST API over a library of articles and the stories they"
          + " form, kept in --data and rebuilt from it on start (it survives restarts and kill -9:"
          + " an upload is acknowledged only once it is on disk).",
      "",
      "GET /api/stories?sort=newest|coverage&page=N&size=N&from=DAY&to=DAY&entity=NAME&outlet=NAME&q=WORDS,"
          + " GET /api/stories/ID (report schema 1, as last computed; ?fresh=true for one of the"
          + " story as it is now), GET /api/articles/ID, POST"
          + " /api/articles?source=NAME&type=text|html|json (the body is the page, page text or a"
          + " structured article; &refresh=wait_for waits until searches show it), GET /api/status, GET"
          + " /api/feeds, POST /api/feeds?url=URL, DELETE /api/feeds/ID, GET /api/changes?since=N"
          + " (stories changed since a sequence), GET /api/outlets?page=N&size=N, GET"
          + " /api/outlets/NAME (counts, distinctive terms, stories), GET /api/openapi.json."
          + " Errors are JSON {code, message}.",
      "",
      "Followed feeds (RSS, Atom) are polled every --poll-minutes with a conditional GET; the page"
          + " behind each new item is fetched and stored, robots.txt obeyed, one request a second"
          + " per host. Addresses on this machine and private networks are refused unless"
          + " --allow-host names them. A feed or page that fails for a while (timeout, 5xx, 429)"
          + " is tried again after 1 min, 2, 4… up to an hour (or the poll interval), honouring"
          + " Retry-After; one that cannot work (404, refused address, not a feed) waits a day."
          + " GET /api/feeds shows each feed's state.",
      "",
      "--watch DIR ingests the files dropped into DIR; GET /paste is a form for pasting an"
          + " article's text by hand.",
      "",
      "The web UI is at / (stories), /stories/ID (the story's report with its derivation graph),"
          + " /articles/ID, /outlets and /outlets/NAME; its pages update themselves in place as"
          + " articles arrive.",
      "",
      "Binds to 127.0.0.1 unless --host says otherwise.",
      ""
    },
    footer = {
      "",
      "Example: storylens serve --data ./storylens-data --port 8080",
      "         curl -X POST --data-binary @samples/quake-northwire.txt"
          + " 'http://127.0.0.1:8080/api/articles?source=quake-northwire.txt'"
    })
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", defaultValue = "storylens-data", description = "the library's folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", description = "the port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(
      names = "--max-body",
      defaultValue = "5MB",
      converter = ByteSizeConverter.class,
      description = "the largest upload (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--poll-minutes", defaultValue = "15", description = "how often the followed feeds are polled (default: ${DEFAULT-VALUE}).")
  long pollMinutes;

  @Option(
      names = "--allow-host",
      description = "a host (name or address as written in URLs) on this machine or a private network that feeds and pages may be fetched from; repeatable. Others such are refused.")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description = "a folder whose files are ingested as they are dropped in (.txt .text .md as page text, .html .htm as pages, .xml .rss .atom as feeds whose items carry their text); sub-folders too; repeatable. A file is read once it stops changing, and again only when it changes.")
  java.util.List<Path> watch = new java.util.ArrayList<>();

  @Option(
      names = "--token-env",
      description = "the name of an environment variable holding a token that uploads must send as 'Authorization: Bearer TOKEN'.")
  String tokenEnv;

  @Override
  public Integer call() throws Exception {
    Optional<String> token = Optional.empty();
    if (tokenEnv != null) {
      String value = System.getenv(tokenEnv);
      if (value == null || value.isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "the environment variable " + tokenEnv + " is not set");
      }
      token = Optional.of(value);
    }
    ServerConfig config;
    try {
      config = new ServerConfig(data, host, port, maxBody, token);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    if (pollMinutes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--poll-minutes must be at least 1");
    }
    for (Path folder : watch) {
      if (!java.nio.file.Files.isDirectory(folder)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--watch: not a folder: " + folder);
      }
    }
    StoryLibrary library = StoryLibrary.open(data, pipeline);
    org.storylens.server.AddressGuard guard =
        new org.storylens.server.AddressGuard(false, java.util.Set.copyOf(allowHosts));
    org.storylens.server.FeedFollower follower =
        new org.storylens.server.FeedFollower(
            data, library,
            new org.storylens.server.Fetcher(guard, java.time.Duration.ofSeconds(20), 8L * 1024 * 1024),
            guard, 1000);
    follower.start(pollMinutes);
    org.storylens.server.FolderWatcher watcher =
        new org.storylens.server.FolderWatcher(
            watch, library, data, org.storylens.server.FolderWatcher.Settings.defaults(maxBody));
    if (!watch.isEmpty()) {
      watcher.start();
    }
    ApiServer server = ApiServer.start(library, Optional.of(follower), config);
    int[] size = library.size();
    spec.commandLine().getErr().println(
        "storylens serve: " + size[0] + " articles in " + size[1] + " stories from " + data
            + "; listening on http://" + host + ":" + server.port() + "/api/stories");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      follower.close();
      watcher.close();
      server.close();
      try {
        library.close();
      } catch (java.io.IOException e) {
        // the log is forced on every write; nothing acknowledged is lost
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
