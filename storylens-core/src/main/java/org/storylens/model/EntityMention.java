package org.storylens.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * @param span the words as written ("Putin", "the Kremlin's", "RPC")
 * @param type person, place, organization or other
 * @param key the canonical key that unites the forms of one name within and across articles:
 *     "Putin" and "Vladimir Putin", an acronym and its definition, "Kyiv" and "Kiev", "Janyatag" and
 *     "Canyataq" share it
 * @param name the fullest form of the name the article uses for this entity
 */
public record EntityMention(Span span, EntityType type, String key, String name)
    implements Serializable {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    if (key.isBlank()) {
      throw new IllegalArgumentException("an entity key must not be blank");
    }
  }
}
