package org.storylens.ingest;

import java.util.Objects;
import org.storylens.model.RawDocument;
import org.storylens.model.Skipped;

/** One thing a source yields: a document to extract, or an input it had to skip, with the reason. */
public sealed interface SourceItem {

  /** Where the item came from, as the user gave it. */
  String source();

  /** A document that was read. */
  record Document(RawDocument document) implements SourceItem {
    public Document {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /** An input that could not be read. */
  record Skip(Skipped skipped) implements SourceItem {
    public Skip {
      Objects.requireNonNull(skipped, "skipped");
    }

    @Override
    public String source() {
      return skipped.source();
    }
  }

  static SourceItem skip(String source, String reason) {
    return new Skip(new Skipped(source, reason));
  }
}
