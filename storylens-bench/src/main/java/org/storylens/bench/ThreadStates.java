package org.storylens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a process's threads did over a while, by group of like-named threads: how much of a core
 * they ran, how long they waited on the run queue for one, and how long they were blocked
 * (waiting for work, a lock, a socket or the disk). From Linux's per-task scheduler statistics
 * ({@code /proc/PID/task/TID/schedstat}: time on a core and time runnable but waiting, in
 * nanoseconds); elsewhere, or when the process is gone, there is nothing to show.
 *
 * <p>Why: under load every group of the service's threads waits for the cores, and which of them
 * waits, and which sits blocked while work queues behind it, says where a stage is short of CPU
 * and where it is short of parallelism.
 */
final class ThreadStates {

  /** One thread's counters: its group (the kernel's name without its number), nanoseconds on a core and waiting for one. */
  record Task(String group, long runNanos, long waitNanos) {
    Task {
      Objects.requireNonNull(group, "group");
    }
  }

  /** A group of threads over a while: how many, and per second cores running, threads waiting for a core, threads blocked. */
  record Group(String name, int threads, double running, double waiting, double blocked) {
    Group {
      Objects.requireNonNull(name, "name");
    }
  }

  private ThreadStates() {}

  /** The process's threads now, by task id; empty where there is no {@code /proc} for it. */
  static Map<String, Task> sample(long pid) {
    Path tasks = Path.of("/proc", String.valueOf(pid), "task");
    Map<String, Task> now = new HashMap<>();
    try (Stream<Path> listed = Files.list(tasks)) {
      for (Path task : (Iterable<Path>) listed::iterator) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String[] counters = Files.readString(task.resolve("schedstat")).strip().split("\\s+");
          now.put(task.getFileName().toString(), new Task(group(name), Long.parseLong(counters[0]), Long.parseLong(counters[1])));
        } catch (IOException | RuntimeException gone) {
          // the thread ended between the listing and the read, or the kernel keeps no statistics
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return now;
  }

  /**
   * A thread's group: its name without the number that tells threads of one pool apart
   * ({@code storylens-upload-3}, {@code JettyServerThreadPool-41}, {@code GC Thread#1}). The
   * kernel keeps the first 15 characters of a name.
   */
  static String group(String name) {
    String stripped = name.replaceFirst("[-#_ ]?\\d+$", "");
    return stripped.isEmpty() ? name : stripped;
  }

  /** The groups of threads alive at both samples, those that ran most first. */
  static List<Group> between(Map<String, Task> before, Map<String, Task> after, double seconds) {
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("seconds must be positive: " + seconds);
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    after.forEach((id, task) -> {
      Task earlier = before.get(id);
      if (earlier == null) {
        return;
      }
      double[] sum = sums.computeIfAbsent(task.group(), g -> new double[3]);
      sum[0]++;
      sum[1] += (task.runNanos() - earlier.runNanos()) / 1e9 / seconds;
      sum[2] += (task.waitNanos() - earlier.waitNanos()) / 1e9 / seconds;
    });
    List<Group> groups = new ArrayList<>();
    sums.forEach((name, s) -> groups.add(new Group(name, (int) s[0], s[1], s[2], Math.max(0, s[0] - s[1] - s[2]))));
    groups.sort(Comparator.comparingDouble(Group::running).reversed().thenComparing(Group::name));
    return groups;
  }

  /** The groups that ran or waited for at least a hundredth of a core, one line. */
  static String describe(List<Group> groups) {
    return groups.stream()
        .filter(g -> g.running() >= 0.01 || g.waiting() >= 0.01)
        .map(g -> String.format(Locale.ROOT, "%s x%d %.2f/%.2f/%.2f", g.name(), g.threads(), g.running(), g.waiting(), g.blocked()))
        .collect(Collectors.joining("; "));
  }
}
