package org.storylens.extract.html;

import org.jsoup.nodes.Document;

/** Finds an article's main text in a parsed HTML page, removing page furniture. */
public interface HtmlContentExtractor {
  /**
   * Extracts the main content. Must not modify {@code page} in a way the caller can observe
   * (work on a clone if elements are removed) and must finish in time linear in the page size.
   */
  HtmlContent extract(Document page);
}
