package org.storylens.ingest;

/**
 * How sources read their inputs.
 *
 * @param maxDocumentBytes a file or stdin larger than this is skipped with a reason, never read
 *     whole; the default, 16 MiB, is far above any real article page (the largest pages of the
 *     public extraction benchmark are under 2 MiB)
 * @param maxJsonlLineBytes one line of a JSONL file larger than this is skipped with a reason; the
 *     file itself is read line by line, so it may be of any size
 */
public record IngestConfig(long maxDocumentBytes, int maxJsonlLineBytes) {

  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_JSONL_LINE_BYTES = 4 * 1024 * 1024;

  public IngestConfig {
    if (maxDocumentBytes <= 0 || maxJsonlLineBytes <= 0) {
      throw new IllegalArgumentException("size limits must be positive");
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_JSONL_LINE_BYTES);
  }

  public IngestConfig withMaxDocumentBytes(long bytes) {
    return new IngestConfig(bytes, maxJsonlLineBytes);
  }
}
