package org.storylens.analyze;

import java.util.List;
import org.storylens.model.EntityMention;
import org.storylens.model.Sentence;

/**
 * Finds named entities (people, places, organizations) and gives each mention a canonical key
 * that unites the forms of one name. Implementations are thread-safe.
 */
public interface EntityRecognizer {
  List<EntityMention> find(String text, List<Sentence> sentences);
}
