package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;

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

  private static void assumeNiceWorks() {
    assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")) && reniceAvailable(),
        "needs Linux's /proc/thread-self and renice (util-linux)");
    OptionalInt now = ThreadNiceness.current();
    assumeTrue(now.isPresent() && now.getAsInt() < UploadWorkers.UPLOAD_NICE,
        "this thread already runs at nice " + UploadWorkers.UPLOAD_NICE + " or more");
  }

  @Test
  void requestThreadsServeAtTheRequestPriority() throws Exception {
    assumeNiceWorks();
    QueuedThreadPool pool = ApiServer.requestThreads(250);
    pool.start();
    try {
      CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
      pool.execute(() -> seen.complete(ThreadNiceness.current()));
      assertThat(seen.get(30, TimeUnit.SECONDS)).hasValue(ApiServer.REQUEST_NICE);
    } finally {
      pool.stop();
    }
  }

  @Test
  void decisionsAndCommitsKeepTheOpenersPriorityWhenALoweredThreadUploadsFirst(@TempDir Path folder)
      throws Exception {
    assumeNiceWorks();
    OptionalInt opener = ThreadNiceness.current();
    StoryPipeline pipeline = StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
    try (StoryLibrary library = StoryLibrary.open(folder, pipeline)) {
      CompletableFuture<java.util.List<OptionalInt>> decisions = new CompletableFuture<>();
      Thread uploader = new Thread(() -> {
        ThreadNiceness.lower(ApiServer.REQUEST_NICE);
        try {
          String text = "Storm floods the harbour town\n\n"
              + "A storm flooded the harbour town of Westport on Monday, the mayor said. ".repeat(3)
              + "Rescue teams moved 300 residents to the school hall overnight, and the coast road "
              + "stayed closed on Tuesday while engineers checked the sea wall for damage.";
          java.util.List<String> rejected = new java.util.ArrayList<>();
          if (library.add("upload", org.storylens.model.MediaType.TEXT,
              text.getBytes(java.nio.charset.StandardCharsets.UTF_8), rejected).isEmpty()) {
            throw new AssertionError("the article was rejected: " + rejected);
          }
          decisions.complete(library.threadsNice());
        } catch (Exception e) {
          decisions.completeExceptionally(e);
        }
      });
      uploader.start();
      assertThat(decisions.get(60, TimeUnit.SECONDS)).as("the decisions thread and a commit thread").containsExactly(opener, opener);
      assertThat(library.stories(false)).hasSize(1);
    }
  }

  @Test
  void onlyLowerPrioritiesAreAsked() {
    assertThatThrownBy(() -> ThreadNiceness.lower(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreadNiceness.lower(20)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void uploadWorkersTakeUploadsAtTheUploadPriorityWhoeverMadeThemOrSubmits() throws Exception {
    assumeNiceWorks();
    OptionalInt maker = ThreadNiceness.current();
    try (UploadWorkers workers = new UploadWorkers(2, 4)) {
      CompletableFuture<OptionalInt> seen = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        ThreadNiceness.lower(ApiServer.REQUEST_NICE);
        workers.submit(() -> CompletableFuture.completedFuture(seen.complete(ThreadNiceness.current())));
      });
      reader.start();
      assertThat(seen.get(30, TimeUnit.SECONDS))
          .as("below the decisions thread (the maker's %s), above the readers", maker)
          .hasValue(UploadWorkers.UPLOAD_NICE);
    }
    assertThat(ThreadNiceness.current()).as("the maker's own priority").isEqualTo(maker);
  }
}
