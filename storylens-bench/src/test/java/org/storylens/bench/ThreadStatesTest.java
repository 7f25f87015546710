package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service's threads by group: running, waiting for a core, blocked. */
class ThreadStatesTest {

  @Test
  void threadsOfOnePoolFallInOneGroup() {
    assertThat(ThreadStates.group("storylens-upload-3")).isEqualTo("storylens-upload");
    assertThat(ThreadStates.group("JettyServerThre")).isEqualTo("JettyServerThre");
    assertThat(ThreadStates.group("GC Thread#1")).isEqualTo("GC Thread");
    assertThat(ThreadStates.group("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
    assertThat(ThreadStates.group("42")).isEqualTo("42");
  }

  @Test
  void aGroupsShareIsSplitIntoRunningWaitingAndBlocked() {
    Map<String, ThreadStates.Task> before = Map.of(
        "1", new ThreadStates.Task("upload", 0, 0),
        "2", new ThreadStates.Task("upload", 1_000_000_000L, 0),
        "3", new ThreadStates.Task("decisions", 0, 0));
    Map<String, ThreadStates.Task> after = Map.of(
        "1", new ThreadStates.Task("upload", 500_000_000L, 1_000_000_000L),
        "2", new ThreadStates.Task("upload", 1_500_000_000L, 0),
        "3", new ThreadStates.Task("decisions", 1_000_000_000L, 500_000_000L),
        "4", new ThreadStates.Task("upload", 9_000_000_000L, 0)); // started meanwhile: not counted
    List<ThreadStates.Group> groups = ThreadStates.between(before, after, 2.0);
    assertThat(groups).extracting(ThreadStates.Group::name).containsExactly("decisions", "upload");
    ThreadStates.Group upload = groups.get(1);
    assertThat(upload.threads()).isEqualTo(2);
    assertThat(upload.running()).isEqualTo(0.5);
    assertThat(upload.waiting()).isEqualTo(0.5);
    assertThat(upload.blocked()).isEqualTo(1.0);
    assertThat(ThreadStates.describe(groups)).isEqualTo("decisions x1 0.50/0.25/0.25; upload x2 0.50/0.50/1.00");
    assertThatThrownBy(() -> ThreadStates.between(before, after, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBusyThreadRunsAndASleepingOneIsBlocked() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/task")), "no /proc: per-thread scheduler statistics are Linux's");
    long pid = ProcessHandle.current().pid();
    CountDownLatch stop = new CountDownLatch(1);
    Thread busy = new Thread(() -> {
      long sum = 0;
      while (stop.getCount() > 0) {
        sum += System.nanoTime() % 7;
      }
      assertThat(sum).isNotNegative();
    }, "states-busy-1");
    Thread idle = new Thread(() -> {
      try {
        stop.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "states-idle-1");
    busy.start();
    idle.start();
    try {
      Thread.sleep(50);
      Map<String, ThreadStates.Task> before = ThreadStates.sample(pid);
      long began = System.nanoTime();
      Thread.sleep(400);
      Map<String, ThreadStates.Task> after = ThreadStates.sample(pid);
      List<ThreadStates.Group> groups = ThreadStates.between(before, after, (System.nanoTime() - began) / 1e9);
      ThreadStates.Group running = groups.stream().filter(g -> g.name().equals("states-busy")).findFirst().orElseThrow();
      ThreadStates.Group sleeping = groups.stream().filter(g -> g.name().equals("states-idle")).findFirst().orElseThrow();
      assertThat(running.running() + running.waiting()).isGreaterThan(0.5);
      assertThat(sleeping.running()).isLessThan(0.05);
      assertThat(sleeping.blocked()).isGreaterThan(0.9);
    } finally {
      stop.countDown();
      busy.join(TimeUnit.SECONDS.toMillis(10));
      idle.join(TimeUnit.SECONDS.toMillis(10));
    }
  }

  @Test
  void aProcessThatIsGoneShowsNothing() {
    assertThat(ThreadStates.sample(Long.MAX_VALUE)).isEmpty();
  }
}
