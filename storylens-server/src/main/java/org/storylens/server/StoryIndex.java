package org.storylens.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.storylens.cluster.ScratchIndexFolder;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * The library's articles as a Lucene index, so a filtered list is a search, never a scan of the
 * library: one document per article (they never change, so storing one costs the same however
 * big its story is) with its story, the words of its title and text (English stop words left out
 * and words stemmed, so "floods" finds "flooding"; full-text search with {@link
 * SimpleQueryParser}'s syntax: all words by default, {@code "a phrase"}, {@code -not}, {@code
 * prefix*}, {@code a | b}), the entities it names (canonical name and every written form, any
 * case), its outlet and its day. A story matches when one of its articles matches every part of
 * the filter; the library orders the matching stories.
 *
 * <p>Searches see a new article within {@link #MAX_STALE_SECONDS} s, or at once for a caller that
 * {@linkplain #await waits} for the generation its change returned. The index's files are
 * scratch, memory-mapped from a folder deleted on close ({@link ScratchIndexFolder}); the library
 * rebuilds the index from its log on start.
 */
final class StoryIndex implements AutoCloseable {

  /** The longest a search may lag a change nobody waits for. */
  static final double MAX_STALE_SECONDS = 1.0;

  /** The shortest wait for a caller that asked to see its own change. */
  static final double MIN_STALE_SECONDS = 0.05;

  private static final String STORY = "story";
  private static final String TEXT = "text";
  private static final String ENTITY = "entity";
  private static final String OUTLET = "outlet";
  private static final String DAY = "day";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The name of the scratch folders the index's files are in, before a random part. */
  private static final String SCRATCH_PREFIX = "storylens-search-";

  private final Analyzer analyzer = new EnglishAnalyzer();
  /**
   * The index's files, memory-mapped from a scratch folder deleted on close: on the heap, each
   * segment that a merge wrote was copied out of the young generation and died in the old one
   * ({@link ScratchIndexFolder}).
   */
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

  /** An index whose files are in a scratch folder in {@code scratch}. */
  StoryIndex(java.nio.file.Path scratch) {
    this(ScratchIndexFolder.open(scratch, SCRATCH_PREFIX));
  }

  private StoryIndex(Directory directory) {
    this.directory = directory;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      config.setUseCompoundFile(false);
      config.setMergePolicy(mergePolicy());
      config.setMergeScheduler(new org.storylens.cluster.NamedMergeScheduler("storylens-search-merge"));
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      UncheckedIOException failed = new UncheckedIOException(e);
      try {
        directory.close(); // its scratch folder goes with it
      } catch (IOException closing) {
        failed.addSuppressed(closing);
      }
      throw failed;
    }
    reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
    reopener.setName("storylens-index-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /**
   * How segments are merged: a segment is flushed at least every second under a stream of
   * uploads (the searches' refresh), and merging them again and again was about a twentieth of
   * the service's CPU under load, more than indexing the articles (docs/benchmarks.md). Searches
   * are rare next to uploads, and each is a walk of a few postings per segment, so the index may
   * keep more segments: up to {@value #SEGMENTS_PER_TIER} of a size before they are merged, so
   * that an article goes through fewer merges (the tiers grow by a factor of 30 instead of
   * Lucene's default of 10: two merges instead of three for a library of 100,000). No compound
   * files either: they save open files at the cost of copying every new segment once more, and
   * this index is scratch, in memory.
   */
  static org.apache.lucene.index.TieredMergePolicy mergePolicy() {
    org.apache.lucene.index.TieredMergePolicy policy = new org.apache.lucene.index.TieredMergePolicy();
    policy.setSegmentsPerTier(SEGMENTS_PER_TIER);
    policy.setMaxMergeAtOnce(SEGMENTS_PER_TIER);
    policy.setNoCFSRatio(0);
    return policy;
  }

  /** Segments of one size the index keeps before it merges them. */
  static final int SEGMENTS_PER_TIER = 30;

  /** Indexes an article of {@code story}; returns the generation a search must reach to see it. */
  long add(String story, AnalyzedArticle analysed) {
    Document doc = new Document();
    doc.add(new SortedDocValuesField(STORY, new BytesRef(story)));
    Article article = analysed.article();
    article.title().ifPresent(t -> doc.add(new TextField(TEXT, t, Field.Store.NO)));
    doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
    Set<String> entities = new LinkedHashSet<>();
    for (var mention : analysed.entities()) {
      entities.add(key(mention.name()));
      entities.add(key(mention.span().of(article.text())));
    }
    entities.forEach(e -> doc.add(new StringField(ENTITY, e, Field.Store.NO)));
    article.outlet().ifPresent(o -> doc.add(new StringField(OUTLET, key(o), Field.Store.NO)));
    article.published().map(Published::date).ifPresent(d -> doc.add(new LongPoint(DAY, d.toEpochDay())));
    try {
      return writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Blocks until searches see the change that returned {@code generation}. */
  void await(long generation) {
    try {
      reopener.waitForGeneration(generation, 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The stories with an article that {@code filter} lets through. */
  Set<String> stories(StoryLibrary.Filter filter) {
    Objects.requireNonNull(filter, "filter");
    Query query = query(filter);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.search(query, new StoriesOf());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gathers the stories of the matching articles, one collector per slice of the index. */
  private static final class StoriesOf implements CollectorManager<StoriesOf.Collector, Set<String>> {

    static final class Collector extends SimpleCollector {
      final Set<String> found = new HashSet<>();
      private SortedDocValues stories;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        stories = DocValues.getSorted(context.reader(), STORY);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (stories.advanceExact(doc)) {
          found.add(stories.lookupOrd(stories.ordValue()).utf8ToString());
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }

    @Override
    public Collector newCollector() {
      return new Collector();
    }

    @Override
    public Set<String> reduce(Collection<Collector> collectors) {
      Set<String> all = new HashSet<>();
      collectors.forEach(c -> all.addAll(c.found));
      return all;
    }
  }

  private Query query(StoryLibrary.Filter filter) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    filter.from().ifPresent(d -> all.add(days(d, LocalDate.MAX), BooleanClause.Occur.FILTER));
    filter.to().ifPresent(d -> all.add(days(LocalDate.MIN, d), BooleanClause.Occur.FILTER));
    filter.entity().ifPresent(e -> all.add(new TermQuery(new Term(ENTITY, key(e))), BooleanClause.Occur.FILTER));
    filter.outlet().ifPresent(o -> all.add(new TermQuery(new Term(OUTLET, key(o))), BooleanClause.Occur.FILTER));
    if (!filter.words().isEmpty()) {
      SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT);
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      Query words = parser.parse(String.join(" ", filter.words()));
      // a search of nothing but stop words or punctuation finds nothing rather than everything
      all.add(words == null ? new MatchNoDocsQuery() : words, BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private static Query days(LocalDate from, LocalDate to) {
    long low = from.equals(LocalDate.MIN) ? Long.MIN_VALUE : from.toEpochDay();
    long high = to.equals(LocalDate.MAX) ? Long.MAX_VALUE : to.toEpochDay();
    return LongPoint.newRangeQuery(DAY, low, high);
  }

  /** How an entity or outlet name is compared: stripped, spaces collapsed, any case. */
  static String key(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    reopener.close();
    // the searchers, then the writer, then the directory and its folder, whichever fails
    try (directory; writer) {
      searchers.close();
    }
  }
}
