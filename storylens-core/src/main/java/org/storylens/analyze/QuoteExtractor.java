package org.storylens.analyze;

import java.util.List;
import org.storylens.model.EntityMention;
import org.storylens.model.Quote;
import org.storylens.model.Sentence;

/** Finds direct and reported speech with its speaker. Implementations are thread-safe. */
public interface QuoteExtractor {
  List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> entities);
}
