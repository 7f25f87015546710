package org.storylens.extract.metadata;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What a page's JSON-LD scripts say about the article: the first value of each field found in
 * document order, walking {@code @graph} and nested objects. Malformed scripts, which are common,
 * are skipped.
 */
record JsonLdFacts(
    Optional<String> headline,
    Optional<String> datePublished,
    Optional<String> dateModified,
    Optional<String> author,
    Optional<String> publisher,
    Optional<String> siteName,
    Optional<String> url) {

  /** Bounds the walk over hostile or huge scripts. */
  private static final int MAX_NODES = 10_000;

  static JsonLdFacts read(List<String> scripts, ObjectMapper json) {
    List<JsonNode> objects = new ArrayList<>();
    for (String script : scripts) {
      try {
        collectObjects(json.readTree(script), objects);
      } catch (JacksonException e) {
        // a broken script says nothing reliable; the page's other signals still count
      }
    }
    return new JsonLdFacts(
        firstText(objects, "headline"),
        firstText(objects, "datePublished"),
        firstText(objects, "dateModified"),
        firstAuthor(objects),
        firstPublisher(objects),
        objects.stream()
            .filter(o -> hasType(o, "WebSite"))
            .map(o -> text(o.get("name")))
            .flatMap(Optional::stream)
            .findFirst(),
        objects.stream()
            .filter(o -> o.has("datePublished"))
            .map(o -> text(o.get("url")))
            .flatMap(Optional::stream)
            .findFirst());
  }

  private static void collectObjects(JsonNode root, List<JsonNode> into) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.add(root);
    int seen = 0;
    while (!pending.isEmpty() && seen++ < MAX_NODES) {
      JsonNode node = pending.removeFirst();
      if (node.isObject()) {
        into.add(node);
      }
      if (node.isContainerNode()) {
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          JsonNode child = it.next();
          if (child.isContainerNode()) {
            pending.addLast(child);
          }
        }
      }
    }
  }

  private static Optional<String> firstText(List<JsonNode> objects, String field) {
    return objects.stream().map(o -> text(o.get(field))).flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> firstAuthor(List<JsonNode> objects) {
    for (JsonNode object : objects) {
      JsonNode author = object.get("author");
      if (author == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(a -> name(a).ifPresent(names::add));
      } else {
        name(author).ifPresent(names::add);
      }
      if (!names.isEmpty()) {
        return Optional.of(String.join(", ", names));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstPublisher(List<JsonNode> objects) {
    for (JsonNode object : objects) {
      JsonNode publisher = object.get("publisher");
      if (publisher != null) {
        Optional<String> name = publisher.isArray() ? name(publisher.path(0)) : name(publisher);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> name(JsonNode node) {
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return Optional.empty();
    }
    String value = node.asText().strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static boolean hasType(JsonNode object, String type) {
    JsonNode declared = object.get("@type");
    if (declared == null) {
      return false;
    }
    if (declared.isArray()) {
      for (JsonNode t : declared) {
        if (type.equals(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return type.equals(declared.asText());
  }
}
