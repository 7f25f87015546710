package org.storylens.bench;

/** One extractor under measurement: raw page bytes in, article body text out. */
public interface ExtractionTool {
  /** The name shown in tables and written into the predictions file. */
  String name();

  /** The tool's version, written into the predictions file. */
  String version();

  /** Parses {@code html} (charset from BOM or meta, else UTF-8) and returns the body text. */
  String extractBody(byte[] html, String url);
}
