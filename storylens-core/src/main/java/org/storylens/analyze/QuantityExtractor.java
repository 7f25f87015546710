package org.storylens.analyze;

import java.util.List;
import org.storylens.model.Quantity;
import org.storylens.model.Sentence;

/** Finds numbers with what they count. Implementations are thread-safe. */
public interface QuantityExtractor {
  List<Quantity> find(String text, List<Sentence> sentences);
}
