package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadNicenessTest {

  private static boolean reniceAvailable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, "renice"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aBackgroundThreadYieldsAndTheOthersKeepTheirPriority() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")) && reniceAvailable(),
        "needs Linux's /proc/thread-self and renice (util-linux)");
    OptionalInt before = ThreadNiceness.current();
    assumeTrue(before.isPresent() && before.getAsInt() < 10, "this thread already runs at nice 10 or more");
    CompletableFuture<OptionalInt> lowered = new CompletableFuture<>();
    Thread background = new Thread(() -> {
      lowered.complete(ThreadNiceness.lower(10));
    });
    background.start();
    assertThat(lowered.get(30, TimeUnit.SECONDS)).hasValue(10);
    // the thread's own task was reniced, not the whole process
    assertThat(ThreadNiceness.current()).isEqualTo(before);
  }

  @Test
  void onlyLowerPrioritiesAreAsked() {
    assertThatThrownBy(() -> ThreadNiceness.lower(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreadNiceness.lower(20)).isInstanceOf(IllegalArgumentException.class);
  }
}
