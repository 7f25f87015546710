package org.storylens.extract.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.extract.TextBlock;

/**
 * The main content found in an HTML page.
 *
 * @param title the headline as the page shows it (an {@code h1} in the article, else the document
 *     title cleaned of the site name), if any
 * @param blocks the article body in reading order, without the headline
 * @param removed the text of every removed element that carried visible text, in page order
 */
public record HtmlContent(Optional<String> title, List<TextBlock> blocks, List<String> removed) {
  public HtmlContent {
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }
}
