package org.storylens.bench;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** The Java peer: Readability4J (a port of Mozilla Readability) on the same jsoup parse. */
public final class Readability4jTool implements ExtractionTool {
  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String version() {
    // the version pinned in the parent POM; the Readability4J jar does not declare one
    return "1.0.8";
  }

  @Override
  public String extractBody(byte[] html, String url) {
    Article article = new Readability4J(url, StoryLensTool.parse(html, url)).parse();
    String text = article.getTextContent();
    return text == null ? "" : text;
  }
}
