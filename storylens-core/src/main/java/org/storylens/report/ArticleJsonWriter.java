package org.storylens.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * Writes articles as a JSON array of article objects of report schema 1 ({@code DESIGN.md}), one at
 * a time, so a run of any length is written in constant memory. Missing values are {@code null};
 * field order is fixed, so the same input gives byte-identical output.
 */
public final class ArticleJsonWriter implements Closeable, Flushable {

  private final JsonGenerator json;

  private ArticleJsonWriter(JsonGenerator json) throws IOException {
    this.json = json;
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    json.setPrettyPrinter(pretty);
    json.writeStartArray();
  }

  public static ArticleJsonWriter to(Writer out) throws IOException {
    return new ArticleJsonWriter(new JsonFactory().createGenerator(out));
  }

  public static ArticleJsonWriter to(OutputStream out) throws IOException {
    return new ArticleJsonWriter(new JsonFactory().createGenerator(out, JsonEncoding.UTF8));
  }

  public void write(Article article) throws IOException {
    writeArticle(json, article);
  }

  /** Writes one article object of schema 1 at the generator's current position. */
  public static void writeArticle(JsonGenerator json, Article a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("source", a.source());
    optional(json, "title", a.title());
    optional(json, "outlet", a.outlet());
    optional(json, "byline", a.byline());
    optional(json, "published", a.published().map(Published::iso));
    json.writeBooleanField("publishedInferred", a.published().map(Published::inferred).orElse(false));
    optional(json, "updated", a.updated().map(Published::iso));
    optional(json, "language", a.language());
    optional(json, "basedOn", a.basedOn());
    optional(json, "url", a.url());
    json.writeStringField("text", a.text());
    strings(json, "removed", a.removed());
    strings(json, "warnings", a.warnings());
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }

  /** Closes the array; the underlying stream is closed too. */
  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.writeRaw('\n');
    json.close();
  }
}
