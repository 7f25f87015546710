package org.storylens.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.storylens.model.Article;
import org.storylens.model.StoryReport;

/**
 * Each story's report, computed off the request path. A change to a story marks it; one worker
 * thread recomputes marked stories in the order they were marked (a story marked again before its
 * turn is computed once). A request is answered from the last report computed, even while a newer
 * one is on its way, so a busy ingestion never makes a reader wait for a comparison; only a story
 * with no report yet is compared on the request's thread (once, however many ask together).
 */
final class StoryReports implements AutoCloseable {

  /** A story's report as computed from its articles at change {@code version}. */
  record Computed(String story, long version, List<Article> articles, StoryReport report) {
    Computed {
      Objects.requireNonNull(story, "story");
      articles = List.copyOf(articles);
      Objects.requireNonNull(report, "report");
    }
  }

  private static final System.Logger LOG = System.getLogger(StoryReports.class.getName());

  private final Function<String, Optional<Computed>> compute;
  private final ConcurrentHashMap<String, Computed> done = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> computing = new ConcurrentHashMap<>();
  private final LinkedHashSet<String> marked = new LinkedHashSet<>();
  private final Thread worker;
  private volatile boolean closed;

  /** @param compute a story's report from its articles as they are now; empty for no story */
  StoryReports(Function<String, Optional<Computed>> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
    this.worker = new Thread(this::work, "storylens-reports");
    worker.setDaemon(true);
    worker.start();
  }

  /** Marks a story whose articles changed. */
  void changed(String story) {
    synchronized (marked) {
      marked.add(story);
      marked.notifyAll();
    }
  }

  /** How many stories wait for a new report. */
  int backlog() {
    synchronized (marked) {
      return marked.size();
    }
  }

  /** The story's latest report, computed now when it has none yet. */
  Optional<Computed> get(String story) {
    Computed ready = done.get(story);
    if (ready != null) {
      return Optional.of(ready);
    }
    Object lock = computing.computeIfAbsent(story, s -> new Object());
    synchronized (lock) {
      ready = done.get(story);
      if (ready == null) {
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
    while (!closed) {
      String story;
      synchronized (marked) {
        while (marked.isEmpty() && !closed) {
          try {
            marked.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        var first = marked.iterator();
        story = first.next();
        first.remove();
      }
      try {
        compute(story);
      } catch (RuntimeException e) {
        // one story's failure must not stop the others' reports; its last report stays served
        LOG.log(System.Logger.Level.WARNING, "no report for story " + story, e);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (marked) {
      marked.notifyAll();
    }
    worker.interrupt();
  }
}
