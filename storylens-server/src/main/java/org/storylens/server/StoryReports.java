package org.storylens.server;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each story's report, computed off the request path. A change to a story marks it; one worker
 * thread recomputes marked stories, those a reader asked for since they changed first, the rest in
 * the order they were marked (a story marked again before its turn is computed once). A request
 * is answered from the last report computed, even while a newer one is on its way, so a busy
 * ingestion never makes a reader wait for a comparison; only a story with no report yet (or a
 * request that insists on a fresh one) is compared on the request's thread, once however many
 * ask together.
 *
 * <p>While the service is busy (an upload or a read within the last second, {@link #touch}), the
 * worker uses at most {@code duty} of one core (it rests in proportion to the work it did; a
 * story asked for during a rest is taken at the rest's end, before the others), so that under a
 * heavy ingestion recomputation cannot crowd out ingestion and readers; when the service is idle
 * it works without rest, and reports catch up. On Linux the worker also runs at a lower
 * scheduling priority (nice {@value #BACKGROUND_NICE}, {@link ThreadNiceness}): within its duty it
 * still yields to request and upload threads that want a core.
 *
 * <p>Requests and uploads never wait for the worker: they leave what they mark or ask for in
 * concurrent collections and wake it without a lock, and only the worker orders them. A
 * low-priority thread holding a lock that readers need is preempted by those very readers and
 * keeps them all waiting until it gets a core again; under load that was most of the slowest
 * percent of reads.
 */
final class StoryReports implements AutoCloseable {

  /** A story's report as computed from its articles at change {@code version}: its pages. */
  record Computed(String story, long version, StoryPages pages) {
    Computed {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(pages, "pages");
    }
  }

  private static final System.Logger LOG = System.getLogger(StoryReports.class.getName());

  private final Function<String, Optional<Computed>> compute;
  private final ConcurrentHashMap<String, Computed> done = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> computing = new ConcurrentHashMap<>();
  /** Stories changed, in order, not yet taken in by the worker; each once. */
  private final java.util.concurrent.ConcurrentLinkedQueue<String> changes =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.Set<String> untakenChanges = ConcurrentHashMap.newKeySet();
  /** Stories a reader found stale, not yet taken in by the worker. */
  private final java.util.Set<String> asked = ConcurrentHashMap.newKeySet();
  /** The worker's own: stories marked, in order, and those asked for among them. */
  private final LinkedHashSet<String> marked = new LinkedHashSet<>();
  private final LinkedHashSet<String> wanted = new LinkedHashSet<>();
  /** The worker's marked and wanted stories, as it last counted them. */
  private volatile int queued;
  private final double duty;
  private final Thread worker;
  private volatile boolean closed;
  private volatile long touched = System.nanoTime() - IDLE_NANOS;

  /**
   * The worker's nice value: under contention it gets about a tenth of a request thread's share
   * (request threads run at {@link ApiServer#REQUEST_NICE}).
   */
  static final int BACKGROUND_NICE = ApiServer.REQUEST_NICE + 10;

  /** How long after the last upload or read the service counts as idle. */
  static final long IDLE_NANOS = 1_000_000_000L;

  /**
   * @param compute a story's report from its articles as they are now; empty for no story
   * @param duty the share of one core (0 to 1] the recomputation may take
   */
  StoryReports(Function<String, Optional<Computed>> compute, double duty) {
    this.compute = Objects.requireNonNull(compute, "compute");
    if (!(duty > 0 && duty <= 1)) {
      throw new IllegalArgumentException("duty must lie in (0, 1]: " + duty);
    }
    this.duty = duty;
    this.worker = new Thread(this::work, "storylens-reports");
    worker.setDaemon(true);
    worker.start();
  }

  /** Notes an upload or a read: the service is busy for the next second. */
  void touch() {
    touched = System.nanoTime();
  }

  /** Marks a story whose articles changed. */
  void changed(String story) {
    if (untakenChanges.add(story)) {
      changes.add(story);
    }
    java.util.concurrent.locks.LockSupport.unpark(worker);
  }

  /**
   * How many stories wait for a new report: exact once the worker has taken in the changes, and
   * before that at most the stories changed since its last turn more.
   */
  int backlog() {
    return untakenChanges.size() + queued;
  }

  /**
   * The story's latest report, computed now when it has none yet or none of at least change
   * {@code required}; a report older than change {@code latest} is recomputed next.
   */
  Optional<Computed> get(String story, long latest, long required) {
    Computed ready = done.get(story);
    if (ready != null && ready.version() >= required) {
      if (ready.version() < latest) {
        asked.add(story); // taken first at the worker's next turn
      }
      return Optional.of(ready);
    }
    Object lock = computing.computeIfAbsent(story, s -> new Object());
    synchronized (lock) {
      ready = done.get(story);
      if (ready == null || ready.version() < required) {
        ready = compute(story).orElse(null);
      }
    }
    computing.remove(story, lock);
    return Optional.ofNullable(ready);
  }

  private Optional<Computed> compute(String story) {
    Optional<Computed> fresh = compute.apply(story);
    // keep whichever is newer: the worker and a request may compute the same story together
    fresh.ifPresent(c -> done.merge(story, c, (old, neu) -> neu.version() >= old.version() ? neu : old));
    return fresh.map(c -> done.get(story));
  }

  private void work() {
    // yield the cores to requests and uploads when they want them (Linux; elsewhere the duty alone)
    ThreadNiceness.lower(BACKGROUND_NICE);
    long rest = 0;
    while (!closed) {
      // rest after each computation, then take an asked-for story first
      long restUntil = System.nanoTime() + rest;
      for (long left = rest; left > 0 && !closed; left = restUntil - System.nanoTime()) {
        java.util.concurrent.locks.LockSupport.parkNanos(this, left);
      }
      takeIn();
      while (!closed && marked.isEmpty() && wanted.isEmpty()) {
        java.util.concurrent.locks.LockSupport.park(this);
        takeIn();
      }
      if (closed || Thread.interrupted()) {
        return;
      }
      var first = (wanted.isEmpty() ? marked : wanted).iterator();
      String story = first.next();
      first.remove();
      queued = marked.size() + wanted.size();
      long began = System.nanoTime();
      try {
        compute(story);
      } catch (RuntimeException | StackOverflowError e) {
        // one story's failure must not stop the others' reports; its last report stays served
        LOG.log(System.Logger.Level.WARNING, "no report for story " + story, e);
      }
      long now = System.nanoTime();
      rest = now - touched < IDLE_NANOS ? (long) ((now - began) * (1 / duty - 1)) : 0;
    }
  }

  /** Moves the changes and requests left since the worker's last turn into its own order. */
  private void takeIn() {
    for (String story = changes.poll(); story != null; story = changes.poll()) {
      if (!wanted.contains(story)) {
        marked.add(story);
      }
      // counted as queued before it stops counting as untaken, so the backlog does not dip; a
      // change of the story meanwhile is in the report computed from now on
      queued = marked.size() + wanted.size();
      untakenChanges.remove(story);
    }
    for (var it = asked.iterator(); it.hasNext(); ) {
      String story = it.next();
      it.remove();
      if (marked.remove(story)) {
        wanted.add(story);
      }
    }
    queued = marked.size() + wanted.size();
  }

  @Override
  public void close() {
    closed = true;
    java.util.concurrent.locks.LockSupport.unpark(worker);
    worker.interrupt();
  }
}
