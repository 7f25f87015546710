package org.storylens.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words and phrases page user interfaces are made of, in several languages: buttons ("Share
 * Photo", "Добавить комментарий"), list labels ("Related articles"), notices ("Your email address
 * will not be published"), caption starts ("Photo:"), section names. Generic data, bundled as
 * {@code furniture.txt}; the cleaner's structural signals decide, this vocabulary supports them.
 *
 * @param uiWords words a button or menu line is made of
 * @param lines whole lines that are furniture
 * @param notices fragments that make a line a site notice
 * @param captions starts of photo captions and credits
 * @param credits photo credits that make a short line a caption ("(AP Photo/…)", "/Getty Images")
 * @param related starts of links to other articles ("Read more:", "Читайте также:")
 * @param promos starts of promotions for other content: labels ("Watch:", "Explainer:") and calls
 *     ("Follow our live coverage")
 * @param listHeaders whole lines (compared without punctuation) that open a list of links to other
 *     articles or topics ("Related", "More on this story", "Most read")
 * @param sections section names that pages glue in front of text
 * @param commentWords word stems for reader comments
 * @param policyWords word stems that, beside a comment word, make a line a comment policy
 */
public record FurnitureVocabulary(
    Set<String> uiWords,
    Set<String> lines,
    List<String> notices,
    List<String> captions,
    List<String> credits,
    List<String> related,
    List<String> promos,
    Set<String> listHeaders,
    Set<String> sections,
    List<String> commentWords,
    List<String> policyWords) {

  public FurnitureVocabulary {
    uiWords = Set.copyOf(uiWords);
    lines = Set.copyOf(lines);
    notices = List.copyOf(notices);
    captions = List.copyOf(captions);
    credits = List.copyOf(credits);
    related = List.copyOf(related);
    promos = List.copyOf(promos);
    listHeaders = Set.copyOf(listHeaders);
    sections = Set.copyOf(sections);
    commentWords = List.copyOf(commentWords);
    policyWords = List.copyOf(policyWords);
  }

  /** The vocabulary bundled with StoryLens. */
  public static FurnitureVocabulary bundled() {
    try (InputStream in = FurnitureVocabulary.class.getResourceAsStream("furniture.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource furniture.txt");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the {@code furniture.txt} format: {@code [section]} headers, then entries; in {@code
   * [ui-words]} entries are separated by spaces, elsewhere there is one entry a line. Unknown
   * sections fail, so a typo does not silently drop a list.
   */
  public static FurnitureVocabulary parse(String listing) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    for (String name :
        List.of(
            "ui-words", "lines", "notices", "captions", "credits", "related", "promos", "list-headers",
            "sections", "comment", "policy")) {
      sections.put(name, new ArrayList<>());
    }
    List<String> current = null;
    for (String raw : listing.split("\n")) {
      String line = raw.strip().toLowerCase(Locale.ROOT);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1);
        current = sections.get(name);
        if (current == null) {
          throw new IllegalArgumentException("unknown furniture section [" + name + "]");
        }
      } else if (current == null) {
        throw new IllegalArgumentException("furniture entry before any section: " + line);
      } else if (current == sections.get("ui-words")) {
        current.addAll(List.of(line.split("\\s+")));
      } else {
        current.add(line);
      }
    }
    return new FurnitureVocabulary(
        new LinkedHashSet<>(sections.get("ui-words")),
        new LinkedHashSet<>(sections.get("lines")),
        sections.get("notices"),
        sections.get("captions"),
        sections.get("credits"),
        sections.get("related"),
        sections.get("promos"),
        new LinkedHashSet<>(sections.get("list-headers")),
        new LinkedHashSet<>(sections.get("sections")),
        sections.get("comment"),
        sections.get("policy"));
  }
}
