package org.storylens.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storylens.model.StoryReport.Conflict;
import org.storylens.model.StoryReport.ConflictClaim;
import org.storylens.model.StoryReport.ConflictKind;

/**
 * Conflicts over what kind of event took place: within one fact, an article that says the two
 * presidents "met" against articles that say they spoke "by telephone". The kinds, in families of
 * kinds that exclude one another, are data ({@code compare/event-kinds.txt}).
 *
 * <p>A claim names a kind when it holds one of the kind's words; a claim naming two kinds of one
 * family ("met after a phone call") names none, since it may speak of both. A fact whose claims
 * name two or more kinds of one family is a conflict; one conflict per family and set of
 * articles, however many facts show it, with each article's first claim that names a kind.
 *
 * <p>Thread-safe: immutable after construction.
 */
final class EventKinds {

  private static final String LEXICON = "event-kinds.txt";

  /** One family: its name and, per kind, the pattern of its words. */
  private record Family(String name, Map<String, Pattern> kinds) {}

  private final List<Family> families;

  EventKinds() {
    this.families = load();
  }

  /** The conflicts of kind among {@code facts}' claims; {@code story} gives article ids. */
  List<Conflict> conflicts(StoryClaims story, List<FactAligner.AlignedFact> facts) {
    Map<String, Map<String, ConflictClaim>> found = new LinkedHashMap<>();
    for (Family family : families) {
      for (FactAligner.AlignedFact fact : facts) {
        Map<String, ConflictClaim> byArticle = new LinkedHashMap<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Claim claim : fact.claims()) {
          String kind = kindOf(family, claim.text());
          if (kind == null) {
            continue;
          }
          kinds.add(kind);
          String article = story.articles().get(claim.articleIndex()).article().id();
          String word = word(family, kind, claim.text());
          String value =
              word.equalsIgnoreCase(kind) ? kind : kind + " (“" + word + "”)";
          byArticle.put(article, new ConflictClaim(article, value, claim.text()));
        }
        if (kinds.size() < 2) {
          continue;
        }
        String key = family.name() + " " + byArticle.keySet();
        Map<String, ConflictClaim> merged = found.computeIfAbsent(key, k -> new LinkedHashMap<>());
        byArticle.forEach(merged::putIfAbsent);
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<String, Map<String, ConflictClaim>> entry : found.entrySet()) {
      String family = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      List<ConflictClaim> claims = new ArrayList<>();
      for (int a = 0; a < story.articles().size(); a++) {
        ConflictClaim claim = entry.getValue().get(story.articles().get(a).article().id());
        if (claim != null) {
          claims.add(claim);
        }
      }
      conflicts.add(
          new Conflict("the kind of event (" + family + ")", ConflictKind.CONTRADICTION, claims));
    }
    return conflicts;
  }

  /** The one kind of the family the text names, or null for none or several. */
  private static String kindOf(Family family, String text) {
    String only = null;
    for (Map.Entry<String, Pattern> kind : family.kinds().entrySet()) {
      if (kind.getValue().matcher(text).find()) {
        if (only != null) {
          return null;
        }
        only = kind.getKey();
      }
    }
    return only;
  }

  private static String word(Family family, String kind, String text) {
    Matcher m = family.kinds().get(kind).matcher(text);
    return m.find() ? m.group() : kind;
  }

  private static List<Family> load() {
    List<Family> families = new ArrayList<>();
    for (String line : DataLines.of(LEXICON)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(LEXICON + ": a family needs a name: " + line);
      }
      Map<String, Pattern> kinds = new LinkedHashMap<>();
      for (String kind : line.substring(colon + 1).split("\\|")) {
        int eq = kind.indexOf('=');
        if (eq < 0) {
          throw new IllegalStateException(LEXICON + ": a kind needs words: " + kind);
        }
        List<String> words = new ArrayList<>();
        for (String word : kind.substring(eq + 1).split(",")) {
          if (!word.isBlank()) {
            words.add(word.strip().toLowerCase(Locale.ROOT));
          }
        }
        // the longest first, so that the value shown is "phone call", not "phone"
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        words.replaceAll(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        kinds.put(
            kind.substring(0, eq).strip(),
            Pattern.compile(
                "(?<![\\p{L}\\p{N}-])(?:" + String.join("|", words) + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
      if (kinds.size() < 2) {
        throw new IllegalStateException(LEXICON + ": a family needs two kinds: " + line);
      }
      families.add(
          new Family(line.substring(0, colon).strip(), java.util.Collections.unmodifiableMap(kinds)));
    }
    return List.copyOf(families);
  }
}
