package org.storylens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storylens.extract.html.HtmlContent;
import org.storylens.extract.html.DomBoilerplateExtractor;
import org.storylens.extract.html.HtmlContentExtractor;
import org.storylens.extract.metadata.ArticleMetadata;
import org.storylens.extract.metadata.MetadataEvidence;
import org.storylens.extract.metadata.MetadataExtractor;
import org.storylens.extract.metadata.PageSignals;
import org.storylens.extract.metadata.PageSignalsReader;
import org.storylens.extract.text.CleanedText;
import org.storylens.extract.text.PageTextCleaner;
import org.storylens.model.Article;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;
import org.storylens.model.Skipped;

/**
 * Stage 2: {@link RawDocument} → {@link Article}. Decodes the bytes, finds the main text (DOM
 * boilerplate removal for HTML, line and span cleaning for page text, as given for structured
 * JSONL), reads the metadata, tells the language, and keeps every removed span.
 *
 * <p>Thread-safe when its parts are; one instance serves a whole run. Never throws for bad input:
 * anything that yields no article becomes {@link ExtractionOutcome.NotExtracted} with a reason.
 */
public final class ArticleExtractor {

  /** Removed spans longer than this are prose or lists, not a date line or a byline. */
  private static final int METADATA_LINE_CHARS = 200;

  private final ExtractionConfig config;
  private final DetectingTextDecoder decoder;
  private final HtmlContentExtractor htmlExtractor;
  private final PageSignalsReader signalsReader;
  private final PageTextCleaner textCleaner;
  private final MetadataExtractor metadataExtractor;
  private final StructuredArticleReader structuredReader;
  private final LanguageIdentifier languages;

