package org.storylens.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of the active stories, one document per story holding its centroid terms and
 * entity keys, so an article is scored against a handful of candidate stories instead of all of
 * them. The query is MoreLikeThis-style: the article's strongest terms, each boosted by its TF-IDF
 * weight.
 *
 * <p>Why are changed stories searched without the index until it refreshes? Reopening a Lucene
 * reader after every article writes a tiny segment each time and dominated the cost; the index
 * now refreshes every {@link #REFRESH_EVERY} changes, and the stories changed since (at most that
 * many) are returned as candidates anyway, so no story is ever missed for being recent.
 *
 * <p>Why in memory and not on disk beside the store? It holds only the active stories and is
 * rebuilt from the store's summaries on start in well under a second; keeping it out of the
 * durable path keeps one source of truth.
 */
final class CandidateIndex implements Closeable {

  private static final String ID = "story";
  private static final String TERM = "term";
  private static final String ENTITY = "entity";
  static final int REFRESH_EVERY = 32;

  /**
   * Each file read back as one byte array: a query opens a terms dictionary input per term, and
   * slicing one array is much cheaper than slicing the default list of buffers.
   */
  private final ByteBuffersDirectory directory =
      new ByteBuffersDirectory(
          new SingleInstanceLockFactory(),
          ByteBuffersDataOutput::new,
          ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
  private final IndexWriter writer;
  private DirectoryReader reader;
  private final Set<String> changedSinceRefresh = new LinkedHashSet<>();

  CandidateIndex() {
    try {
      writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig()
                  .setCommitOnClose(false)
                  .setMergeScheduler(new NamedMergeScheduler("storylens-candidates-merge")));
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory index failed to open", e);
    }
  }

  /** Adds or replaces a story's entry. */
  void put(StorySummary story) {
    Document document = new Document();
    document.add(new StringField(ID, story.storyId(), Field.Store.NO));
    // The id is read back from doc values: no stored-fields block to decompress per hit.
    document.add(new SortedDocValuesField(ID, new BytesRef(story.storyId())));
    story.terms().keySet().forEach(term -> document.add(new StringField(TERM, term, Field.Store.NO)));
    story.entities().keySet().forEach(key -> document.add(new StringField(ENTITY, key, Field.Store.NO)));
    try {
      writer.updateDocument(new Term(ID, story.storyId()), document);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory index failed to write", e);
    }
    changedSinceRefresh.add(story.storyId());
  }

  void remove(String storyId) {
    try {
      writer.deleteDocuments(new Term(ID, storyId));
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory index failed to write", e);
    }
    changedSinceRefresh.remove(storyId);
  }

  /**
   * The ids of up to {@code limit} stories best matching the weighted terms and entity keys, best
   * first, then the stories changed since the last refresh. A removed story may still be among
   * them until the next refresh: callers look each id up in the store.
   */
  List<String> candidates(Map<String, Double> termWeights, Set<String> entityKeys, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    termWeights.forEach(
        (term, weight) ->
            query.add(
                new BoostQuery(new TermQuery(new Term(TERM, term)), weight.floatValue()),
                BooleanClause.Occur.SHOULD));
    entityKeys.forEach(
        key -> query.add(new TermQuery(new Term(ENTITY, key)), BooleanClause.Occur.SHOULD));
    try {
      refresh();
      IndexSearcher searcher = new IndexSearcher(reader);
      Set<String> ids = new LinkedHashSet<>();
      List<LeafReaderContext> leaves = reader.leaves();
      for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        SortedDocValues storyIds = DocValues.getSorted(leaf.reader(), ID);
        if (storyIds.advanceExact(hit.doc - leaf.docBase)) {
          ids.add(storyIds.lookupOrd(storyIds.ordValue()).utf8ToString());
        }
      }
      ids.addAll(changedSinceRefresh);
      return new ArrayList<>(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory index failed to search", e);
    }
  }

  private void refresh() throws IOException {
    if (changedSinceRefresh.size() < REFRESH_EVERY) {
      return;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
    if (newer != null) {
      reader.close();
      reader = newer;
    }
    changedSinceRefresh.clear();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    writer.close();
    directory.close();
  }
}
