package org.storylens.extract.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.extract.TextBlock;

/**
 * Everything metadata extraction may look at for one article.
 *
 * @param source where the article came from (a URL here can name the outlet)
 * @param title the headline found by content extraction
 * @param blocks the clean body
 * @param metadataLines removed lines that carry metadata (see {@code CleanedText#metadataLines})
 * @param signals what an HTML page declares in its head and markup; {@link PageSignals#none()} for
 *     text
 */
public record MetadataEvidence(
    String source,
    Optional<String> title,
    List<TextBlock> blocks,
    List<String> metadataLines,
    PageSignals signals) {
  public MetadataEvidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    metadataLines = List.copyOf(metadataLines);
    Objects.requireNonNull(signals, "signals");
  }
}
