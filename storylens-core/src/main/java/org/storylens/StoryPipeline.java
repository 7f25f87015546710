package org.storylens;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.analyze.PartOfSpeechTagger;
import org.storylens.cluster.ClusteringConfig;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryAssignment;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.compare.ComparisonConfig;
import org.storylens.compare.StoryComparer;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
import org.storylens.ingest.LookaheadIterator;
import org.storylens.ingest.SourceItem;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.DerivationLink;
import org.storylens.model.Report;
import org.storylens.model.Skipped;
import org.storylens.model.Story;
import org.storylens.model.StoryReport;

/**
 * The flow of {@code DESIGN.md} in one place: sources → extract → analyze → cluster → compare; a
 * whole batch in {@link #report}. The CLI, the server and a distributed job choose inputs and sinks
 * and call this; none of them holds analysis logic.
 */
public final class StoryPipeline {

  private final FileSource files;
  private final ArticleExtractor extractor;
  private final ArticleAnalyzer analyzer;
  private final ClusteringConfig clustering;
  private final StoryComparer comparer;

  public StoryPipeline(
      FileSource files,
      ArticleExtractor extractor,
      ArticleAnalyzer analyzer,
      ClusteringConfig clustering,
      StoryComparer comparer) {
    this.files = Objects.requireNonNull(files, "files");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.clustering = Objects.requireNonNull(clustering, "clustering");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
  }

  /** The standard stages with the given configuration. */
  public static StoryPipeline standard(IngestConfig ingest, ExtractionConfig extraction) {
    // One tagger, so its model is loaded once, for entity recognition and for claim splitting.
    // Comparison remembers its sentences' tags: a story's report is computed again whenever an
    // article joins it, over the same earlier sentences (about 50 MB at most).
    PartOfSpeechTagger tagger = PartOfSpeechTagger.english();
    return new StoryPipeline(
        new FileSource(ingest),
        ArticleExtractor.standard(extraction),
        ArticleAnalyzer.standard(tagger),
        ClusteringConfig.defaults(),
        StoryComparer.standard(
            ComparisonConfig.defaults(), PartOfSpeechTagger.memoized(tagger, COMPARISON_SENTENCES)));
  }

  /** How many sentences' tags comparison remembers. */
  static final int COMPARISON_SENTENCES = 50_000;

  /**
   * The whole flow over a batch: every input extracted and analysed (on {@code threads} threads),
   * the articles clustered in time order, each story compared, the stories ordered for a reader.
   * {@code onEach} sees every outcome as it is read, in input order (for progress and warnings).
   */
  public Report report(
      List<String> inputs, InputStream stdin, int threads, Consumer<AnalysisOutcome> onEach)
      throws IOException {
    List<AnalyzedArticle> analysed = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (Stream<AnalysisOutcome> outcomes = analyze(inputs, stdin, threads)) {
      for (AnalysisOutcome outcome : (Iterable<AnalysisOutcome>) outcomes::iterator) {
        onEach.accept(outcome);
        if (outcome instanceof AnalysisOutcome.Analyzed a) {
          // The same file named twice is the same article (ids come from source and content).
          if (ids.add(a.article().article().id())) {
            analysed.add(a.article());
          }
        } else {
          skipped.add(((AnalysisOutcome.NotAnalyzed) outcome).skipped());
        }
      }
    }
    List<StoryReport> stories = stories(analysed).stream().map(comparer::compare).toList();
    return new Report(analysed.stream().map(AnalyzedArticle::article).toList(), skipped, stories);
  }

  /**
   * Stage 4 over a batch: the articles clustered in time order ({@link StoryOrder#inTimeOrder}) in
   * a fresh in-memory store, as stories ordered for a report ({@link StoryOrder#forReport}).
   */
  public List<Story> stories(List<AnalyzedArticle> articles) throws IOException {
    Map<String, List<AnalyzedArticle>> members = new LinkedHashMap<>();
    Map<String, List<DerivationLink>> links = new LinkedHashMap<>();
    try (StoryStore store = InMemoryStoryStore.of(clustering);
        StoryClusterer clusterer = StoryClusterer.standard(clustering, store)) {
      for (AnalyzedArticle article : StoryOrder.inTimeOrder(articles)) {
        Optional<StoryAssignment> assignment = cluster(clusterer, article);
        if (assignment.isEmpty()) {
          continue; // an article given twice: it is in its story already
        }
        String story = assignment.get().storyId();
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(article);
        links.computeIfAbsent(story, s -> new ArrayList<>()).addAll(assignment.get().derivations());
      }
    }
    List<Story> stories = new ArrayList<>();
    members.forEach((id, articlesOfStory) -> stories.add(new Story(id, articlesOfStory, links.get(id))));
    return StoryOrder.forReport(stories);
  }

