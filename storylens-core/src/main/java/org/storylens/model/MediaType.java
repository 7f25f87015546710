package org.storylens.model;

/** What kind of content a {@link RawDocument} holds, as declared by its source (never sniffed by it). */
public enum MediaType {
  /** Text copied from a page: one article, noise and all. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** One structured article (a JSON object with title, text, url, date, outlet, lang). */
  ARTICLE_JSON
}
