package org.storylens.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of the story list as the REST API sends it, {@code {"page", "size", "total",
 * "stories"}}, each story {@code {"id", "title", "articles", "outlets", "first", "last"}}, built
 * from one JSON fragment per story.
 *
 * <p>Why fragments? Under a stream of uploads every upload moves a story to the top of the newest
 * order and shifts the first pages by one, so the kept first pages are rendered again at nearly
 * every change. Rendering a page as a tree of Jackson nodes each time cost about what answering
 * a story request costs (docs/benchmarks.md). A page rendered again reuses the fragments of the
 * stories it listed before (a story's summary is a new object whenever the story changes, so the
 * same object means the same fragment) and writes only the ones it did not list.
 */
final class StoryListJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The stories of one page and their fragments, in order. */
  private final List<StoryLibrary.Summary> stories;
  private final List<byte[]> fragments;
  private final byte[] bytes;

  private StoryListJson(List<StoryLibrary.Summary> stories, List<byte[]> fragments, byte[] bytes) {
    this.stories = stories;
    this.fragments = fragments;
    this.bytes = bytes;
  }

  /**
   * Page {@code page} of size {@code size} showing {@code found}, reusing the fragments {@code
   * earlier} (a page rendered before, or null) wrote for the same summaries.
   */
  static StoryListJson of(int page, int size, StoryLibrary.Page found, StoryListJson earlier) {
    Objects.requireNonNull(found, "found");
    Map<StoryLibrary.Summary, byte[]> known = new IdentityHashMap<>();
    if (earlier != null) {
      for (int i = 0; i < earlier.stories.size(); i++) {
        known.put(earlier.stories.get(i), earlier.fragments.get(i));
      }
    }
    List<byte[]> fragments = new ArrayList<>(found.stories().size());
    int length = 64;
    for (StoryLibrary.Summary story : found.stories()) {
      byte[] fragment = known.get(story);
      if (fragment == null) {
        fragment = fragment(story);
      }
      fragments.add(fragment);
      length += fragment.length + 1;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    out.writeBytes(ascii("{\"page\":" + page + ",\"size\":" + size + ",\"total\":" + found.total() + ",\"stories\":["));
    for (int i = 0; i < fragments.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(fragments.get(i));
    }
    out.writeBytes(ascii("]}"));
    return new StoryListJson(List.copyOf(found.stories()), List.copyOf(fragments), out.toByteArray());
  }

  /** The page as UTF-8 JSON. The array is shared: callers must not change it. */
  byte[] bytes() {
    return bytes;
  }

  /** One story as the list shows it, UTF-8 JSON. */
  static byte[] fragment(StoryLibrary.Summary story) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(96 + story.title().length());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", story.id());
      json.writeStringField("title", story.title());
      json.writeNumberField("articles", story.articles());
      json.writeNumberField("outlets", story.outlets());
      json.writeStringField("first", story.first().orElse(null));
      json.writeStringField("last", story.last().orElse(null));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
