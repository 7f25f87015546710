package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Uploads taken in off the request threads: in order, failures handed back as they were thrown, an
 * upload's later stages not holding a worker, too many in progress refused.
 */
class UploadWorkersTest {

  private static CompletionStage<?> done() {
    return CompletableFuture.completedFuture(null);
  }

  @Test
  void uploadsRunInArrivalOrderAndTheirFailuresReachTheCaller() throws Exception {
    try (UploadWorkers workers = new UploadWorkers(1, 10)) {
      List<Integer> seen = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> last = null;
      for (int i = 0; i < 5; i++) {
        int n = i;
        last = workers.submit(() -> {
          seen.add(n);
          return done();
        }).orElseThrow();
      }
      last.get(30, TimeUnit.SECONDS);
      assertThat(seen).containsExactly(0, 1, 2, 3, 4);

      CompletableFuture<Void> failed =
          workers.submit(() -> {
            throw new IOException("disk full");
          }).orElseThrow();
      assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IOException.class)
          .hasRootCauseMessage("disk full");
    }
  }

  @Test
  void aLaterStagesFailureReachesTheCallerAsItWasThrown() throws Exception {
    // the service maps a failure's own type to its answer (a 422 for a document without an
    // article): it must not arrive wrapped in the CompletionException a later stage adds
    try (UploadWorkers workers = new UploadWorkers(1, 1)) {
      CompletableFuture<String> decided = new CompletableFuture<>();
      CompletableFuture<Void> upload =
          workers.submit(() -> decided.thenAccept(d -> {
            throw new IllegalStateException("no article: " + d);
          })).orElseThrow();
      decided.complete("too short");
      // as a callback sees it (get() would unwrap a CompletionException itself)
      Throwable seen = upload.handle((ignored, failure) -> failure).get(30, TimeUnit.SECONDS);
      assertThat(seen).isExactlyInstanceOf(IllegalStateException.class).hasMessage("no article: too short");
    }
  }

  @Test
  void anUploadWaitingForItsDecisionLeavesItsWorkerToTheNextOne() throws Exception {
    // one worker: the first upload's analysis is done, its decision is not; the second upload
    // is analysed meanwhile and answered before the first
    try (UploadWorkers workers = new UploadWorkers(1, 4)) {
      CompletableFuture<Void> decision = new CompletableFuture<>();
      CompletableFuture<Void> first = workers.submit(() -> decision).orElseThrow();
      CompletableFuture<Void> second = workers.submit(CompletableFuture::new).orElseThrow();
      CompletableFuture<Void> third = workers.submit(UploadWorkersTest::done).orElseThrow();
      third.get(30, TimeUnit.SECONDS);
      assertThat(first).isNotDone();
      assertThat(second).isNotDone();
      assertThat(workers.waiting()).isZero();
      decision.complete(null);
      first.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void tooManyUploadsInProgressAreRefusedAtOnceAndTakenAgainWhenOneEnds() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (UploadWorkers workers = new UploadWorkers(1, 2)) {
      CompletableFuture<Void> busy = workers.submit(() -> {
        started.countDown();
        release.await();
        return done();
      }).orElseThrow();
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      Optional<CompletableFuture<Void>> second = workers.submit(UploadWorkersTest::done);
      Optional<CompletableFuture<Void>> third = workers.submit(UploadWorkersTest::done);
      assertThat(second).isPresent();
      assertThat(third).isPresent();
      assertThat(workers.waiting()).isEqualTo(2);
      assertThat(workers.submit(UploadWorkersTest::done)).isEmpty();

      release.countDown();
      busy.get(30, TimeUnit.SECONDS);
      third.get().get(30, TimeUnit.SECONDS);
      assertThat(workers.submit(UploadWorkersTest::done)).isPresent();
    }

    // uploads whose worker is done but whose later stages are not still count: memory stays
    // bounded however far the decisions fall behind
    try (UploadWorkers workers = new UploadWorkers(1, 2)) {
      CompletableFuture<Void> decisions = new CompletableFuture<>();
      List<CompletableFuture<Void>> undecided = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 3; i++) {
        undecided.add(workers.submit(() -> decisions).orElseThrow());
      }
      assertThat(workers.submit(UploadWorkersTest::done)).isEmpty();
      decisions.complete(null);
      for (CompletableFuture<Void> upload : undecided) {
        upload.get(30, TimeUnit.SECONDS);
      }
      assertThat(workers.submit(UploadWorkersTest::done).orElseThrow().get(30, TimeUnit.SECONDS)).isNull();
    }
  }

  @Test
  void aClosedWorkerRefusesUploads() {
    UploadWorkers workers = new UploadWorkers(1, 1);
    workers.close();
    assertThat(workers.submit(UploadWorkersTest::done)).isEmpty();
  }

  @Test
  void sizesMustBePositive() {
    assertThatThrownBy(() -> new UploadWorkers(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UploadWorkers(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
