package org.storylens.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of one of the comparison stage's data files (the paraphrase, event-kind and title
 * lists): UTF-8, stripped, blank lines and {@code #} comments left out.
 */
final class DataLines {

  private DataLines() {}

  /** The content lines of the resource {@code name} beside this package's classes. */
  static List<String> of(String name) {
    try (InputStream in = DataLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
