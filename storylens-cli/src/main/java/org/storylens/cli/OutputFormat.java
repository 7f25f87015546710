package org.storylens.cli;

/** What a command writes. */
enum OutputFormat {
  json,
  md
}
