package org.storylens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storylens.model.Article;
import org.storylens.model.Published;

class ArticleWritersTest {

  private static Article article(String title, String text, Optional<Published> published) {
    return new Article(
        "abc123",
        "samples/one.txt",
        Optional.of(title),
        Optional.of("Coastline Wire"),
        Optional.empty(),
        published,
        Optional.of(Published.stated(LocalDateTime.of(2025, 5, 3, 16, 5, 0))),
        Optional.of("en"),
        Optional.of("Northwire"),
        Optional.empty(),
        text,
        List.of("Share", "Photo: harbour authority"),
        List.of());
  }

  @Test
  void writesEveryFieldOfSchemaOneInAFixedOrder() throws IOException {
    StringWriter out = new StringWriter();
    try (ArticleJsonWriter json = ArticleJsonWriter.to(out)) {
      json.write(article("Ferry resumes", "First.\n\nSecond.", Optional.of(Published.inferred(LocalDate.of(2025, 5, 3)))));
      json.write(article("Second", "Text.", Optional.empty()));
    }
    JsonNode array = new ObjectMapper().readTree(out.toString());
    assertThat(array.size()).isEqualTo(2);
    JsonNode first = array.get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id", "source", "title", "outlet", "byline", "published", "publishedInferred",
            "updated", "language", "basedOn", "url", "text", "removed", "warnings");
    assertThat(first.get("published").asText()).isEqualTo("2025-05-03");
    assertThat(first.get("publishedInferred").asBoolean()).isTrue();
    assertThat(first.get("updated").asText()).isEqualTo("2025-05-03T16:05:00");
    assertThat(first.get("byline").isNull()).isTrue();
    assertThat(first.get("removed").get(1).asText()).isEqualTo("Photo: harbour authority");
    assertThat(array.get(1).get("published").isNull()).isTrue();
    assertThat(array.get(1).get("publishedInferred").asBoolean()).isFalse();
  }

  @Test
  void identicalInputGivesByteIdenticalJson() throws IOException {
    Article a = article("Same", "Same text.", Optional.empty());
    assertThat(json(a)).isEqualTo(json(a));
  }

  @Test
  void markdownCannotBeTurnedIntoMarkupOrLinksByAnArticle() throws IOException {
    Article hostile =
        article(
            "<script>alert(1)</script> [click](javascript:alert(2))",
            "<img src=x onerror=alert(3)> & **bold** ![x](http://evil.test/x.png)",
            Optional.empty());
    StringWriter out = new StringWriter();
    new MarkdownArticleWriter(out).write(hostile);
    String md = out.toString();
    assertThat(md).doesNotContain("<script").doesNotContain("<img");
    assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(");
    assertThat(md).contains("&lt;script&gt;").contains("\\[click\\]").contains("&amp;");
  }

  private static String json(Article a) throws IOException {
    StringWriter out = new StringWriter();
    try (ArticleJsonWriter json = ArticleJsonWriter.to(out)) {
      json.write(a);
    }
    return out.toString();
  }
}