  /**
   * Stage 4 for one article: the one place the pipeline hands an article to a clusterer, for the
   * batch report and the {@code cluster} stream alike. Empty when the clusterer's store already
   * holds the article.
   */
  public Optional<StoryAssignment> cluster(StoryClusterer clusterer, AnalyzedArticle article)
      throws IOException {
    return clusterer.add(article);
  }

  /**
   * Stages 1–3 over the inputs as the user gave them, lazily and in input order, on {@code
   * threads} threads: one outcome per document. Close the stream when not reading it to the end.
   */
  public Stream<AnalysisOutcome> analyze(List<String> inputs, InputStream stdin, int threads) {
    return OrderedParallelMapper.map(sources(inputs, stdin), this::analyze, threads);
  }

  /** Stages 2–3 for one item a source yielded. */
  private AnalysisOutcome analyze(SourceItem item) {
    ExtractionOutcome extracted = extract(item);
    if (extracted instanceof ExtractionOutcome.Extracted e) {
      return new AnalysisOutcome.Analyzed(analyze(e.article()));
    }
    return new AnalysisOutcome.NotAnalyzed(((ExtractionOutcome.NotExtracted) extracted).skipped());
  }

  /**
   * Stages 1–2 over the inputs as the user gave them ({@code -} is standard input), lazily and in
   * input order: one outcome per document, an article or a skip with its reason. Close the stream
   * when not reading it to the end.
   */
  public Stream<ExtractionOutcome> extract(List<String> inputs, InputStream stdin) {
    return extract(inputs, stdin, 1);
  }

  /**
   * As {@link #extract(List, InputStream)}, on {@code threads} threads; the output keeps the input
   * order and at most a few items per thread are read ahead.
   */
  public Stream<ExtractionOutcome> extract(List<String> inputs, InputStream stdin, int threads) {
    return OrderedParallelMapper.map(sources(inputs, stdin), this::extract, threads);
  }

  /** Stage 5 for one story. */
  public StoryReport compare(Story story) {
    return comparer.compare(story);
  }

  /** The clustering settings the pipeline's batch clustering uses. */
  public ClusteringConfig clustering() {
    return clustering;
  }

  /** Stage 3 for one article. */
  public AnalyzedArticle analyze(Article article) {
    return analyzer.analyze(article);
  }

  /** Stage 2 for one item a source yielded. */
  public ExtractionOutcome extract(SourceItem item) {
    if (item instanceof SourceItem.Skip skip) {
      return new ExtractionOutcome.NotExtracted(skip.skipped());
    }
    return extractor.extract(((SourceItem.Document) item).document());
  }

  /**
   * The items of all inputs, one input after another. Why not {@code flatMap}? Pulled through an
   * iterator, a flat-mapped stream buffers each inner stream whole: a folder of a million pages
   * would be read into memory before the first was extracted.
   */
  private Stream<SourceItem> sources(List<String> inputs, InputStream stdin) {
    InputAfterInput items = new InputAfterInput(List.copyOf(inputs), stdin);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(items::close);
  }

  /** Reads the inputs in turn, keeping only the current one open. */
  private final class InputAfterInput extends LookaheadIterator<SourceItem> {
    private final Iterator<String> remaining;
    private final InputStream stdin;
    private Stream<SourceItem> open = Stream.empty();
    private Iterator<SourceItem> current = Collections.emptyIterator();

    InputAfterInput(List<String> inputs, InputStream stdin) {
      this.remaining = inputs.iterator();
      this.stdin = stdin;
    }

    @Override
    protected SourceItem step() {
      if (current.hasNext()) {
        return current.next();
      }
      open.close();
      if (!remaining.hasNext()) {
        finish();
        return null;
      }
      String input = remaining.next();
      open = input.equals("-") ? files.readStandardInput(stdin) : files.read(List.of(input));
      current = open.iterator();
      return null;
    }

    void close() {
      open.close();
    }
  }
}
