package org.storylens.server;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that take in uploaded articles: extraction, analysis and the wait for the library's
 * decision and the log's force run here, not on the threads that serve requests.
 *
 * <p>Why not on the request threads? Those are few on purpose ({@link
 * ApiServer#requestThreads}): answers come from memory, so more threads than a few per core only
 * time-slice the cores among requests and widen every reader's latency. An upload takes
 * milliseconds of CPU and waits for the log; on a request thread it held one of the few. Here, a
 * fixed number of workers take uploads in arrival order from a bounded queue; when the queue is
 * full the upload is refused at once (503 with {@code Retry-After}), so a flood of uploads costs
 * neither unbounded memory nor the readers' threads.
 *
 * <p>The workers are started when this is made and keep the maker's scheduling priority (a thread
 * inherits its maker's nice value, so one started by a lowered request thread would run at the
 * readers' priority). Ingestion is bounded by what arrives, so at the service's own priority it
 * keeps up with its arrivals, and readers, who ask again as soon as answered, take the rest.
 */
final class UploadWorkers implements AutoCloseable {

  private final ThreadPoolExecutor pool;

  /**
   * @param threads how many uploads are taken in at once
   * @param waiting how many more may wait for a worker before uploads are refused
   */
  UploadWorkers(int threads, int waiting) {
    if (threads < 1 || waiting < 1) {
      throw new IllegalArgumentException("threads and waiting must be positive: " + threads + ", " + waiting);
    }
    AtomicInteger made = new AtomicInteger();
    pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waiting),
            task -> {
              Thread thread = new Thread(task, "storylens-upload-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.prestartAllCoreThreads();
  }

  /**
   * Workers for this machine: two per core. An upload's own work (extraction, analysis) needs a
   * core, but then it waits: for the decisions thread, which takes every upload in turn, and for
   * the log's force. With one worker per core, under load each worker was blocked 40 % of the
   * time while uploads queued behind it, and the analysis of the next one could not start
   * (docs/benchmarks.md, "2026-12-06 06:30"); a second worker per core analyses while the first
   * waits. More would only add runnable threads at the service's priority when ingestion falls
   * behind, each taking a share of the cores from the readers.
   */
  static UploadWorkers forThisMachine() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new UploadWorkers(WORKERS_PER_CORE * cores, 64 * cores);
  }

  /** Upload workers started per core ({@link #forThisMachine}). */
  static final int WORKERS_PER_CORE = 2;

  /**
   * Runs {@code upload} on a worker; its completion, or empty when as many uploads already wait
   * as may (or the workers are closed).
   */
  Optional<CompletableFuture<Void>> submit(Upload upload) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      pool.execute(() -> {
        try {
          upload.run();
          done.complete(null);
        } catch (Exception | Error e) {
          done.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException full) {
      return Optional.empty();
    }
    return Optional.of(done);
  }

  /** Uploads taken but not yet started. */
  int waiting() {
    return pool.getQueue().size();
  }

  /** One upload's work. */
  @FunctionalInterface
  interface Upload {
    void run() throws Exception;
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
