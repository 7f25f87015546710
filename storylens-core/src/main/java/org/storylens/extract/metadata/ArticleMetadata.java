package org.storylens.extract.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.Published;

/**
 * What metadata extraction found. See {@link org.storylens.model.Article} for each field.
 *
 * @param title the best headline (page metadata may correct the one content extraction found)
 * @param blocks the body, with any metadata-only block (a date line, a "Source:" credit) taken out
 * @param removed the blocks taken out of the body, to be listed in the article's removed spans
 */
public record ArticleMetadata(
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> byline,
    Optional<Published> published,
    Optional<Published> updated,
    Optional<String> basedOn,
    Optional<String> url,
    List<org.storylens.extract.TextBlock> blocks,
    List<String> removed) {
  public ArticleMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(basedOn, "basedOn");
    Objects.requireNonNull(url, "url");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }
}
