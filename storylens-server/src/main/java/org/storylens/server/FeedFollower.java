package org.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storylens.model.MediaType;

/**
 * Follows the feeds the user added: polls each one on a schedule with a conditional GET, and
 * fetches the page behind every item not seen before into the {@link StoryLibrary} (the item's
 * link is the document's source, so an item seen again is stored once). Every fetch goes through
 * the {@link Fetcher} (address guard, timeouts, size limit); robots.txt is read once per host and
 * obeyed for pages; requests to one host are spaced by at least {@code hostDelay}.
 *
 * <p>Failures are retried as {@link RetryPolicy} says. A transient failure (I/O error, timeout,
 * HTTP 5xx, 408, 425, 429) of a feed is tried again after a growing, jittered wait (1 min, 2, 4…
 * up to the larger of the poll interval and {@code maxBackoff}), never sooner than the server's
 * {@code Retry-After} (itself capped). A permanent failure (another 4xx, an address the guard
 * refuses, a body over the limit, a document that is not a feed) waits {@code permanentWait}
 * before the next try; adding the feed again resets it. A page that failed transiently is tried
 * again at later polls, each time after its own growing wait, at most {@code pageAttempts} times;
 * a page that failed permanently, gave no article, or ran out of attempts is not asked for again.
 *
 * <p>Due feeds are polled by a small pool of workers, one task per host, so a slow or failing
 * host never holds up another host's feeds. The feed list and each feed's state (failures, last
 * error, next attempt, last success, validators, pages waiting for a retry) are kept in {@code
 * feeds.json} in the data folder, replaced atomically on every change, so a restart neither
 * forgets a backoff nor polls a failing feed at once. Thread-safe.
 */
public final class FeedFollower implements AutoCloseable {

  /** A followed feed. */
  public record Feed(String id, String url) {
    public Feed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * How failures are retried.
   *
   * @param firstBackoff the wait after a feed's first transient failure; doubled for each further
   *     one
   * @param maxBackoff the longest transient wait, unless the poll interval is longer
   * @param permanentWait the wait after a permanent failure
   * @param maxRetryAfter the most of a server's {@code Retry-After} that is honoured
   * @param pageAttempts how many times a page is fetched before it is given up
   */
  public record RetryPolicy(
      Duration firstBackoff,
      Duration maxBackoff,
      Duration permanentWait,
      Duration maxRetryAfter,
      int pageAttempts) {
    public RetryPolicy {
      for (Duration d : List.of(
          Objects.requireNonNull(firstBackoff, "firstBackoff"),
          Objects.requireNonNull(maxBackoff, "maxBackoff"),
          Objects.requireNonNull(permanentWait, "permanentWait"),
          Objects.requireNonNull(maxRetryAfter, "maxRetryAfter"))) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("retry waits must be positive: " + d);
        }
      }
      if (pageAttempts < 1) {
        throw new IllegalArgumentException("pageAttempts must be at least 1: " + pageAttempts);
      }
    }

