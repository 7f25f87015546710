package org.storylens.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storylens.model.EntityType;

/**
 * The word lists behind {@link PatternEntityRecognizer}, read once from the resources beside this
 * class. Lists of names (places, organizations, aliases) are held by {@link PhoneticNameKey} so a
 * transliteration variant of a listed name is found too; lists of cue words by lower-case form.
 */
final class EntityVocabulary {

  /** What an alias line of {@code name-aliases.txt} says about a name. */
  record Alias(String canonicalKey, String canonicalName, EntityType type) {}

  final PhoneticNameKey keys;
  final Set<String> placeKeys;
  final Set<String> organizationKeys;
  final Map<String, Alias> aliases;
  final Set<String> demonyms;
  final Set<String> titles;
  final Set<String> organizationHeads;
  final Set<String> placeHeads;
  final Set<String> givenNames;
  final Set<String> nonNames;

  EntityVocabulary(PhoneticNameKey keys) {
    this.keys = keys;
    this.placeKeys = keyed(lines("places.txt"));
    this.organizationKeys = keyed(lines("organizations.txt"));
    this.demonyms = lowerCase(lines("demonyms.txt"));
    this.titles = lowerCase(lines("titles.txt"));
    this.organizationHeads = lowerCase(lines("organization-heads.txt"));
    this.placeHeads = lowerCase(lines("place-heads.txt"));
    this.givenNames = lowerCase(lines("given-names.txt"));
    this.nonNames = lowerCase(lines("non-names.txt"));
    Map<String, Alias> aliasMap = new HashMap<>();
    for (String line : lines("name-aliases.txt")) {
      String[] fields = line.split("\\|");
      if (fields.length < 3) {
        throw new IllegalStateException("name-aliases.txt: not 'name | type | alias...': " + line);
      }
      String canonical = fields[0].strip();
      EntityType type = EntityType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
      Alias alias = new Alias(keys.of(canonical), canonical, type);
      aliasMap.put(alias.canonicalKey(), alias);
      for (int i = 2; i < fields.length; i++) {
        aliasMap.put(keys.of(fields[i].strip()), alias);
      }
    }
    this.aliases = Map.copyOf(aliasMap);
  }

  /** A nationality word, singular or plural ("Armenian", "Armenians"). */
  boolean isDemonym(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return demonyms.contains(lower)
        || (lower.endsWith("s") && demonyms.contains(lower.substring(0, lower.length() - 1)));
  }

  boolean isTitle(String word) {
    return titles.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isOrganizationHead(String word) {
    return organizationHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isPlaceHead(String word) {
    return placeHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isGivenName(String word) {
    return givenNames.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isNonName(String word) {
    return nonNames.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isPlace(String name) {
    return isPlaceKey(keys.of(name));
  }

  boolean isOrganization(String name) {
    return isOrganizationKey(keys.of(name));
  }

  /** {@link #isPlace} of a name whose {@link PhoneticNameKey} the caller has. */
  boolean isPlaceKey(String key) {
    return placeKeys.contains(key);
  }

  /** {@link #isOrganization} of a name whose {@link PhoneticNameKey} the caller has. */
  boolean isOrganizationKey(String key) {
    return organizationKeys.contains(key);
  }

  private Set<String> keyed(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      out.add(keys.of(name));
    }
    return Set.copyOf(out);
  }

  private static Set<String> lowerCase(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String word : words) {
      out.add(word.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = EntityVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
