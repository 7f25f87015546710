package org.storylens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * How fast a core of this machine runs now: SHA-256 over a fixed buffer, timed by the calling
 * thread's own CPU time, not the clock, so other work on the machine (the service under load, its
 * readers) hardly enters the figure, while a slower core does (a virtual machine whose host is
 * busier, a lower clock). Rounds of {@code bench serve} on different days or hours are compared
 * with it: the same build that spends a third more CPU per request on a slower host is not a
 * slower build.
 */
final class CoreSpeed {

  private static final int CHUNK = 1 << 20;

  /** The fastest of this many timed passes counts: an interruption can only slow a pass. */
  private static final int PASSES = 3;

  private CoreSpeed() {}

  /**
   * Megabytes hashed per second of the calling thread's CPU time: {@code megabytes} megabytes
   * hashed once to warm up, then three times timed, the fastest counting (16 megabytes: about 50 ms
   * of a core in all).
   */
  static double megabytesPerCpuSecond(int megabytes) {
    if (megabytes < 1) {
      throw new IllegalArgumentException("megabytes must be positive: " + megabytes);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      return Double.NaN;
    }
    byte[] chunk = new byte[CHUNK];
    Arrays.fill(chunk, (byte) 0x5a);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    hash(sha, chunk, megabytes); // untimed: until the JIT compiles the hashing, it runs at half speed
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < PASSES; pass++) {
      long began = threads.getCurrentThreadCpuTime();
      hash(sha, chunk, megabytes);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - began);
    }
    return best > 0 ? megabytes / (best / 1e9) : Double.NaN;
  }

  private static void hash(MessageDigest sha, byte[] chunk, int megabytes) {
    for (int i = 0; i < megabytes; i++) {
      sha.update(chunk);
    }
    sha.digest(); // finishes the hash and resets the digest for the next pass
  }
}
