package org.storylens.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the operating system's scheduling priority of the calling thread, so that when the
 * cores are contended a background thread yields them to the threads serving requests and
 * uploads, and still has them all when nothing else runs.
 *
 * <p>Java has no call for it (thread priorities are ignored on Linux unless the JVM runs as root
 * with a special flag), but on Linux every thread is a task with a nice value of its own: the
 * thread reads its task id from {@code /proc/thread-self/stat} and has {@code renice} (util-linux,
 * in every Debian) raise that task's nice value, which needs no privilege. Elsewhere, or when any
 * step fails, the thread keeps its priority: a slower service, never a broken one.
 */
final class ThreadNiceness {

  private static final Path SELF = Path.of("/proc/thread-self/stat");

  private ThreadNiceness() {}

  /**
   * Sets the calling thread's nice value to {@code nice} (0 to 19; higher yields more); the nice
   * value it has afterwards, or empty where this cannot be done.
   */
  static OptionalInt lower(int nice) {
    if (nice < 0 || nice > 19) {
      throw new IllegalArgumentException("nice must be from 0 to 19: " + nice);
    }
    try {
      if (!Files.isReadable(SELF)) {
        return OptionalInt.empty();
      }
      String task = field(Files.readString(SELF, StandardCharsets.US_ASCII), 0);
      Process renice =
          new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", task)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(10, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return OptionalInt.empty();
      }
      return current();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /**
   * {@code task} run by a thread that first lowers itself to {@code nice}: for a pool's thread
   * factory, since a thread can only lower its own priority (and a new thread inherits its
   * maker's).
   */
  static Runnable loweredTo(int nice, Runnable task) {
    return () -> {
      lower(nice);
      task.run();
    };
  }

  /** The calling thread's nice value, or empty where it cannot be read. */
  static OptionalInt current() {
    try {
      return OptionalInt.of(Integer.parseInt(field(Files.readString(SELF, StandardCharsets.US_ASCII), 18)));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Field {@code index} (from 0) of a {@code stat} line; the command name (field 1) is in
   * parentheses and may hold spaces, so fields after it are counted from its closing one.
   */
  private static String field(String stat, int index) {
    if (index == 0) {
      return stat.substring(0, stat.indexOf(' '));
    }
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    return rest[index - 2];
  }
}
