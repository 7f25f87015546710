package org.storylens.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A number with what it counts: "5,000 civilians", "2,012 dead", "magnitude 6.8", "$209 billion".
 *
 * @param span the number and its unit as written
 * @param value the value, scales applied ("209 billion" is 2.09E11)
 * @param unit what is counted or measured, normalised to a lower-case lemma ("civilian", "dead",
 *     "magnitude", "usd", "percent"); empty when the text names nothing
 * @param approximate true for "about", "nearly", "more than", "at least" and the like
 */
public record Quantity(Span span, double value, String unit, boolean approximate)
    implements Serializable {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a quantity must be a finite number");
    }
  }
}
