package org.storylens.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * Evidence that one article derives from another, as in the {@code derivations} of report schema
 * 1.
 *
 * @param from the earlier article, the one copied or credited
 * @param to the later article, the one that derives from {@code from}
 * @param kind how the derivation shows
 * @param score how strong the evidence is, from 0 to 1 (estimated shingle overlap for a
 *     near-duplicate, 1 for a declared credit)
 * @param evidence a short human-readable reason
 */
public record DerivationLink(String from, String to, Kind kind, double score, String evidence)
    implements Serializable {

  /** How a derivation shows in the text. */
  public enum Kind {
    /** The later article names the earlier one's outlet as its source ("based on TASS"). */
    ATTRIBUTION,
    /** The texts share most of their word 5-grams. */
    NEAR_DUPLICATE,
    /** The same content in other words. */
    PARAPHRASE;

    /** The name used in report JSON: {@code near-duplicate}. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public DerivationLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    if (from.equals(to)) {
      throw new IllegalArgumentException("an article does not derive from itself: " + from);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must lie in [0, 1]: " + score);
    }
  }
}
