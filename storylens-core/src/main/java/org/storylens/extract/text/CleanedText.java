package org.storylens.extract.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.extract.TextBlock;

/**
 * Text copied from a page, cleaned.
 *
 * @param title the headline (usually the first real line), if found
 * @param blocks the headline as a {@code HEADING} block when one was found (it is the first line
 *     of the article's text: the gold data counts it as content and only its repeats as noise),
 *     then every real sentence once and every subhead, in reading order
 * @param removed every removed span, in page order (navigation, captions, share bars, glued related
 *     links, comment policies, repeated paragraphs, metadata lines)
 * @param metadataLines the removed spans that carry metadata (date lines, "Source: X", "Based on
 *     materials from TASS", a site name or credit line): evidence for metadata extraction
 */
public record CleanedText(
    Optional<String> title, List<TextBlock> blocks, List<String> removed, List<String> metadataLines) {
  public CleanedText {
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    metadataLines = List.copyOf(metadataLines);
  }
}
