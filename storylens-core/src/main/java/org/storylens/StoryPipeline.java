package org.storylens;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.storylens.extract.ArticleExtractor;
import org.storylens.extract.ExtractionConfig;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.extract.OpenNlpLanguageIdentifier;
import org.storylens.extract.html.DomBoilerplateExtractor;
import org.storylens.extract.metadata.MetadataExtractor;
import org.storylens.extract.text.PageTextCleaner;
import org.storylens.ingest.FileSource;
import org.storylens.ingest.IngestConfig;
import org.storylens.ingest.SourceItem;

/**
 * The flow of {@code DESIGN.md} in one place: sources → extract (→ analyze → cluster → compare, as
 * those stages arrive). The CLI, the server and a distributed job choose inputs and sinks and call
 * this; none of them holds analysis logic.
 */
public final class StoryPipeline {

  private final FileSource files;
  private final ArticleExtractor extractor;

  public StoryPipeline(FileSource files, ArticleExtractor extractor) {
    this.files = Objects.requireNonNull(files, "files");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** The standard stages with the given configuration. */
  public static StoryPipeline standard(IngestConfig ingest, ExtractionConfig extraction) {
    return new StoryPipeline(
        new FileSource(ingest),
        new ArticleExtractor(
            extraction,
            new DomBoilerplateExtractor(),
            new PageTextCleaner(),
            new MetadataExtractor(),
            new OpenNlpLanguageIdentifier()));
  }

  /**
   * Stages 1–2 over the inputs as the user gave them ({@code -} is standard input), lazily and in
   * input order: one outcome per document, an article or a skip with its reason. Close the stream
   * when not reading it to the end.
   */
  public Stream<ExtractionOutcome> extract(List<String> inputs, InputStream stdin) {
    return inputs.stream().flatMap(input -> sources(input, stdin)).map(this::extract);
  }

  /** Stage 2 for one item a source yielded. */
  public ExtractionOutcome extract(SourceItem item) {
    if (item instanceof SourceItem.Skip skip) {
      return new ExtractionOutcome.NotExtracted(skip.skipped());
    }
    return extractor.extract(((SourceItem.Document) item).document());
  }

  private Stream<SourceItem> sources(String input, InputStream stdin) {
    return input.equals("-") ? files.readStandardInput(stdin) : files.read(List.of(input));
  }
}
