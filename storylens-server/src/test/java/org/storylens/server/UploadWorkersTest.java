package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Uploads taken in off the request threads: in order, failures handed back, a full queue refused. */
class UploadWorkersTest {

  @Test
  void uploadsRunInArrivalOrderAndTheirFailuresReachTheCaller() throws Exception {
    try (UploadWorkers workers = new UploadWorkers(1, 10)) {
      List<Integer> seen = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> last = null;
      for (int i = 0; i < 5; i++) {
        int n = i;
        last = workers.submit(() -> seen.add(n)).orElseThrow();
      }
      last.get(30, TimeUnit.SECONDS);
      assertThat(seen).containsExactly(0, 1, 2, 3, 4);

      CompletableFuture<Void> failed =
          workers.submit(() -> {
            throw new java.io.IOException("disk full");
          }).orElseThrow();
      assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasRootCauseMessage("disk full");
    }
  }

  @Test
  void aFullQueueRefusesAtOnceAndTakesAgainWhenItDrains() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (UploadWorkers workers = new UploadWorkers(1, 2)) {
      CompletableFuture<Void> busy = workers.submit(() -> {
        started.countDown();
        release.await();
      }).orElseThrow();
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      Optional<CompletableFuture<Void>> second = workers.submit(() -> {});
      Optional<CompletableFuture<Void>> third = workers.submit(() -> {});
      assertThat(second).isPresent();
      assertThat(third).isPresent();
      assertThat(workers.waiting()).isEqualTo(2);
      assertThat(workers.submit(() -> {})).isEmpty();

      release.countDown();
      busy.get(30, TimeUnit.SECONDS);
      third.get().get(30, TimeUnit.SECONDS);
      assertThat(workers.submit(() -> {})).isPresent();
    }
  }

  @Test
  void uploadsWaitingForTheirDecisionLeaveTheCoresToTheNextOnes() throws Exception {
    // an upload that waits (for the decisions thread, for the log's force) must not keep the
    // next one from being analysed: this machine's workers run two per core at once
    int cores = Runtime.getRuntime().availableProcessors();
    int workersAtOnce = UploadWorkers.WORKERS_PER_CORE * cores;
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(workersAtOnce);
    try (UploadWorkers workers = UploadWorkers.forThisMachine()) {
      List<CompletableFuture<Void>> waiting = new CopyOnWriteArrayList<>();
      for (int i = 0; i < workersAtOnce; i++) {
        waiting.add(workers.submit(() -> {
          started.countDown();
          release.await();
        }).orElseThrow());
      }
      assertThat(started.await(30, TimeUnit.SECONDS)).as("every worker took an upload").isTrue();
      assertThat(workersAtOnce).isGreaterThan(cores);
      CompletableFuture<Void> next = workers.submit(() -> {}).orElseThrow();
      assertThat(workers.waiting()).isEqualTo(1);
      release.countDown();
      next.get(30, TimeUnit.SECONDS);
      for (CompletableFuture<Void> upload : waiting) {
        upload.get(30, TimeUnit.SECONDS);
      }
    } finally {
      release.countDown();
    }
  }

  @Test
  void aClosedWorkerRefusesUploads() {
    UploadWorkers workers = new UploadWorkers(1, 1);
    workers.close();
    assertThat(workers.submit(() -> {})).isEmpty();
  }

  @Test
  void sizesMustBePositive() {
    assertThatThrownBy(() -> new UploadWorkers(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UploadWorkers(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
