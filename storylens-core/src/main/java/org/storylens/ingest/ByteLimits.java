package org.storylens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** Reads a stream whole only while it stays under a limit, so no input can exhaust the heap. */
final class ByteLimits {
  private ByteLimits() {}

  /**
   * Reads {@code in} to the end, or returns empty as soon as more than {@code limit} bytes arrive.
   */
  static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        return Optional.empty();
      }
      out.write(buffer, 0, n);
    }
    return Optional.of(out.toByteArray());
  }

  /** "16.0 MB": a size as a user reads it. */
  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
