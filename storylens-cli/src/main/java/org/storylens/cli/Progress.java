package org.storylens.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. Shown only when stderr is
 * a terminal (the launcher tells us; Java 17 cannot) so logs and pipes stay clean.
 */
final class Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String doing;
  private final boolean enabled;
  private final long total;
  private final long started = System.nanoTime();
  private long lastDrawn = 0;
  private long done = 0;
  private long skipped = 0;

  /**
   * @param doing what the bar counts, as a verb ("extracting")
   * @param total how many items to expect, 0 when unknown
   */
  Progress(PrintWriter err, String doing, boolean enabled, long total) {
    this.err = err;
    this.doing = doing;
    this.enabled = enabled;
    this.total = total;
  }

  void step(boolean wasSkipped) {
    done++;
    if (wasSkipped) {
      skipped++;
    }
    long now = System.nanoTime();
    if (enabled && now - lastDrawn > REDRAW_NANOS) {
      lastDrawn = now;
      draw(now);
    }
  }

  void finish() {
    if (enabled && done > 0) {
      draw(System.nanoTime());
      err.print("\n");
      err.flush();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.0f/s", done / seconds);
    String line;
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      line =
          String.format(
              Locale.ROOT,
              "\r%s [%s%s] %d/%d %s, %d skipped",
              doing,
              "#".repeat(filled),
              "-".repeat(WIDTH - filled),
              done,
              total,
              rate,
              skipped);
    } else {
      line = String.format(Locale.ROOT, "\r%s %d %s, %d skipped", doing, done, rate, skipped);
    }
    err.print(line);
    err.flush();
  }
}