  public ArticleExtractor(
      ExtractionConfig config,
      HtmlContentExtractor htmlExtractor,
      PageTextCleaner textCleaner,
      MetadataExtractor metadataExtractor,
      LanguageIdentifier languages) {
    this.config = Objects.requireNonNull(config, "config");
    this.decoder = new DetectingTextDecoder();
    this.htmlExtractor = Objects.requireNonNull(htmlExtractor, "htmlExtractor");
    this.signalsReader = new PageSignalsReader();
    this.textCleaner = Objects.requireNonNull(textCleaner, "textCleaner");
    this.metadataExtractor = Objects.requireNonNull(metadataExtractor, "metadataExtractor");
    this.structuredReader = new StructuredArticleReader();
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  /** The standard parts: DOM boilerplate removal, page-text cleaning, metadata, OpenNLP language. */
  public static ArticleExtractor standard(ExtractionConfig config) {
    return new ArticleExtractor(
        config,
        new DomBoilerplateExtractor(),
        new PageTextCleaner(),
        new MetadataExtractor(),
        new OpenNlpLanguageIdentifier());
  }

  public ExtractionOutcome extract(RawDocument document) {
    try {
      return extractOrSkip(document);
    } catch (RuntimeException | StackOverflowError e) {
      // A defect must cost one input, never the run: the user sees which input and why.
      return skip(document, "extraction failed: " + e);
    }
  }

  private ExtractionOutcome extractOrSkip(RawDocument document) {
    if (document.content().isEmpty()) {
      return skip(document, "empty file");
    }
    DecodedText decoded;
    DetectingTextDecoder.Result result = decoder.decode(document);
    if (result instanceof DetectingTextDecoder.Result.Binary binary) {
      return skip(document, binary.reason());
    }
    decoded = ((DetectingTextDecoder.Result.Text) result).decoded();
    if (decoded.text().isBlank()) {
      return skip(document, "empty file (only white space)");
    }
    return switch (document.mediaType()) {
      case ARTICLE_JSON -> structured(document, decoded);
      case HTML -> html(document, decoded);
      case TEXT -> pageText(document, decoded);
    };
  }

  private ExtractionOutcome html(RawDocument document, DecodedText decoded) {
    Document page = Jsoup.parse(decoded.text(), baseUri(document.source()));
    PageSignals signals = signalsReader.read(page);
    HtmlContent content = htmlExtractor.extract(page);
    List<TextBlock> blocks = repaired(content.blocks());
    // What DOM extraction removed may hold the visible date line and byline ("Published 10:02 AM
    // EST Nov 19, 2019" sits in page furniture); short spans are offered as metadata lines.
    List<String> removedLines =
        content.removed().stream().filter(span -> span.length() <= METADATA_LINE_CHARS).toList();
    MetadataEvidence evidence =
        new MetadataEvidence(document.source(), content.title(), blocks, removedLines, signals);
    return finish(
        document,
        decoded,
        metadataExtractor.extract(evidence),
        content.removed(),
        signals.htmlLang());
  }

  private ExtractionOutcome pageText(RawDocument document, DecodedText decoded) {
    CleanedText cleaned = textCleaner.clean(decoded.text());
    MetadataEvidence evidence =
        new MetadataEvidence(
            document.source(),
            cleaned.title(),
            cleaned.blocks(),
            cleaned.metadataLines(),
            PageSignals.none());
    return finish(
        document,
        decoded,
        metadataExtractor.extract(evidence),
        cleaned.removed(),
        Optional.empty());
  }

  private ExtractionOutcome finish(
      RawDocument document,
      DecodedText decoded,
      ArticleMetadata metadata,
      List<String> removedByContent,
      Optional<String> declaredLanguage) {
    Optional<String> title = metadata.title().map(TextRepair::repair).map(String::strip);
    List<TextBlock> body = withoutLeadingTitle(metadata.blocks(), title);
    if (wordCount(join(body)) < Math.max(1, config.minArticleWords())) {
      return skip(document, "no article text");
    }
    // A page's text reads as the page does: headline first, then the body, whichever path found
    // them (text cleaning keeps the headline line; DOM extraction reports it apart).
    List<TextBlock> blocks = new ArrayList<>(body.size() + 1);
    title.filter(t -> !t.isEmpty())
        .ifPresent(t -> blocks.add(new TextBlock(t, TextBlock.Kind.HEADING)));
    blocks.addAll(body);
    String text = join(blocks);
    List<String> removed = new ArrayList<>(removedByContent);
    removed.addAll(metadata.removed());
    Optional<String> language = languages.identify(text).or(() -> primaryTag(declaredLanguage));
    return new ExtractionOutcome.Extracted(
        new Article(
            ArticleIds.of(document.source(), text),
            document.source(),
            title,
            metadata.outlet(),
            metadata.byline(),
            metadata.published(),
            metadata.updated(),
            language,
            metadata.basedOn(),
            metadata.url(),
            text,
            removed,
            decoded.warnings()));
  }

  private ExtractionOutcome structured(RawDocument document, DecodedText decoded) {
    StructuredArticleReader.Result read = structuredReader.read(decoded.text());
    if (read instanceof StructuredArticleReader.Result.Invalid invalid) {
      return skip(document, invalid.reason());
    }
    StructuredArticleReader.Fields fields = ((StructuredArticleReader.Result.Valid) read).fields();
    String body = join(repaired(fields.blocks()));
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(fields.warnings());
    if (body.isBlank() && fields.title().isPresent()) {
      // A feed item or a dataset row may carry its only sentence as the title: still an article.
      body = TextRepair.repair(fields.title().get()).strip();
      warnings.add("no 'text' field; the title stands for the text");
    }
    String text = body;
    if (text.isBlank()) {
      return skip(document, "no article text (the 'text' and 'title' fields are empty)");
    }
    Optional<String> language =
        fields.language().or(() -> languages.identify(text));
    Optional<Published> published = fields.published().or(() -> leadingDate(fields));
    return new ExtractionOutcome.Extracted(
        new Article(
            fields.id().orElseGet(() -> ArticleIds.of(document.source(), text)),
            document.source(),
            fields.title().map(TextRepair::repair),
            fields.outlet(),
            Optional.empty(),
            published,
            Optional.empty(),
            language,
            Optional.empty(),
            fields.url(),
            text,
            List.of(),
            warnings));
  }

  /**
   * A structured article without a date field dated by a date line at its top (the title or the
   * first lines of the text), as a page's date line dates page text.
   */
  private Optional<Published> leadingDate(StructuredArticleReader.Fields fields) {
    List<String> lines = new ArrayList<>();
    fields.title().ifPresent(lines::add);
    lines.addAll(fields.leadingLines());
    return metadataExtractor.leadingDateLine(lines);
  }

  /** The body without a first block that only repeats the headline. */
  private static List<TextBlock> withoutLeadingTitle(List<TextBlock> blocks, Optional<String> title) {
    if (!blocks.isEmpty()
        && title.isPresent()
        && comparable(blocks.get(0).text()).equals(comparable(title.get()))) {
      return blocks.subList(1, blocks.size());
    }
    return blocks;
  }

  private static String comparable(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<TextBlock> repaired(List<TextBlock> blocks) {
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (TextBlock block : blocks) {
      String text = TextRepair.repair(block.text()).strip();
      if (!text.isEmpty()) {
        out.add(new TextBlock(text, block.kind()));
      }
    }
    return out;
  }

  private static String join(List<TextBlock> blocks) {
    StringBuilder text = new StringBuilder();
    for (TextBlock block : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(block.text().strip());
    }
    return text.toString();
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** "en-GB" → "en": the report names languages by their primary subtag. */
  private static Optional<String> primaryTag(Optional<String> languageTag) {
    return languageTag
        .map(tag -> tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT))
        .filter(tag -> tag.matches("[a-z]{2,3}"));
  }

  /** jsoup resolves relative links against this; only a real web address is one. */
  private static String baseUri(String source) {
    return source.startsWith("http://") || source.startsWith("https://") ? source : "";
  }

  private static ExtractionOutcome skip(RawDocument document, String reason) {
    return new ExtractionOutcome.NotExtracted(new Skipped(document.source(), reason));
  }
}
