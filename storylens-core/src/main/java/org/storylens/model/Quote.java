package org.storylens.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone is reported to have said.
 *
 * @param span the quoted words (for direct speech, inside the quote marks; for reported speech, the
 *     clause reported)
 * @param kind direct ("…," the Kremlin said) or reported ("X said that…", "according to X")
 * @param speaker the words naming the speaker in the article, when found
 * @param speakerKey the canonical entity key of the speaker (see {@link EntityMention#key()}),
 *     when the speaker is a named entity
 */
public record Quote(Span span, Kind kind, Optional<Span> speaker, Optional<String> speakerKey)
    implements Serializable {

  /** Direct or reported speech. */
  public enum Kind {
    DIRECT,
    REPORTED
  }

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKey, "speakerKey");
  }
}
