package org.storylens.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source yields: where a document came from, its bytes, and what the source was told about it.
 * Sources never decide content; extraction does.
 *
 * @param source the path or URL exactly as the user gave it, or as found by walking a folder the
 *     user gave; for one line of a JSONL file, the file followed by {@code :LINE}
 * @param mediaType the declared kind of content
 * @param declaredCharset a charset the transport declared (HTTP header), if any
 * @param content the raw bytes
 * @param fetched when the bytes were read, if known
 */
public record RawDocument(
    String source,
    MediaType mediaType,
    Optional<String> declaredCharset,
    Bytes content,
    Optional<Instant> fetched)
    implements Serializable {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fetched, "fetched");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }

  public static RawDocument of(String source, MediaType mediaType, byte[] content) {
    return new RawDocument(
        source, mediaType, Optional.empty(), Bytes.copyOf(content), Optional.empty());
  }
}
