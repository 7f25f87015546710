package org.storylens.cli;

/** What a command writes. */
enum OutputFormat {
  json,
  md,
  /** A self-contained HTML page ({@code analyze} only). */
  html
}
