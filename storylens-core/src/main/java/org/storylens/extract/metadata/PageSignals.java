package org.storylens.extract.metadata;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata an HTML page declares outside its visible text. Empty for plain page text.
 *
 * @param meta {@code <meta>} name/property (lower-cased) to content, first occurrence wins, in
 *     document order
 * @param jsonLd the raw text of each {@code application/ld+json} script
 * @param timeElements {@code datetime} attributes (or texts) of {@code <time>} elements, in order
 * @param htmlLang the {@code lang} attribute of the {@code html} element
 * @param documentTitle the {@code <title>} text
 * @param canonicalUrl the {@code rel=canonical} link or {@code og:url}
 */
public record PageSignals(
    Map<String, String> meta,
    List<String> jsonLd,
    List<String> timeElements,
    Optional<String> htmlLang,
    Optional<String> documentTitle,
    Optional<String> canonicalUrl) {

  public PageSignals {
    meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    jsonLd = List.copyOf(jsonLd);
    timeElements = List.copyOf(timeElements);
    Objects.requireNonNull(htmlLang, "htmlLang");
    Objects.requireNonNull(documentTitle, "documentTitle");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
  }

  public static PageSignals none() {
    return new PageSignals(
        Map.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
