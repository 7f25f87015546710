package org.storylens.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that yielded no article, with the reason a user reads on stderr and in the report.
 *
 * @param source the path or URL as the user gave it
 * @param reason why it was skipped, in plain words ("no article text", "binary content")
 */
public record Skipped(String source, String reason) implements Serializable {
  public Skipped {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
