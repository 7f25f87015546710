package org.storylens.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the service's tests share. */
final class ServerFixtures {

  private ServerFixtures() {}

  /** The project's {@code samples} folder, found from the working directory upwards. */
  static Path samples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("samples"))) {
        return dir.resolve("samples");
      }
    }
    throw new IllegalStateException("the project's samples folder is not found");
  }
}
