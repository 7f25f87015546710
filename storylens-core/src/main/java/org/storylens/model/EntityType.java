package org.storylens.model;

/** What a named entity is, as report schema 1 names it. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANIZATION,
  OTHER;

  /** The lower-case name used in report JSON. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
