package org.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.storylens.model.MediaType;

/**
 * Follows the feeds the user added: polls each one on a schedule with a conditional GET, and
 * fetches the page behind every item not seen before into the {@link StoryLibrary} (the item's
 * link is the document's source, so an item seen again is stored once). Every fetch goes through
 * the {@link Fetcher} (address guard, timeouts, size limit); robots.txt is read once per host and
 * obeyed for pages; requests to one host are spaced by at least {@code hostDelay}. A feed that
 * fails is tried again at the next poll.
 *
 * <p>The feed list is kept in {@code feeds.json} in the data folder, replaced atomically on every
 * change. Thread-safe.
 */
public final class FeedFollower implements AutoCloseable {

  /** A followed feed. */
  public record Feed(String id, String url) {}

  /** The user agent robots.txt rules are read for. */
  static final String AGENT = "storylens";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final StoryLibrary library;
  private final Fetcher fetcher;
  private final AddressGuard guard;
  private final long hostDelayMillis;
  private final Map<String, Feed> feeds = new LinkedHashMap<>();
  private final Map<String, Optional<String>[]> validators = new HashMap<>();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final ScheduledExecutorService scheduler;
  private volatile boolean started;

  public FeedFollower(
      Path data, StoryLibrary library, Fetcher fetcher, AddressGuard guard, long hostDelayMillis)
      throws IOException {
    this.file = data.resolve("feeds.json");
    this.library = Objects.requireNonNull(library, "library");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.hostDelayMillis = hostDelayMillis;
    if (Files.exists(file)) {
      for (JsonNode feed : JSON.readTree(file.toFile())) {
        feeds.put(feed.get("id").asText(), new Feed(feed.get("id").asText(), feed.get("url").asText()));
      }
    }
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "storylens-feeds");
              t.setDaemon(true);
              return t;
            });
  }

  /** Polls every feed every {@code minutes}, the first time now. */
  public void start(long minutes) {
    started = true;
    scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, minutes, TimeUnit.MINUTES);
  }

  /** Adds a feed; refused (with the reason) when its URL may not be fetched. */
  public synchronized Feed add(String url) throws IOException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    Optional<String> refused = guard.refusal(uri);
    if (refused.isPresent()) {
      throw new IllegalArgumentException(refused.get());
    }
    String id = idOf(uri.toString());
    Feed feed = new Feed(id, uri.toString());
    feeds.put(id, feed);
    save();
    if (started && !scheduler.isShutdown()) {
      scheduler.execute(this::pollQuietly); // a new feed is read now, not at the next poll
    }
    return feed;
  }

  /** Removes a feed; false when there is none of that id. */
  public synchronized boolean remove(String id) throws IOException {
    boolean removed = feeds.remove(id) != null;
    if (removed) {
      validators.remove(id);
      save();
    }
    return removed;
  }

  /** The followed feeds, in the order they were added. */
  public synchronized List<Feed> feeds() {
    return List.copyOf(feeds.values());
  }

  /** Polls every feed once, now; returns how many new articles were stored. */
  public int poll() {
    int added = 0;
    for (Feed feed : feeds()) {
      try {
        added += poll(feed);
      } catch (IOException e) {
        // tried again at the next poll
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return added;
      }
    }
    return added;
  }

  private void pollQuietly() {
    poll();
  }

  @SuppressWarnings("unchecked")
  private int poll(Feed feed) throws IOException, InterruptedException {
    Optional<String>[] known =
        validators.getOrDefault(feed.id(), new Optional[] {Optional.empty(), Optional.empty()});
    URI url = URI.create(feed.url());
    pace(url);
    Fetcher.Result result = fetcher.fetch(url, known[0], known[1]);
    if (result.status() == 304) {
      return 0;
    }
    if (result.status() != 200) {
      throw new IOException(feed.url() + " answered " + result.status());
    }
    validators.put(feed.id(), new Optional[] {result.etag(), result.lastModified()});
    int added = 0;
    for (FeedReader.Item item : new FeedReader().items(result.body())) {
      URI page;
      try {
        page = result.url().resolve(item.link());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (library.hasSource(page.toString()) || !allowedByRobots(page)) {
        continue;
      }
      try {
        pace(page);
        Fetcher.Result fetched = fetcher.fetch(page, Optional.empty(), Optional.empty());
        if (fetched.status() == 200
            && library.add(page.toString(), MediaType.HTML, fetched.body(), new ArrayList<>())
                .filter(ack -> !ack.duplicate())
                .isPresent()) {
          added++;
        }
      } catch (IOException e) {
        // one page that fails does not stop the others
      }
    }
    return added;
  }

  private boolean allowedByRobots(URI page) throws InterruptedException {
    String host = page.getScheme() + "://" + page.getAuthority();
    BaseRobotRules rules;
    synchronized (this) {
      rules = robots.get(host);
    }
    if (rules == null) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      try {
        URI robotsUrl = URI.create(host + "/robots.txt");
        pace(robotsUrl);
        Fetcher.Result result = fetcher.fetch(robotsUrl, Optional.empty(), Optional.empty());
        rules =
            result.status() == 200
                ? parser.parseContent(robotsUrl.toString(), result.body(), "text/plain", List.of(AGENT))
                : parser.failedFetch(result.status());
      } catch (IOException e) {
        rules = parser.failedFetch(500);
      }
      synchronized (this) {
        robots.put(host, rules);
      }
    }
    return rules.isAllowed(page.toString());
  }

  /** Waits until the host's last request is {@code hostDelay} ago. */
  private void pace(URI url) throws InterruptedException {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    long wait;
    synchronized (this) {
      long now = System.currentTimeMillis();
      long next = lastRequest.getOrDefault(host, 0L) + hostDelayMillis;
      wait = Math.max(0, next - now);
      lastRequest.put(host, now + wait);
    }
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /** A feed's id: the first 16 hex digits of its URL's SHA-256. */
  private static String idOf(String url) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private void save() throws IOException {
    ArrayNode list = JSON.createArrayNode();
    feeds.values().forEach(f -> list.addObject().put("id", f.id()).put("url", f.url()));
    Path partial = file.resolveSibling("feeds.json.partial");
    Files.writeString(partial, list.toString(), StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
