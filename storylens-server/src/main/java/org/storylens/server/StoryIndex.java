package org.storylens.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Published;

/**
 * The stories as a Lucene index, one document per story, so a list request is a search, never a
 * scan of the library: the words of its articles' titles and texts (English stop words left out
 * and words stemmed, so "floods" finds "flooding"; full-text search with
 * {@link SimpleQueryParser}'s syntax: all words by default, {@code "a phrase"}, {@code -not},
 * {@code prefix*}, {@code a | b}), the entities its articles name (canonical name and every
 * written form, any case), its outlets, the days its articles were published, and the numbers a
 * list is sorted by (last change, outlets, articles).
 *
 * <p>Searches see a change within {@link #MAX_STALE_SECONDS} s, or at once for a caller that
 * {@linkplain #await waits} for the generation its change returned. The index lives in memory;
 * the library rebuilds it from its log on start.
 */
final class StoryIndex implements AutoCloseable {

  /** The longest a search may lag a change nobody waits for. */
  static final double MAX_STALE_SECONDS = 1.0;

  /** The shortest wait for a caller that asked to see its own change. */
  static final double MIN_STALE_SECONDS = 0.05;

  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String ENTITY = "entity";
  private static final String OUTLET = "outlet";
  private static final String DAY = "day";
  private static final String UPDATED = "updated";
  private static final String OUTLETS = "outlets";
  private static final String ARTICLES = "articles";

  private static final Sort NEWEST = new Sort(new SortField(UPDATED, SortField.Type.LONG, true));
  private static final Sort COVERAGE =
      new Sort(
          new SortField(OUTLETS, SortField.Type.LONG, true),
          new SortField(ARTICLES, SortField.Type.LONG, true),
          new SortField(UPDATED, SortField.Type.LONG, true));

  /** One page of matching story ids and how many match in all. */
  record Hits(long total, List<String> ids) {
    Hits {
      ids = List.copyOf(ids);
    }
  }

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

  StoryIndex() {
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      writer = new IndexWriter(new ByteBuffersDirectory(), config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
    reopener.setName("storylens-index-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /**
   * Indexes (or re-indexes) a story as its articles now are; returns the generation a search
   * must reach to see it.
   */
  long put(String story, List<AnalyzedArticle> articles, long updated, int outlets) {
    Document doc = new Document();
    doc.add(new StringField(ID, story, Field.Store.YES));
    Set<String> entities = new LinkedHashSet<>();
    Set<String> outletNames = new LinkedHashSet<>();
    Set<Long> days = new LinkedHashSet<>();
    for (AnalyzedArticle analysed : articles) {
      Article article = analysed.article();
      article.title().ifPresent(t -> doc.add(new TextField(TEXT, t, Field.Store.NO)));
      doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
      for (var mention : analysed.entities()) {
        entities.add(key(mention.name()));
        entities.add(key(mention.span().of(article.text())));
      }
      article.outlet().ifPresent(o -> outletNames.add(key(o)));
      article.published().map(Published::date).ifPresent(d -> days.add(d.toEpochDay()));
    }
    entities.forEach(e -> doc.add(new StringField(ENTITY, e, Field.Store.NO)));
    outletNames.forEach(o -> doc.add(new StringField(OUTLET, o, Field.Store.NO)));
    days.forEach(d -> doc.add(new LongPoint(DAY, d)));
    doc.add(new NumericDocValuesField(UPDATED, updated));
    doc.add(new NumericDocValuesField(OUTLETS, outlets));
    doc.add(new NumericDocValuesField(ARTICLES, articles.size()));
    try {
      return writer.updateDocument(new Term(ID, story), doc);
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

  /**
   * The stories {@code filter} lets through, sorted newest change first or most outlets first;
   * {@code size} of them from {@code offset}.
   */
  Hits search(StoryLibrary.Filter filter, boolean byCoverage, int offset, int size) {
    Objects.requireNonNull(filter, "filter");
    if (offset < 0 || size < 0) {
      throw new IllegalArgumentException("offset and size must not be negative");
    }
    Query query = query(filter);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int total = searcher.count(query);
        int wanted = (int) Math.min((long) offset + size, total);
        List<String> ids = new ArrayList<>();
        if (wanted > offset) {
          TopFieldDocs top = searcher.search(query, wanted, byCoverage ? COVERAGE : NEWEST);
          var fields = searcher.storedFields();
          for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            ids.add(fields.document(hit.doc, Set.of(ID)).get(ID));
          }
        }
        return new Hits(total, ids);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    reopener.close();
    try (writer) {
      searchers.close();
    }
  }
}