    /** 1 min doubling to 1 h (or the poll interval), a day after a permanent failure, 6 h of
     * Retry-After, 5 attempts a page. */
    public static RetryPolicy defaults() {
      return new RetryPolicy(
          Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(6), 5);
    }
  }

  /**
   * How the follower runs.
   *
   * @param pollInterval how often a healthy feed is polled
   * @param hostDelayMillis the least time between two requests to one host
   * @param retry how failures are retried
   * @param clock what "now" is for the schedule (a test moves its own)
   * @param seed the seed of the backoff's jitter
   */
  public record Settings(
      Duration pollInterval, long hostDelayMillis, RetryPolicy retry, Clock clock, long seed) {
    public Settings {
      Objects.requireNonNull(pollInterval, "pollInterval");
      Objects.requireNonNull(retry, "retry");
      Objects.requireNonNull(clock, "clock");
      if (pollInterval.toSeconds() < 1) {
        throw new IllegalArgumentException("pollInterval must be at least a second: " + pollInterval);
      }
      if (hostDelayMillis < 0) {
        throw new IllegalArgumentException("hostDelayMillis must not be negative: " + hostDelayMillis);
      }
    }

    /** Every 15 minutes, a second between requests to one host, the default retries. */
    public static Settings defaults() {
      return new Settings(
          Duration.ofMinutes(15), 1000, RetryPolicy.defaults(), Clock.systemUTC(), System.nanoTime());
    }

    public Settings withPollInterval(Duration interval) {
      return new Settings(interval, hostDelayMillis, retry, clock, seed);
    }

    public Settings withHostDelayMillis(long millis) {
      return new Settings(pollInterval, millis, retry, clock, seed);
    }

    public Settings withRetry(RetryPolicy policy) {
      return new Settings(pollInterval, hostDelayMillis, policy, clock, seed);
    }

    public Settings withClock(Clock newClock) {
      return new Settings(pollInterval, hostDelayMillis, retry, newClock, seed);
    }
  }

  /**
   * What the follower knows of a feed, as {@code GET /api/feeds} shows it.
   *
   * @param state {@code new} (not polled yet), {@code ok} (the last poll worked), {@code retrying}
   *     (a transient failure; tried again at {@code nextAttempt}) or {@code failing} (a permanent
   *     failure; tried again at {@code nextAttempt}, or at once when the feed is added again)
   * @param failures consecutive failed polls
   * @param pendingPages pages that failed transiently and will be tried again
   * @param failedPages pages given up (permanent failure, no article, or out of attempts)
   */
  public record Status(
      Feed feed,
      String state,
      int failures,
      Optional<String> lastError,
      Optional<Instant> lastAttempt,
      Optional<Instant> lastSuccess,
      Instant nextAttempt,
      int pendingPages,
      int failedPages) {
    public Status {
      Objects.requireNonNull(feed, "feed");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(lastError, "lastError");
      Objects.requireNonNull(lastAttempt, "lastAttempt");
      Objects.requireNonNull(lastSuccess, "lastSuccess");
      Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
  }

  /** The user agent robots.txt rules are read for. */
  static final String AGENT = "storylens";

  /** How often the schedule looks for due feeds. */
  static final Duration TICK = Duration.ofSeconds(10);

  /** Workers polling hosts at once. */
  static final int WORKERS = 4;

  /** The most pages a feed remembers as given up (the oldest are forgotten first). */
  static final int MAX_FAILED_PAGES = 1000;

  private static final Logger LOG = Logger.getLogger(FeedFollower.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final StoryLibrary library;
  private final Fetcher fetcher;
  private final AddressGuard guard;
  private final long hostDelayMillis;
  private final RetryPolicy retry;
  private final Clock clock;
  private final Random jitter;
  private volatile Duration interval;
  private final Map<String, Feed> feeds = new LinkedHashMap<>();
  private final Map<String, State> states = new HashMap<>();
  private final Set<String> inFlight = new HashSet<>();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final ScheduledExecutorService ticker;
  private final ExecutorService workers;
  private volatile boolean started;

  /** A follower with the default settings but {@code hostDelayMillis}. */
  public FeedFollower(
      Path data, StoryLibrary library, Fetcher fetcher, AddressGuard guard, long hostDelayMillis)
      throws IOException {
    this(data, library, fetcher, guard, Settings.defaults().withHostDelayMillis(hostDelayMillis));
  }

  public FeedFollower(
      Path data, StoryLibrary library, Fetcher fetcher, AddressGuard guard, Settings settings)
      throws IOException {
    this.file = data.resolve("feeds.json");
    this.library = Objects.requireNonNull(library, "library");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.hostDelayMillis = settings.hostDelayMillis();
    this.retry = settings.retry();
    this.clock = settings.clock();
    this.interval = settings.pollInterval();
    this.jitter = new Random(settings.seed());
    if (Files.exists(file)) {
      for (JsonNode node : JSON.readTree(file.toFile())) {
        Feed feed = new Feed(node.get("id").asText(), node.get("url").asText());
        feeds.put(feed.id(), feed);
        states.put(feed.id(), State.read(node, clock.instant()));
      }
    }
    AtomicInteger worker = new AtomicInteger();
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "storylens-feeds"));
    this.workers =
        Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "storylens-feeds-" + worker.incrementAndGet()));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Polls each feed every {@code minutes} from now on (the first time when it is due). */
  public void start(long minutes) {
    interval = Duration.ofMinutes(minutes);
    started = true;
    ticker.scheduleWithFixedDelay(this::dispatchDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Adds a feed, or resets a followed one (it is due at once, its failures and given-up pages
   * forgotten); refused (with the reason) when its URL may not be fetched.
   */
  public Feed add(String url) throws IOException {
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
    synchronized (this) {
      feeds.put(id, feed);
      states.put(id, new State(clock.instant()));
      save();
    }
    if (started) {
      try {
        ticker.execute(this::dispatchDue); // a new feed is read now, not at the next tick
      } catch (RejectedExecutionException closed) {
        // closing: nothing more is polled
      }
    }
    return feed;
  }

  /** Removes a feed; false when there is none of that id. */
  public synchronized boolean remove(String id) throws IOException {
    boolean removed = feeds.remove(id) != null;
    if (removed) {
      states.remove(id);
      save();
    }
    return removed;
  }

  /** The followed feeds, in the order they were added. */
  public synchronized List<Feed> feeds() {
    return List.copyOf(feeds.values());
  }

  /** Each followed feed with its state, in the order they were added. */
  public synchronized List<Status> statuses() {
    List<Status> out = new ArrayList<>();
    for (Feed feed : feeds.values()) {
      State s = states.get(feed.id());
      String state =
          s.failures > 0 ? (s.permanent ? "failing" : "retrying") : s.lastAttempt == null ? "new" : "ok";
      out.add(
          new Status(
              feed, state, s.failures, Optional.ofNullable(s.lastError),
              Optional.ofNullable(s.lastAttempt), Optional.ofNullable(s.lastSuccess), s.nextAttempt,
              s.pending.size(), s.failed.size()));
    }
    return out;
  }

  /**
   * Polls every feed once, now, whatever its schedule (pages keep their own retry times); returns
   * how many new articles were stored.
   */
  public int poll() {
    return pollAll(false);
  }

  /** Polls, one after the other on this thread, the feeds whose next attempt has come. */
  public int pollDue() {
    return pollAll(true);
  }

  private int pollAll(boolean onlyDue) {
    int added = 0;
    for (Feed feed : onlyDue ? due() : feeds()) {
      if (!claim(feed)) {
        continue;
      }
      try {
        added += poll(feed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return added;
      } finally {
        release(feed);
      }
    }
    return added;
  }

  private synchronized List<Feed> due() {
    Instant now = clock.instant();
    List<Feed> due = new ArrayList<>();
    for (Feed feed : feeds.values()) {
      if (!states.get(feed.id()).nextAttempt.isAfter(now)) {
        due.add(feed);
      }
    }
    return due;
  }

  private synchronized boolean claim(Feed feed) {
    return feeds.containsKey(feed.id()) && inFlight.add(feed.id());
  }

  private synchronized void release(Feed feed) {
    inFlight.remove(feed.id());
  }

  /** Hands each host's due feeds, not already being polled, to one worker task. */
  private void dispatchDue() {
    Map<String, List<Feed>> byHost = new LinkedHashMap<>();
    synchronized (this) {
      for (Feed feed : due()) {
        if (inFlight.add(feed.id())) {
          byHost.computeIfAbsent(hostOf(URI.create(feed.url())), h -> new ArrayList<>()).add(feed);
        }
      }
    }
    for (List<Feed> hostFeeds : byHost.values()) {
      try {
        workers.execute(() -> {
          for (Feed feed : hostFeeds) {
            try {
              poll(feed);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              hostFeeds.forEach(this::release);
              return;
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "polling " + feed.url() + " failed unexpectedly", e);
            } finally {
              release(feed);
            }
          }
        });
      } catch (RejectedExecutionException closed) {
        hostFeeds.forEach(this::release);
      }
    }
  }

  /** Polls one feed the caller has claimed: the feed, its new items' pages, its pages due again. */
  private int poll(Feed feed) throws InterruptedException {
    State state;
    Optional<String> etag;
    Optional<String> lastModified;
    synchronized (this) {
      state = states.get(feed.id());
      if (state == null) {
        return 0; // removed meanwhile
      }
      etag = state.etag;
      lastModified = state.lastModified;
      state.lastAttempt = clock.instant();
    }
    Set<URI> pages = new LinkedHashSet<>();
    URI url = URI.create(feed.url());
    try {
      Fetcher.Result result = get(url, etag, lastModified);
      if (result.status() == 200) {
        List<FeedReader.Item> items;
        try {
          items = new FeedReader().items(result.body());
        } catch (IOException e) {
          throw new FetchFailure(feed.url() + " is " + e.getMessage(), false, Optional.empty());
        }
        for (FeedReader.Item item : items) {
          try {
            pages.add(result.url().resolve(item.link()));
          } catch (IllegalArgumentException e) {
            // a link that is no URL: nothing to fetch
          }
        }
      }
      synchronized (this) {
        state.succeeded(clock.instant(), interval);
        if (result.status() == 200) {
          state.etag = result.etag();
          state.lastModified = result.lastModified();
        }
      }
    } catch (FetchFailure failure) {
      synchronized (this) {
        state.failed(failure, delayAfter(state.failures + 1, failure));
      }
      LOG.info(() -> "feed " + feed.url() + " failed (" + state.failures + " in a row): " + failure.getMessage());
    }
    synchronized (this) {
      for (String pending : state.pending.keySet()) {
        pages.add(URI.create(pending));
      }
    }
    int added = 0;
    for (URI page : pages) {
      if (closed) {
        break; // the rest stay pending for the next start
      }
      added += fetchPage(state, page);
    }
    synchronized (this) {
      if (states.get(feed.id()) == state) {
        try {
          save();
        } catch (IOException e) {
          LOG.log(Level.WARNING, "cannot save " + file, e);
        }
      }
    }
    return added;
  }

  /** Fetches and stores one item's page unless it is stored, given up, or not due again yet. */
  private int fetchPage(State state, URI page) throws InterruptedException {
    String key = page.toString();
    synchronized (this) {
      if (state.failed.contains(key)) {
        return 0;
      }
      Pending pending = state.pending.get(key);
      if (pending != null && pending.nextAttempt.isAfter(clock.instant())) {
        return 0;
      }
    }
    if (library.hasSource(key)) {
      synchronized (this) {
        state.pending.remove(key);
      }
      return 0;
    }
    try {
      if (!allowedByRobots(page)) {
        synchronized (this) {
          state.pending.remove(key);
        }
        return 0;
      }
      Fetcher.Result fetched = get(page, Optional.empty(), Optional.empty());
      if (fetched.status() != 200) {
        throw new FetchFailure(key + " answered " + fetched.status(), false, Optional.empty());
      }
      List<String> rejected = new ArrayList<>();
      Optional<StoryLibrary.Ack> ack;
      try {
        ack = library.add(key, MediaType.HTML, fetched.body(), rejected);
      } catch (IOException e) {
        throw new FetchFailure("cannot store " + key + ": " + describe(e), true, Optional.empty());
      }
      if (ack.isEmpty()) {
        throw new FetchFailure(key + " gives no article: " + String.join("; ", rejected), false, Optional.empty());
      }
      synchronized (this) {
        state.pending.remove(key);
      }
      return ack.get().duplicate() ? 0 : 1;
    } catch (FetchFailure failure) {
      synchronized (this) {
        Pending pending = state.pending.computeIfAbsent(key, k -> new Pending());
        pending.attempts++;
        pending.lastError = failure.getMessage();
        if (!failure.transientFailure || pending.attempts >= retry.pageAttempts()) {
          state.pending.remove(key);
          state.giveUp(key);
        } else {
          pending.nextAttempt = clock.instant().plus(delayAfter(pending.attempts, failure));
        }
      }
      LOG.info(() -> "page " + key + " failed: " + failure.getMessage());
      return 0;
    }
  }

  /** The wait before attempt {@code failures + 1}. */
  private synchronized Duration delayAfter(int failures, FetchFailure failure) {
    if (!failure.transientFailure) {
      return retry.permanentWait();
    }
    return backoff(failures, failure.retryAfter);
  }

  /**
   * The transient wait after {@code failures} failures in a row: the first backoff doubled for
   * each earlier failure, capped, times a jitter of 0.8 to 1.2 (so feeds that failed together do
   * not come back together), and never less than the server's capped {@code Retry-After}.
   */
  Duration backoff(int failures, Optional<Duration> retryAfter) {
    Duration cap = retry.maxBackoff().compareTo(interval) > 0 ? retry.maxBackoff() : interval;
    long millis = retry.firstBackoff().toMillis();
    for (int i = 1; i < failures && millis < cap.toMillis(); i++) {
      millis *= 2;
    }
    millis = Math.min(millis, cap.toMillis());
    double factor;
    synchronized (jitter) {
      factor = 0.8 + 0.4 * jitter.nextDouble();
    }
    Duration wait = Duration.ofMillis(Math.round(millis * factor));
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get().compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : retryAfter.get();
      if (asked.compareTo(wait) > 0) {
        wait = asked;
      }
    }
    return wait;
  }

  /** One GET, its failures told apart: transient (worth another try) or permanent. */
  private Fetcher.Result get(URI url, Optional<String> etag, Optional<String> lastModified)
      throws FetchFailure, InterruptedException {
    Fetcher.Result result;
    try {
      pace(url);
      result = fetcher.fetch(url, etag, lastModified);
    } catch (Fetcher.Refused e) {
      throw new FetchFailure(e.getMessage(), false, Optional.empty());
    } catch (IOException e) {
      throw new FetchFailure(url + ": " + describe(e), true, Optional.empty());
    }
    int status = result.status();
    if (status == 200 || status == 304) {
      return result;
    }
    boolean transientFailure = status >= 500 || status == 408 || status == 425 || status == 429;
    throw new FetchFailure(
        url + " answered " + status, transientFailure,
        result.retryAfter().flatMap(this::retryAfter));
  }

  /** A {@code Retry-After} value, seconds or an HTTP date, as a wait from now. */
  Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 366L * 86400)));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration wait =
            Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return wait.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /**
   * Whether robots.txt lets us fetch {@code page}; read once per host. A robots.txt that is
   * missing or refused (4xx) allows all; one that fails transiently is not cached, and the page
   * waits as for its own transient failure.
   */
  private boolean allowedByRobots(URI page) throws FetchFailure, InterruptedException {
    String host = page.getScheme() + "://" + page.getAuthority();
    BaseRobotRules rules;
    synchronized (this) {
      rules = robots.get(host);
    }
    if (rules == null) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      URI robotsUrl = URI.create(host + "/robots.txt");
      Fetcher.Result result;
      try {
        pace(robotsUrl);
        result = fetcher.fetch(robotsUrl, Optional.empty(), Optional.empty());
      } catch (Fetcher.Refused e) {
        throw new FetchFailure(e.getMessage(), false, Optional.empty());
      } catch (IOException e) {
        throw new FetchFailure(robotsUrl + ": " + describe(e), true, Optional.empty());
      }
      if (result.status() >= 500 || result.status() == 429) {
        throw new FetchFailure(
            robotsUrl + " answered " + result.status(), true, result.retryAfter().flatMap(this::retryAfter));
      }
      rules =
          result.status() == 200
              ? parser.parseContent(robotsUrl.toString(), result.body(), "text/plain", List.of(AGENT))
              : parser.failedFetch(result.status());
      synchronized (this) {
        robots.put(host, rules);
      }
    }
    return rules.isAllowed(page.toString());
  }

  private static String hostOf(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
  }

  /**
   * Waits until the host's last request is {@code hostDelay} ago. Politeness is real time, not
   * the schedule's clock: it must hold whatever a test does with that.
   */
  private void pace(URI url) throws InterruptedException {
    String host = hostOf(url);
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

  /**
   * Writes the feeds and their state. Nothing is written once the follower is closed: a poll
   * interrupted by {@link #close} still records its failure, and its folder may be gone by then.
   */
  private synchronized void save() throws IOException {
    if (closed) {
      return;
    }
    ArrayNode list = JSON.createArrayNode();
    for (Feed feed : feeds.values()) {
      ObjectNode node = list.addObject().put("id", feed.id()).put("url", feed.url());
      states.get(feed.id()).write(node);
    }
    Path partial = file.resolveSibling("feeds.json.partial");
    Files.writeString(partial, list.toString(), StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Stops polling and interrupts the polls and fetches under way, waiting up to {@link
   * #CLOSE_WAIT} for them to end; a save under way finishes first, and none starts after.
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    ticker.shutdownNow();
    workers.shutdownNow();
    try {
      if (!workers.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warning(() -> "feed fetches still running " + CLOSE_WAIT.toSeconds() + " s after close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long {@link #close} waits for interrupted polls and fetches to end. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /** Set by {@link #close}, under this object's lock. */
  private volatile boolean closed;

  /** A failed fetch: whether another try may help, and how long the server asked us to wait. */
  private static final class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean transientFailure;
    final transient Optional<Duration> retryAfter;

    FetchFailure(String message, boolean transientFailure, Optional<Duration> retryAfter) {
      super(message, null, false, false);
      this.transientFailure = transientFailure;
      this.retryAfter = retryAfter;
    }
  }

  /** A page waiting for another try. Guarded by the follower's lock. */
  private static final class Pending {
    int attempts;
    String lastError = "";
    Instant nextAttempt = Instant.EPOCH;
  }

  /** One feed's schedule and health. Guarded by the follower's lock. */
  private static final class State {
    int failures;
    boolean permanent;
    String lastError;
    Instant lastAttempt;
    Instant lastSuccess;
    Instant nextAttempt;
    Optional<String> etag = Optional.empty();
    Optional<String> lastModified = Optional.empty();
    final Map<String, Pending> pending = new LinkedHashMap<>();
    final Set<String> failed = new LinkedHashSet<>();

    State(Instant due) {
      this.nextAttempt = due;
    }

    void succeeded(Instant now, Duration interval) {
      failures = 0;
      permanent = false;
      lastError = null;
      lastSuccess = now;
      nextAttempt = now.plus(interval);
    }

    void failed(FetchFailure failure, Duration wait) {
      failures++;
      permanent = !failure.transientFailure;
      lastError = failure.getMessage();
      nextAttempt = lastAttempt.plus(wait);
    }

    void giveUp(String page) {
      failed.add(page);
      if (failed.size() > MAX_FAILED_PAGES) {
        Iterator<String> oldest = failed.iterator();
        oldest.next();
        oldest.remove();
      }
    }

    void write(ObjectNode node) {
      node.put("failures", failures).put("permanent", permanent);
      node.put("lastError", lastError);
      node.put("lastAttempt", lastAttempt == null ? null : lastAttempt.toString());
      node.put("lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
      node.put("nextAttempt", nextAttempt.toString());
      node.put("etag", etag.orElse(null)).put("lastModified", lastModified.orElse(null));
      ArrayNode pendingList = node.putArray("pendingPages");
      pending.forEach((url, p) ->
          pendingList.addObject().put("url", url).put("attempts", p.attempts)
              .put("lastError", p.lastError).put("nextAttempt", p.nextAttempt.toString()));
      ArrayNode failedList = node.putArray("failedPages");
      failed.forEach(failedList::add);
    }

    /** A feed's state as {@link #write} kept it; a feed saved before states existed is due now. */
    static State read(JsonNode node, Instant now) {
      State s = new State(instant(node, "nextAttempt").orElse(now));
      s.failures = node.path("failures").asInt(0);
      s.permanent = node.path("permanent").asBoolean(false);
      s.lastError = text(node, "lastError").orElse(null);
      s.lastAttempt = instant(node, "lastAttempt").orElse(null);
      s.lastSuccess = instant(node, "lastSuccess").orElse(null);
      s.etag = text(node, "etag");
      s.lastModified = text(node, "lastModified");
      for (JsonNode p : node.path("pendingPages")) {
        Pending pending = new Pending();
        pending.attempts = p.path("attempts").asInt(0);
        pending.lastError = p.path("lastError").asText("");
        pending.nextAttempt = instant(p, "nextAttempt").orElse(now);
        s.pending.put(p.path("url").asText(), pending);
      }
      for (JsonNode url : node.path("failedPages")) {
        s.failed.add(url.asText());
      }
      return s;
    }

    private static Optional<String> text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
      try {
        return text(node, field).map(Instant::parse);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }
}
