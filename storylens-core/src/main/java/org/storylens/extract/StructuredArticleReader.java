package org.storylens.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storylens.model.Published;

/**
 * Reads one structured article, a JSON object with {@code title}, {@code text}, {@code url}, {@code
 * date}, {@code outlet}, {@code lang} (and an optional {@code id}); other fields are ignored. The
 * text is taken as clean: its paragraphs are the blank-line separated runs.
 */
final class StructuredArticleReader {

  /** An article is flat; deep nesting in a line is hostile input, refused early. */
  private final ObjectMapper json =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .build())
          .build();

  /** The fields of one structured article. */
  record Fields(
      Optional<String> id,
      Optional<String> title,
      List<TextBlock> blocks,
      Optional<String> url,
      Optional<Published> published,
      Optional<String> outlet,
      Optional<String> language,
      List<String> leadingLines,
      List<String> warnings) {
    Fields {
      Objects.requireNonNull(id);
      blocks = List.copyOf(blocks);
      leadingLines = List.copyOf(leadingLines);
      warnings = List.copyOf(warnings);
    }
  }

  sealed interface Result {
    record Valid(Fields fields) implements Result {}

    record Invalid(String reason) implements Result {}
  }

  Result read(String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return new Result.Invalid(
          "not a JSON object: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      return new Result.Invalid("not a JSON object");
    }
    List<String> warnings = new ArrayList<>();
    Optional<Published> published = text(node, "date").flatMap(d -> parseDate(d, warnings));
    Optional<String> text = text(node, "text");
    return new Result.Valid(
        new Fields(
            text(node, "id"),
            text(node, "title"),
            paragraphs(text.orElse("")),
            text(node, "url"),
            published,
            text(node, "outlet"),
            text(node, "lang"),
            leadingLines(text.orElse("")),
            warnings));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** How many of the text's first lines may hold a date line. */
  static final int LEADING_LINES = 3;

  /** The first {@link #LEADING_LINES} non-blank lines of the text, as written. */
  static List<String> leadingLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length() && lines.size() < LEADING_LINES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  static List<TextBlock> paragraphs(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String folded = paragraph.replaceAll("\\s+", " ").strip();
      if (!folded.isEmpty()) {
        blocks.add(TextBlock.paragraph(folded));
      }
    }
    return blocks;
  }

  /** ISO dates and date-times, with or without an offset; the stated local time is kept. */
  static Optional<Published> parseDate(String value, List<String> warnings) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return Optional.of(Published.stated(LocalDate.parse(v)));
      }
      try {
        return Optional.of(Published.stated(OffsetDateTime.parse(v).toLocalDateTime()));
      } catch (DateTimeParseException notOffset) {
        return Optional.of(Published.stated(LocalDateTime.parse(v.replace(' ', 'T'))));
      }
    } catch (DateTimeParseException e) {
      warnings.add("date '" + v + "' is not an ISO date; ignored");
      return Optional.empty();
    }
  }
}
