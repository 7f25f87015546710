/**
 * Stage 1, sources: files and folders ({@link org.storylens.ingest.FileSource}, recursive, in a
 * deterministic order), JSONL streams and standard input, each yielding {@link
 * org.storylens.ingest.SourceItem}s: a {@link org.storylens.model.RawDocument} with its bytes and
 * declared type, or a skip with its reason. Sources never decide content and never read more than
 * {@link org.storylens.ingest.IngestConfig} allows.
 */
package org.storylens.ingest;
