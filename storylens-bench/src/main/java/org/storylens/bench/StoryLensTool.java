package org.storylens.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storylens.extract.TextBlock;
import org.storylens.extract.html.DomBoilerplateExtractor;
import org.storylens.extract.html.HtmlContentExtractor;

/** StoryLens's extractor; the body is its blocks joined by blank lines, without the title. */
public final class StoryLensTool implements ExtractionTool {
  private final HtmlContentExtractor extractor;

  public StoryLensTool() {
    this(new DomBoilerplateExtractor());
  }

  public StoryLensTool(HtmlContentExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "storylens";
  }

  @Override
  public String version() {
    // the bench jar's manifest carries the project version (core and bench are released
    // together); classes run from a build directory have no manifest
    String version = StoryLensTool.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String extractBody(byte[] html, String url) {
    return extractor.extract(parse(html, url)).blocks().stream()
        .map(TextBlock::text)
        .collect(Collectors.joining("\n\n"));
  }

  static Document parse(byte[] html, String url) {
    try {
      // a null charset makes jsoup honour a BOM or <meta charset>, falling back to UTF-8
      return Jsoup.parse(new ByteArrayInputStream(html), null, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
