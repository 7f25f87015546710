package org.storylens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * Writes articles as Markdown a person reads: headline, a line of metadata, the clean text, and the
 * removed spans for audit.
 *
 * <p>Every string from an article is untrusted: Markdown renderers pass raw HTML through, so
 * {@code <}, {@code >} and {@code &} are written as character references, and characters that
 * start Markdown syntax are escaped, so an article cannot inject markup or links.
 */
public final class MarkdownArticleWriter {

  private final Writer out;

  public MarkdownArticleWriter(Writer out) {
    this.out = out;
  }

  public void write(Article a) throws IOException {
    out.write("## " + escape(a.title().orElse("(untitled)")) + "\n\n");
    StringBuilder meta = new StringBuilder();
    meta.append("`").append(code(a.source())).append("`");
    a.outlet().ifPresent(o -> meta.append(" · **").append(escape(o)).append("**"));
    a.byline().ifPresent(b -> meta.append(" · by ").append(escape(b)));
    a.published()
        .ifPresent(
            p ->
                meta.append(" · ")
                    .append(p.iso())
                    .append(p.inferred() ? " (inferred)" : ""));
    a.updated().map(Published::iso).ifPresent(u -> meta.append(" · updated ").append(u));
    a.language().ifPresent(l -> meta.append(" · ").append(escape(l)));
    a.basedOn().ifPresent(b -> meta.append(" · based on ").append(escape(b)));
    out.write(meta + "\n\n");
    List<String> paragraphs = a.paragraphs();
    boolean headlineLeads = !paragraphs.isEmpty() && a.title().equals(Optional.of(paragraphs.get(0)));
    // The headline is already the section heading; do not print it twice.
    for (String paragraph : headlineLeads ? paragraphs.subList(1, paragraphs.size()) : paragraphs) {
      out.write(escape(paragraph) + "\n\n");
    }
    if (!a.removed().isEmpty()) {
      out.write("<details><summary>Removed from the page (" + a.removed().size() + ")</summary>\n\n");
      for (String span : a.removed()) {
        out.write("- " + escape(span.replaceAll("\\s+", " ")) + "\n");
      }
      out.write("\n</details>\n\n");
    }
    for (String warning : a.warnings()) {
      out.write("> warning: " + escape(warning) + "\n\n");
    }
  }

  /** Escapes HTML and the characters that start Markdown syntax. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> s.append('\\').append(c);
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** Inside a code span only the backtick matters; it is replaced, since it cannot be escaped. */
  private static String code(String text) {
    return text.replace('`', '\'').replace("\n", " ");
  }
}
