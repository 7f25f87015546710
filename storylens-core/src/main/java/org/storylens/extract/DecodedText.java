package org.storylens.extract;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded from a document's bytes.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the name of the charset used
 * @param how how the charset was chosen ("byte-order mark", "meta charset", "detected", ...)
 * @param warnings what a user should know (bytes replaced, a low-confidence guess)
 */
public record DecodedText(String text, String charset, String how, List<String> warnings) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(how, "how");
    warnings = List.copyOf(warnings);
  }
}
