package org.storylens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.Published;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.StoryReport;

/**
 * Writes a {@link Report} as Markdown a person reads: one section per story with its articles
 * (outlet, date, headline), who is based on whom, the entities and the dated timeline; then the
 * skipped inputs. Article texts are left to {@code storylens extract --format md}.
 *
 * <p>Every string from an article is untrusted: it is put on one line and escaped as {@link
 * MarkdownArticleWriter} escapes, so a headline cannot inject markup, links or HTML, nor start a
 * block of its own.
 */
public final class MarkdownReportWriter {

  private final Writer out;

  public MarkdownReportWriter(Writer out) {
    this.out = out;
  }

  /** Writes the report; the writer is flushed, not closed. */
  public void write(Report report) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    report.articles().forEach(a -> articles.put(a.id(), a));
    out.write("# StoryLens report\n\n");
    out.write(
        count(report.articles().size(), "article")
            + " in "
            + count(report.stories().size(), "story")
            + "; "
            + count(report.skipped().size(), "input")
            + " skipped.\n\n");
    int number = 0;
    for (StoryReport story : report.stories()) {
      writeStory(++number, story, articles);
    }
    if (!report.skipped().isEmpty()) {
      out.write("## Skipped inputs\n\n");
      for (Skipped s : report.skipped()) {
        out.write("- `" + code(s.source()) + "`: " + inline(s.reason()) + "\n");
      }
      out.write("\n");
    }
    out.flush();
  }

  private void writeStory(int number, StoryReport story, Map<String, Article> articles)
      throws IOException {
    out.write("## " + number + ". " + inline(story.title()) + "\n\n");
    out.write("### Articles (" + story.articles().size() + ")\n\n");
    for (String id : story.articles()) {
      Article a = articles.get(id);
      StringBuilder line = new StringBuilder("- ").append(label(a, id));
      a.published().ifPresent(p -> line.append(" · ").append(date(p)));
      a.title().ifPresent(t -> line.append(" · ").append(inline(t)));
      line.append(" · `").append(code(a.source())).append('`');
      out.write(line + "\n");
    }
    out.write("\n");
    writeFacts(story, articles);
    writeConflicts(story, articles);
    writeQuotes(story, articles);
    writeVariants(story, articles);
    writeFraming(story, articles);
    if (!story.derivations().isEmpty()) {
      out.write("### Derivations\n\n");
      for (DerivationLink link : story.derivations()) {
        out.write(
            "- "
                + label(articles.get(link.to()), link.to())
                + " derives from "
                + label(articles.get(link.from()), link.from())
                + ": "
                + link.kind().jsonName()
                + String.format(Locale.ROOT, " (%.2f), ", link.score())
                + inline(link.evidence())
                + "\n");
      }
      out.write("\n");
    }
    if (!story.entities().isEmpty()) {
      out.write("### Entities\n\n");
      for (StoryReport.Entity entity : story.entities()) {
        StringBuilder line =
            new StringBuilder("- **").append(inline(entity.name())).append("** (")
                .append(entity.type().jsonName()).append(')');
        if (!entity.aliases().isEmpty()) {
          line.append(", also ")
              .append(String.join(", ", entity.aliases().stream().map(a -> "“" + inline(a) + "”").toList()));
        }
        line.append(": ").append(count(entity.articles().size(), "article"));
        out.write(line + "\n");
      }
      out.write("\n");
    }
    if (!story.timeline().isEmpty()) {
      out.write("### Timeline\n\n");
      for (StoryReport.TimelineEvent event : story.timeline()) {
        out.write(
            "- **"
                + event.date()
                + "**: "
                + inline(event.event())
                + " ("
                + sources(event.sources(), articles)
                + ")\n");
      }
      out.write("\n");
    }
  }

  /** Facts stated by several articles, then the unique ones, each with who states it. */
  private void writeFacts(StoryReport story, Map<String, Article> articles) throws IOException {
    List<StoryReport.Fact> shared = story.facts().stream().filter(f -> !f.unique()).toList();
    List<StoryReport.Fact> unique = story.facts().stream().filter(StoryReport.Fact::unique).toList();
    if (!shared.isEmpty()) {
      out.write("### Facts\n\n");
      for (StoryReport.Fact fact : shared) {
        out.write(
            "- "
                + inline(fact.text())
                + " ("
                + fact.sources().size()
                + " of "
                + story.articles().size()
                + ": "
                + sources(fact.sources(), articles)
                + ")\n");
      }
      out.write("\n");
    }
    if (!unique.isEmpty()) {
      out.write("### Only one article says\n\n");
      for (StoryReport.Fact fact : unique) {
        out.write("- " + inline(fact.text()) + " (" + sources(fact.sources(), articles) + ")\n");
      }
      out.write("\n");
    }
  }

  private void writeConflicts(StoryReport story, Map<String, Article> articles)
      throws IOException {
    if (story.conflicts().isEmpty()) {
      return;
    }
    out.write("### Conflicts\n\n");
    for (StoryReport.Conflict conflict : story.conflicts()) {
      out.write(
          "- **"
              + inline(conflict.about())
              + "**"
              + (conflict.kind() == StoryReport.ConflictKind.UPDATE
                  ? " (an update over time, by publication order)"
                  : "")
              + ":\n");
      for (StoryReport.ConflictClaim claim : conflict.claims()) {
        out.write(
            "  - "
                + label(articles.get(claim.article()), claim.article())
                + ": **"
                + inline(claim.value())
                + "** — “"
                + inline(claim.sentence())
                + "”\n");
      }
    }
    out.write("\n");
  }

  private void writeQuotes(StoryReport story, Map<String, Article> articles) throws IOException {
    if (!story.primarySources().isEmpty()) {
      out.write("### Primary sources\n\n");
      for (StoryReport.PrimarySource source : story.primarySources()) {
        out.write(
            "- "
                + inline(source.name())
                + ", quoted by "
                + sources(source.quotedBy(), articles)
                + "\n");
      }
      out.write("\n");
    }
    if (story.quotes().isEmpty()) {
      return;
    }
    out.write("### Quotes\n\n");
    for (StoryReport.Quote quote : story.quotes()) {
      out.write(
          "- "
              + inline(quote.speaker())
              + ": “"
              + inline(quote.text())
              + "” ("
              + sources(quote.articles(), articles)
              + ")\n");
    }
    out.write("\n");
  }

  private void writeVariants(StoryReport story, Map<String, Article> articles)
      throws IOException {
    if (story.variants().isEmpty()) {
      return;
    }
    out.write("### Variants\n\n");
    for (StoryReport.Variant variant : story.variants()) {
      out.write("- **" + inline(variant.about()) + "**:\n");
      for (StoryReport.Form form : variant.forms()) {
        out.write(
            "  - "
                + label(articles.get(form.article()), form.article())
                + ": “"
                + inline(form.text())
                + "”\n");
      }
    }
    out.write("\n");
  }

  private void writeFraming(StoryReport story, Map<String, Article> articles)
      throws IOException {
    if (story.framing().stream().allMatch(f -> f.terms().isEmpty())) {
      return;
    }
    out.write("### Framing\n\n");
    for (StoryReport.Framing framing : story.framing()) {
      if (framing.terms().isEmpty()) {
        continue;
      }
      out.write(
          "- "
              + label(articles.get(framing.article()), framing.article())
              + ": "
              + String.join(
                  ", ",
                  framing.terms().stream()
                      .map(t -> "“" + inline(t.term()) + "” (" + t.kind().jsonName() + ")")
                      .toList())
              + "\n");
    }
    out.write("\n");
  }

  private static String sources(List<String> ids, Map<String, Article> articles) {
    return String.join(", ", ids.stream().map(id -> label(articles.get(id), id)).toList());
  }

  /** An article as a reader knows it: its outlet in bold, else its source. */
  private static String label(Article article, String id) {
    if (article == null) {
      return "`" + code(id) + "`";
    }
    return article
        .outlet()
        .map(o -> "**" + inline(o) + "**")
        .orElse("`" + code(article.source()) + "`");
  }

  private static String date(Published published) {
    return published.iso().replace('T', ' ') + (published.inferred() ? " (inferred)" : "");
  }

  private static String count(int n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  /** Untrusted text on one line, escaped. */
  private static String inline(String text) {
    return MarkdownArticleWriter.escape(text.replaceAll("\\s+", " ").strip());
  }

  /** Inside a code span only the backtick matters; it is replaced, since it cannot be escaped. */
  private static String code(String text) {
    return text.replace('`', '\'').replaceAll("\\s+", " ");
  }
}
