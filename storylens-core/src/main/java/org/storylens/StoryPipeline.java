package org.storylens;

import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.storylens.analyze.ArticleAnalyzer;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
import org.storylens.ingest.LookaheadIterator;
import org.storylens.ingest.SourceItem;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;

/**
 * The flow of {@code DESIGN.md} in one place: sources → extract → analyze (→ cluster → compare, as
 * those stages arrive). The CLI, the server and a distributed job choose inputs and sinks and call
 * this; none of them holds analysis logic.
 */
public final class StoryPipeline {

  private final FileSource files;
  private final ArticleExtractor extractor;
  private final ArticleAnalyzer analyzer;

  public StoryPipeline(FileSource files, ArticleExtractor extractor, ArticleAnalyzer analyzer) {
    this.files = Objects.requireNonNull(files, "files");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** The standard stages with the given configuration. */
  public static StoryPipeline standard(IngestConfig ingest, ExtractionConfig extraction) {
    return new StoryPipeline(
        new FileSource(ingest),
        ArticleExtractor.standard(extraction),
        ArticleAnalyzer.standard());
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
