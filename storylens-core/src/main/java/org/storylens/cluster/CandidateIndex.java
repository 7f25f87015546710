package org.storylens.cluster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
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
 * <p>Why are the writes made on a thread of their own? The index is written once for every
 * article (the story it joined) and read for the next one, by a clusterer that takes one article
 * at a time; in the service that one thread is the one every upload waits for in turn, and
 * Lucene's {@code updateDocument} (inverting a story's few hundred terms) was 8 % of its time.
 * {@link #put} and {@link #remove} hand their change to the index's writer thread, which makes
 * them in the order given; a refresh is queued behind them ({@link #startRefreshIfDue}, or the
 * next query), so a reader holds exactly the changes made before it was asked for, as when the
 * caller wrote them itself, and a query waits only for the refresh it needs.
 *
 * <p>Why not kept beside the store? It holds only the active stories and is rebuilt from the
 * store's summaries on start in well under a second; keeping it out of the durable path keeps one
 * source of truth. Its files are scratch, in a folder deleted on close ({@link
 * ScratchIndexFolder}).
 */
final class CandidateIndex implements Closeable {

  private static final String ID = "story";
  private static final String TERM = "term";
  private static final String ENTITY = "entity";
  static final int REFRESH_EVERY = 32;

  /** The name of the scratch folders the index's files are in, before a random part. */
  private static final String SCRATCH_PREFIX = "storylens-candidates-";

  /**
   * The index's files, memory-mapped from a scratch folder: in memory, each segment a merge
   * wrote was copied out of the young generation and died in the old one (see {@link
   * ScratchIndexFolder}).
   */
  private final Directory directory;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private final Set<String> changedSinceRefresh = new LinkedHashSet<>();

  /**
   * The one thread that writes the index, in the order the changes were given; daemon, so an
   * index nobody closed does not keep a program alive. Its name is told apart from the merges'
   * ({@code storylens-candidates-merge-n}) in the kernel's 15 characters, which {@code bench
   * serve}'s thread states group by.
   */
  private final java.util.concurrent.ExecutorService writes =
      java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "storylens-cand-writer");
        thread.setDaemon(true);
        return thread;
      });

  /** The reader being opened behind the queued writes, or null when none was asked for. */
  private java.util.concurrent.Future<DirectoryReader> reopening;

  /** The first write the writer thread failed, reported by the next call. */
  private final java.util.concurrent.atomic.AtomicReference<IOException> failed =
      new java.util.concurrent.atomic.AtomicReference<>();

  private static final BM25Similarity SIMILARITY = new BM25Similarity();

  /** One field of the current reader: its statistics and, per segment, what walks it. */
  private record FieldSearch(CollectionStatistics statistics, List<Segment> segments) {}

  /** A segment's enumerators for one field, reused by every query until the reader changes. */
  private static final class Segment {
    final LeafReaderContext leaf;
    final TermsEnum terms;
    PostingsEnum postings;
    /** Whether {@link #postings} lists the documents of the key being scored now. */
    boolean holdsKey;

    Segment(LeafReaderContext leaf, TermsEnum terms) {
      this.leaf = leaf;
      this.terms = terms;
    }
  }

  /** Per field of the current reader; null until the first query after a reopen. */
  private Map<String, FieldSearch> fields;

  /** Per query: each document's summed score, and which documents have one (cleared after). */
  private double[] scores = new double[64];
  private int[] touched = new int[64];
  private int touchedCount;

  /** An index whose files are in a scratch folder of the system's temporary folder. */
  CandidateIndex() {
    this(ScratchIndexFolder.open(SCRATCH_PREFIX));
  }

  /** An index whose files are in a scratch folder in {@code scratch}. */
  CandidateIndex(java.nio.file.Path scratch) {
    this(ScratchIndexFolder.open(scratch, SCRATCH_PREFIX));
  }

  /** An index in {@code directory}, which it owns and closes. */
  private CandidateIndex(Directory directory) {
    this.directory = directory;
    try {
      writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig()
                  .setCommitOnClose(false)
                  .setMergeScheduler(new NamedMergeScheduler("storylens-candidates-merge")));
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      writes.shutdownNow();
      UncheckedIOException opening = new UncheckedIOException("the candidate index failed to open", e);
      try {
        directory.close(); // its scratch folder goes with it
      } catch (IOException closing) {
        opening.addSuppressed(closing);
      }
      throw opening;
    }
  }

  /** Adds or replaces a story's entry (on the writer thread; queries see it at once). */
  void put(StorySummary story) {
    write(() -> writer.updateDocument(new Term(ID, story.storyId()), document(story)));
    changedSinceRefresh.add(story.storyId());
  }

  /** A story's entry: its id, centroid terms and entity keys. */
  private static Document document(StorySummary story) {
    Document document = new Document();
    document.add(new StringField(ID, story.storyId(), Field.Store.NO));
    // The id is read back from doc values: no stored-fields block to decompress per hit.
    document.add(new SortedDocValuesField(ID, new BytesRef(story.storyId())));
    story.terms().keySet().forEach(term -> document.add(new StringField(TERM, term, Field.Store.NO)));
    story.entities().keySet().forEach(key -> document.add(new StringField(ENTITY, key, Field.Store.NO)));
    return document;
  }

  /** Removes a story's entry (on the writer thread). */
  void remove(String storyId) {
    write(() -> writer.deleteDocuments(new Term(ID, storyId)));
    changedSinceRefresh.remove(storyId);
  }

  /** One change to the index, as the writer thread makes it. */
  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  /** Queues a change behind the others; a failure is reported by the next call. */
  private void write(Write change) {
    throwIfFailed();
    queue(() -> {
      if (failed.get() == null) { // after a failed change, none: the index would not be the one asked for
        try {
          change.run();
        } catch (IOException | RuntimeException e) {
          failed.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
        }
      }
      return null;
    });
  }

  /** Queues a task for the writer thread, behind those queued before it. */
  private <T> java.util.concurrent.Future<T> queue(java.util.concurrent.Callable<T> task) {
    try {
      return writes.submit(task);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new IllegalStateException("the candidate index is closed", e);
    }
  }

  private void throwIfFailed() {
    IOException failure = failed.get();
    if (failure != null) {
      throw new UncheckedIOException("the candidate index failed to write", failure);
    }
  }

  /**
   * Asks for the reader the next query will need, behind the changes queued, when enough stories
   * changed since the last one ({@link #REFRESH_EVERY}): a clusterer calls it once it has made
   * an article's changes, so the reader is opened while it turns to the next article. The same
   * reader as the next query would open: it holds every change made before the call.
   */
  void startRefreshIfDue() {
    if (reopening == null && changedSinceRefresh.size() >= REFRESH_EVERY) {
      throwIfFailed();
      DirectoryReader current = reader;
      reopening = queue(() -> {
        IOException failure = failed.get();
        if (failure != null) {
          throw failure; // the writes before it did not all happen
        }
        return DirectoryReader.openIfChanged(current, writer);
      });
      changedSinceRefresh.clear();
    }
  }

  /**
   * The ids of up to {@code limit} stories best matching the weighted terms and entity keys, best
   * first, then the stories changed since the last refresh. A removed story may still be among
   * them until the next refresh: callers look each id up in the store.
   *
   * <p>The ranking is exactly that of a Lucene {@code BooleanQuery} of boosted {@code TermQuery}s
   * under BM25 (each clause's score from Lucene's own {@link BM25Similarity}, summed in double,
   * ties to the lower document), but the index is walked directly: one terms enumerator and one
   * postings enumerator per segment and field, kept from query to query until the reader is
   * reopened. {@code IndexSearcher.search} made a new enumerator, its frames and a postings
   * reader for every query term in every segment, and a scorer's window per segment: about 0.8
   * MB an article, most of what clustering allocated.
   */
  List<String> candidates(Map<String, Double> termWeights, Set<String> entityKeys, int limit) {
    try {
      refresh();
      if (scores.length < reader.maxDoc()) {
        scores = new double[Math.max(reader.maxDoc(), scores.length * 2)];
        touched = new int[scores.length];
      }
      for (Map.Entry<String, Double> term : termWeights.entrySet()) {
        accumulate(TERM, term.getKey(), term.getValue().floatValue());
      }
      for (String key : entityKeys) {
        accumulate(ENTITY, key, 1f);
      }
      Set<String> ids = new LinkedHashSet<>();
      List<LeafReaderContext> leaves = reader.leaves();
      for (int doc : best(limit)) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues storyIds = DocValues.getSorted(leaf.reader(), ID);
        if (storyIds.advanceExact(doc - leaf.docBase)) {
          ids.add(storyIds.lookupOrd(storyIds.ordValue()).utf8ToString());
        }
      }
      ids.addAll(changedSinceRefresh);
      return new ArrayList<>(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("the candidate index failed to search", e);
    }
  }

  /** Adds one clause's BM25 score to every live document holding {@code key} in {@code field}. */
  private void accumulate(String field, String key, float boost) throws IOException {
    FieldSearch stats = fields.get(field);
    if (stats == null) {
      return; // no story has the field yet
    }
    BytesRef term = new BytesRef(key);
    long docFreq = 0;
    for (Segment segment : stats.segments) {
      segment.holdsKey = segment.terms != null && segment.terms.seekExact(term);
      if (segment.holdsKey) {
        docFreq += segment.terms.docFreq();
        segment.postings = segment.terms.postings(segment.postings, PostingsEnum.NONE);
      }
    }
    if (docFreq == 0) {
      return;
    }
    // a field indexed without frequencies and norms: each match has frequency 1 and norm 1
    float score =
        SIMILARITY
            .scorer(boost, stats.statistics, new TermStatistics(term, docFreq, docFreq))
            .score(1f, 1L);
    for (Segment segment : stats.segments) {
      if (!segment.holdsKey) {
        continue;
      }
      Bits live = segment.leaf.reader().getLiveDocs();
      for (int doc = segment.postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = segment.postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          int global = segment.leaf.docBase + doc;
          if (scores[global] == 0) {
            touched[touchedCount++] = global;
          }
          scores[global] += score;
        }
      }
    }
  }

  /**
   * The {@code limit} best documents scored so far, best first, as Lucene collects them: by the
   * summed score cast to float, then the lower document; the scores are cleared for the next
   * query.
   */
  private int[] best(int limit) {
    int[] best = new int[Math.min(limit, touchedCount)];
    int found = 0;
    for (int i = 0; i < touchedCount; i++) {
      int doc = touched[i];
      if (found < best.length) {
        found++;
      } else if (!ranksAbove(doc, best[found - 1])) {
        continue;
      }
      int at = found - 1;
      while (at > 0 && ranksAbove(doc, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = doc;
    }
    for (int i = 0; i < touchedCount; i++) {
      scores[touched[i]] = 0;
    }
    touchedCount = 0;
    return best;
  }

  private boolean ranksAbove(int doc, int other) {
    int byScore = Float.compare((float) scores[doc], (float) scores[other]);
    return byScore != 0 ? byScore > 0 : doc < other;
  }

  private void refresh() throws IOException {
    startRefreshIfDue();
    while (reopening != null) {
      DirectoryReader newer = opened();
      if (newer != null) {
        reader.close();
        reader = newer;
        fields = null;
      }
      startRefreshIfDue(); // enough changed again since the reader was asked for: not the clusterer's way
    }
    if (fields == null) {
      fields = new HashMap<>();
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String field : List.of(TERM, ENTITY)) {
        CollectionStatistics statistics = searcher.collectionStatistics(field);
        if (statistics != null) {
          List<Segment> segments = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            segments.add(new Segment(leaf, terms == null ? null : terms.iterator()));
          }
          fields.put(field, new FieldSearch(statistics, segments));
        }
      }
    }
  }

  /** Waits for the reader being opened: null when nothing changed, as {@code openIfChanged}. */
  private DirectoryReader opened() throws IOException {
    java.util.concurrent.Future<DirectoryReader> next = reopening;
    reopening = null;
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while the candidate index refreshed");
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("the candidate index failed to refresh", e.getCause());
    }
  }

  /** The reader queries run on, as of the last query (for tests that search it with Lucene). */
  DirectoryReader reader() {
    return reader;
  }

  /** The stories changed since that reader was opened, which every query returns as well. */
  Set<String> changedSinceRefresh() {
    return java.util.Collections.unmodifiableSet(changedSinceRefresh);
  }

  /**
   * Ends the writer thread once it has made the changes queued, then closes the
   * readers, the writer and the directory with its folder, whichever fails.
   */
  @Override
  public void close() throws IOException {
    writes.shutdown(); // what is queued is a refresh's worth at most
    try {
      if (!writes.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IOException("the candidate index's writer thread did not end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while the candidate index closed");
    } finally {
      try (directory; writer; DirectoryReader current = reader) {
        if (reopening != null && reopening.isDone() && !reopening.isCancelled()) {
          closeOpened();
        }
      }
    }
  }

  /** Closes a reader opened behind the writes and never used. */
  private void closeOpened() throws IOException {
    DirectoryReader unused = opened();
    if (unused != null) {
      unused.close();
    }
  }
}
