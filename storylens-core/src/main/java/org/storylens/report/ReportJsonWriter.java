package org.storylens.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.StoryReport;

/**
 * Writes a {@link Report} as report schema 1 ({@code DESIGN.md}): {@code schemaVersion}, the
 * article objects exactly as {@link ArticleJsonWriter} writes them, the skipped inputs, and the
 * stories. Beyond the schema's fields, a conflict has a {@code kind} ({@code contradiction} or
 * {@code update}) and a framing term a {@code kind} ({@code distinctive}, {@code loaded} or
 * {@code name}) and a {@code score}; the schema allows added fields. Field order is fixed: the
 * same report gives byte-identical output.
 */
public final class ReportJsonWriter {
  private ReportJsonWriter() {}

  /** Writes the report and a final newline; the writer is flushed, not closed. */
  public static void write(Report report, Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    json.writeStartObject();
    json.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
    json.writeArrayFieldStart("articles");
    for (Article article : report.articles()) {
      ArticleJsonWriter.writeArticle(json, article);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("skipped");
    for (Skipped skipped : report.skipped()) {
      json.writeStartObject();
      json.writeStringField("source", skipped.source());
      json.writeStringField("reason", skipped.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("stories");
    for (StoryReport story : report.stories()) {
      writeStory(json, story);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
    out.flush();
  }

  private static void writeStory(JsonGenerator json, StoryReport story) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", story.id());
    json.writeStringField("title", story.title());
    strings(json, "articles", story.articles());
    json.writeArrayFieldStart("facts");
    for (StoryReport.Fact fact : story.facts()) {
      json.writeStartObject();
      json.writeStringField("text", fact.text());
      strings(json, "sources", fact.sources());
      json.writeArrayFieldStart("evidence");
      for (StoryReport.Evidence evidence : fact.evidence()) {
        json.writeStartObject();
        json.writeStringField("article", evidence.article());
        json.writeStringField("sentence", evidence.sentence());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("conflicts");
    for (StoryReport.Conflict conflict : story.conflicts()) {
      json.writeStartObject();
      json.writeStringField("about", conflict.about());
      json.writeStringField("kind", conflict.kind().jsonName());
      json.writeArrayFieldStart("claims");
      for (StoryReport.ConflictClaim claim : conflict.claims()) {
        json.writeStartObject();
        json.writeStringField("article", claim.article());
        json.writeStringField("value", claim.value());
        json.writeStringField("sentence", claim.sentence());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("variants");
    for (StoryReport.Variant variant : story.variants()) {
      json.writeStartObject();
      json.writeStringField("about", variant.about());
      forms(json, variant.forms());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("quotes");
    for (StoryReport.Quote quote : story.quotes()) {
      json.writeStartObject();
      json.writeStringField("speaker", quote.speaker());
      json.writeStringField("text", quote.text());
      strings(json, "articles", quote.articles());
      forms(json, quote.forms());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("framing");
    for (StoryReport.Framing framing : story.framing()) {
      json.writeStartObject();
      json.writeStringField("article", framing.article());
      json.writeArrayFieldStart("terms");
      for (StoryReport.FramingTerm term : framing.terms()) {
        json.writeStartObject();
        json.writeStringField("term", term.term());
        json.writeStringField("sentence", term.sentence());
        json.writeStringField("kind", term.kind().jsonName());
        json.writeNumberField("score", Math.round(term.score() * 1000) / 1000.0);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("derivations");
    for (DerivationLink link : story.derivations()) {
      DerivationLinkJson.write(json, link);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("primarySources");
    for (StoryReport.PrimarySource source : story.primarySources()) {
      json.writeStartObject();
      json.writeStringField("name", source.name());
      strings(json, "quotedBy", source.quotedBy());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("entities");
    for (StoryReport.Entity entity : story.entities()) {
      json.writeStartObject();
      json.writeStringField("name", entity.name());
      json.writeStringField("type", entity.type().jsonName());
      strings(json, "aliases", entity.aliases());
      strings(json, "articles", entity.articles());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("timeline");
    for (StoryReport.TimelineEvent event : story.timeline()) {
      json.writeStartObject();
      json.writeStringField("date", event.date());
      json.writeStringField("precision", event.precision().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("event", event.event());
      strings(json, "sources", event.sources());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void forms(JsonGenerator json, List<StoryReport.Form> forms)
      throws IOException {
    json.writeArrayFieldStart("forms");
    for (StoryReport.Form form : forms) {
      json.writeStartObject();
      json.writeStringField("article", form.article());
      json.writeStringField("text", form.text());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
