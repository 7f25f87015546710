package org.storylens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds gold data for the evaluations: {@code ../shared} beside the project (never copied into
 * it) and the project's own {@code samples}. Tests walk up from the working directory, so they run
 * from the root or from a module; when nothing is found they skip with a message.
 */
public final class SharedData {
  private SharedData() {}

  /** The seed story: five articles and {@code truth.json}. */
  public static Optional<Path> seedStory() {
    return find("shared/corpus/seed-story", "truth.json");
  }

  /** The ECB+ clustering benchmark. */
  public static Optional<Path> ecbPlus() {
    return find("shared/benchmarks/ecbplus", "dev.jsonl");
  }

  /** The bundled samples with their gold file. */
  public static Optional<Path> samples() {
    return find("samples", "truth.json");
  }

  /** The first {@code relative} folder holding {@code marker}, from the working directory up. */
  public static Optional<Path> find(String relative, String marker) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate.resolve(marker))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
