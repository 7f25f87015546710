package org.storylens.cli;

/** What a command writes. */
enum OutputFormat {
  json,
  md,
  /** A self-contained HTML report page: comes with a later release, refused until then. */
  html
}
