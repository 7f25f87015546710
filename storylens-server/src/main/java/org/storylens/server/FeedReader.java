package org.storylens.server;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feeds (Rome) read into their items. Parsing is XXE-safe: a document type
 * declaration is refused outright (Rome's default, kept explicit here), so no entity, external
 * or internal, is ever expanded; a feed that declares one is an error, not a partial read.
 */
public final class FeedReader {

  /**
   * One item of a feed: where its article is, and what the feed says of it; {@code content} is
   * the item's own HTML (its full content when the feed carries it, else its description), empty
   * when it has none.
   */
  public record Item(String link, String title, Optional<Instant> published, String content) {
    public Item {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(content, "content");
    }

    public Item(String link, String title, Optional<Instant> published) {
      this(link, title, published, "");
    }
  }

  /** The feed's items, in the feed's order; items without a link are left out. */
  public List<Item> items(byte[] feed) throws IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(true);
    SyndFeed parsed;
    try {
      InputSource source = new InputSource(new ByteArrayInputStream(feed));
      parsed = input.build(source);
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException("not a feed: " + e.getMessage(), e);
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry entry : parsed.getEntries()) {
      String link = entry.getLink();
      if (link == null || link.isBlank()) {
        continue;
      }
      Optional<Instant> date =
          Optional.ofNullable(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())
              .map(java.util.Date::toInstant);
      items.add(
          new Item(link.strip(), entry.getTitle() == null ? "" : entry.getTitle().strip(), date, content(entry)));
    }
    return items;
  }

  private static String content(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content.getValue();
      }
    }
    SyndContent description = entry.getDescription();
    return description == null || description.getValue() == null ? "" : description.getValue();
  }

  /** For a caller holding text: the same as {@link #items(byte[])} on its UTF-8 bytes. */
  List<Item> items(String feed) throws IOException {
    return items(feed.getBytes(StandardCharsets.UTF_8));
  }
}
