package org.storylens.server;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that take in uploaded articles: extraction and analysis run here, not on the threads
 * that serve requests, and an upload then waits for the library's decision and the log's force
 * without holding one of these ({@link StoryLibrary#addAsync}).
 *
 * <p>Why not on the request threads? Those are few on purpose ({@link
 * ApiServer#requestThreads}): answers come from memory, so more threads than a few per core only
 * time-slice the cores among requests and widen every reader's latency. An upload takes
 * milliseconds of CPU; on a request thread it held one of the few. Here, a fixed number of
 * workers take uploads in arrival order from a bounded queue, and a bounded number of uploads may
 * be in progress at once, waiting for a worker or for the stages after it; beyond that the
 * upload is refused at once (503 with {@code Retry-After}), so a flood of uploads costs neither
 * unbounded memory nor the readers' threads.
 *
 * <p>The workers run at a priority of their own ({@link #UPLOAD_NICE}, on Linux: {@link
 * ThreadNiceness}), between the library's decisions and the readers: an upload's analysis is the
 * parallel stage in front of the one serial stage, the decisions thread, and it yields that
 * thread the core first; the readers, who ask again as soon as answered, take what both leave.
 */
final class UploadWorkers implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final Semaphore inProgress;

  /**
   * @param threads how many uploads are worked on at once
   * @param waiting how many more may be in progress (waiting for a worker, for the library's
   *     decision or for the log) before uploads are refused
   */
  UploadWorkers(int threads, int waiting) {
    if (threads < 1 || waiting < 1) {
      throw new IllegalArgumentException("threads and waiting must be positive: " + threads + ", " + waiting);
    }
    AtomicInteger made = new AtomicInteger();
    // the queue cannot fill: no more than threads + waiting uploads are ever in progress, and a
    // worker may not yet have taken the one it is to run
    pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads + waiting),
            task -> {
              Thread thread =
                  new Thread(ThreadNiceness.loweredTo(UPLOAD_NICE, task), "storylens-upload-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    inProgress = new Semaphore(threads + waiting);
    pool.prestartAllCoreThreads();
  }

  /**
   * Workers for this machine: two per core. An upload's own work (extraction, analysis) needs a
   * core; with one worker per core, each waited for the next stage with the upload it held, and
   * nothing analysed the next one meanwhile (docs/benchmarks.md, "2026-12-06 06:30"). Now that a
   * worker is free once its upload's analysis is done, the second one per core covers the short
   * waits left (reading the document, a page fault, the collector) without adding runnable
   * threads at the service's priority when ingestion falls behind, each taking a share of the
   * cores from the readers.
   */
  static UploadWorkers forThisMachine() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new UploadWorkers(WORKERS_PER_CORE * cores, 64 * cores);
  }

  /**
   * The nice value of an upload worker. Every upload waits in turn for the decisions thread (the
   * service's priority, nice 0), and under a full read load that thread waited for a core for
   * about twice the time it ran (0.35-0.47 of its time against 0.18-0.22, docs/benchmarks.md),
   * mostly behind four upload workers at the same priority doing work that can wait: four
   * analyses in parallel still keep up at a lower share. At 2 a worker gets about two thirds
   * of the decisions thread's share when both want a core, and twice a reader's ({@link
   * ApiServer#REQUEST_NICE}).
   */
  static final int UPLOAD_NICE = 2;

  /** Upload workers started per core ({@link #forThisMachine}). */
  static final int WORKERS_PER_CORE = 2;

  /**
   * Runs {@code upload} on a worker; its completion (once the stage it returns completes, failing
   * with what the upload threw), or empty when as many uploads are already in progress as may be
   * (or the workers are closed).
   */
  Optional<CompletableFuture<Void>> submit(Upload upload) {
    if (!inProgress.tryAcquire()) {
      return Optional.empty();
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      pool.execute(() -> {
        try {
          upload.run().whenComplete((ignored, failure) -> end(done, failure));
        } catch (Exception | Error e) {
          end(done, e);
        }
      });
    } catch (RejectedExecutionException closed) {
      inProgress.release();
      return Optional.empty();
    }
    return Optional.of(done);
  }

  /** Ends an upload: its place is free before its caller hears of it. */
  private void end(CompletableFuture<Void> done, Throwable failure) {
    inProgress.release();
    if (failure == null) {
      done.complete(null);
    } else {
      done.completeExceptionally(StoryLibrary.unwrapped(failure));
    }
  }

  /** Uploads taken but not yet started on a worker. */
  int waiting() {
    return pool.getQueue().size();
  }

  /** One upload's work: what runs on the worker, returning the stage that finishes it. */
  @FunctionalInterface
  interface Upload {
    CompletionStage<?> run() throws Exception;
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
