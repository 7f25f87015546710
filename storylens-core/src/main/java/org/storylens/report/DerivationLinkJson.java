package org.storylens.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.storylens.model.DerivationLink;

/**
 * A {@link DerivationLink} as the derivation object of report schema 1: {@code from}, {@code to},
 * {@code kind} ({@code attribution}, {@code near-duplicate} or {@code paraphrase}), {@code score},
 * {@code evidence}. Used inside a report and, one object a line, by {@code storylens cluster
 * --links}.
 */
public final class DerivationLinkJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DerivationLinkJson() {}

  /** Writes the link as an object at the generator's current position. */
  public static void write(JsonGenerator json, DerivationLink link) throws IOException {
    json.writeStartObject();
    json.writeStringField("from", link.from());
    json.writeStringField("to", link.to());
    json.writeStringField("kind", link.kind().jsonName());
    json.writeNumberField("score", link.score());
    json.writeStringField("evidence", link.evidence());
    json.writeEndObject();
  }

  /** The link as one line of JSON, without the newline. */
  public static String line(DerivationLink link) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(json, link);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }
}
