package org.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storylens.StoryPipeline;
import org.storylens.cluster.InMemoryStoryStore;
import org.storylens.cluster.StoryAssignment;
import org.storylens.cluster.StoryClusterer;
import org.storylens.cluster.StoryStore;
import org.storylens.extract.ExtractionOutcome;
import org.storylens.ingest.SourceItem;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.Article;
import org.storylens.model.Bytes;
import org.storylens.model.DerivationLink;
import org.storylens.model.MediaType;
import org.storylens.model.Published;
import org.storylens.model.RawDocument;
import org.storylens.model.Story;
import org.storylens.model.StoryReport;

/**
 * The service's state: every article it acknowledged, the stories they form, and each story's
 * report, kept in a data folder that survives restarts and {@code kill -9}.
 *
 * <p>On disk: {@code raw/ID} holds each accepted document's bytes, and {@code articles.log} one
 * JSON line per accepted article ({@code id}, {@code source}, {@code mediaType}), both forced to
 * the disk before an upload is acknowledged. On open, the log is replayed through the same
 * pipeline (extract, analyse, cluster in arrival order), which rebuilds the stories exactly; a
 * line cut short by a crash, or naming a document that never reached the disk, was never
 * acknowledged and is dropped. The same article sent twice (same id: same source name and bytes)
 * is stored once.
 *
 * <p>Thread-safe: one lock orders all changes and reads; story reports are computed on first
 * request and cached until the story changes.
 */
public final class StoryLibrary implements AutoCloseable {

  /** What an upload did. */
  public record Ack(String article, String story, boolean duplicate) {}

  /** One story in a list: enough to choose it. */
  public record Summary(
      String id,
      String title,
      int articles,
      int outlets,
      Optional<String> first,
      Optional<String> last,
      long updated) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final StoryPipeline pipeline;
  private final StoryStore store;
  private final StoryClusterer clusterer;
  private final FileChannel log;
  private final Map<String, AnalyzedArticle> articles = new LinkedHashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, List<String>> members = new LinkedHashMap<>();
  private final Map<String, List<DerivationLink>> links = new HashMap<>();
  private final Map<String, Long> updated = new HashMap<>();
  private final Map<String, StoryReport> reports = new HashMap<>();
  private final java.util.Set<String> sources = new java.util.HashSet<>();
  private long sequence;

  private StoryLibrary(Path folder, StoryPipeline pipeline) throws IOException {
    this.folder = folder;
    this.pipeline = pipeline;
    this.store = InMemoryStoryStore.of(pipeline.clustering());
    this.clusterer = StoryClusterer.standard(pipeline.clustering(), store);
    Files.createDirectories(folder.resolve("raw"));
    Path logFile = folder.resolve("articles.log");
    replay(logFile);
    this.log =
        FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Opens (or starts) the library in {@code folder}, replaying what it holds. */
  public static StoryLibrary open(Path folder, StoryPipeline pipeline) throws IOException {
    return new StoryLibrary(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Extracts, stores, analyses and clusters one document. Empty when the document gives no
   * article, with the reason in {@code rejected}.
   */
  public synchronized Optional<Ack> add(String source, MediaType type, byte[] content, List<String> rejected)
      throws IOException {
    RawDocument document =
        new RawDocument(source, type, Optional.empty(), Bytes.copyOf(content), Optional.empty());
    ExtractionOutcome outcome = pipeline.extract(new SourceItem.Document(document));
    if (!(outcome instanceof ExtractionOutcome.Extracted extracted)) {
      rejected.add(((ExtractionOutcome.NotExtracted) outcome).skipped().reason());
      return Optional.empty();
    }
    Article article = extracted.article();
    if (articles.containsKey(article.id())) {
      return Optional.of(new Ack(article.id(), storyOf.get(article.id()), true));
    }
    persist(article.id(), source, type, content);
    return Optional.of(new Ack(article.id(), admit(article), false));
  }

  /**
   * Which stories a list shows; every part optional.
   *
   * @param from stories with an article published on or after this day
   * @param to stories with an article published on or before this day
   * @param entity stories whose articles name this entity (any written form, any case)
   * @param outlet stories an article of this outlet is in (any case)
   * @param words stories whose articles' titles and texts hold every one of these words
   */
  public record Filter(
      Optional<java.time.LocalDate> from,
      Optional<java.time.LocalDate> to,
      Optional<String> entity,
      Optional<String> outlet,
      List<String> words) {
    public Filter {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(outlet, "outlet");
      words = List.copyOf(words);
    }

    /** Every story. */
    public static Filter none() {
      return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
  }

  /** Every story, newest change first or most outlets first. */
  public synchronized List<Summary> stories(boolean byCoverage) {
    return stories(byCoverage, Filter.none());
  }

  /** The stories {@code filter} lets through, newest change first or most outlets first. */
  public synchronized List<Summary> stories(boolean byCoverage, Filter filter) {
    List<Summary> all = new ArrayList<>();
    for (Map.Entry<String, List<String>> story : members.entrySet()) {
      if (matches(story.getValue(), filter)) {
        all.add(summary(story.getKey(), story.getValue()));
      }
    }
    Comparator<Summary> newest = Comparator.comparingLong(Summary::updated).reversed();
    all.sort(
        byCoverage
            ? Comparator.comparingInt(Summary::outlets).reversed()
                .thenComparing(Comparator.comparingInt(Summary::articles).reversed())
                .thenComparing(newest)
            : newest);
    return all;
  }

  /** One story's report and its articles, or empty for an unknown id. */
  public synchronized Optional<Map.Entry<List<Article>, StoryReport>> story(String id) {
    List<String> ids = members.get(id);
    if (ids == null) {
      return Optional.empty();
    }
    List<AnalyzedArticle> analysed = ids.stream().map(articles::get).toList();
    StoryReport report =
        reports.computeIfAbsent(id, s -> pipeline.compare(new Story(s, analysed, links.get(s))));
    return Optional.of(Map.entry(analysed.stream().map(AnalyzedArticle::article).toList(), report));
  }

  /** The story an article is in, or empty. */
  public synchronized Optional<String> storyOf(String article) {
    return Optional.ofNullable(storyOf.get(article));
  }

  /** Whether an article of this source (a feed item's link) is stored already. */
  public synchronized boolean hasSource(String source) {
    return sources.contains(source);
  }

  /** One article, or empty. */
  public synchronized Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id)).map(AnalyzedArticle::article);
  }

  /** How many articles and stories the library holds. */
  public synchronized int[] size() {
    return new int[] {articles.size(), members.size()};
  }

  private boolean matches(List<String> ids, Filter filter) {
    List<AnalyzedArticle> list = ids.stream().map(articles::get).toList();
    List<java.time.LocalDate> days =
        list.stream().map(a -> a.article().published()).flatMap(Optional::stream).map(Published::date).toList();
    if (filter.from().isPresent() && days.stream().noneMatch(d -> !d.isBefore(filter.from().get()))) {
      return false;
    }
    if (filter.to().isPresent() && days.stream().noneMatch(d -> !d.isAfter(filter.to().get()))) {
      return false;
    }
    if (filter.outlet().isPresent()
        && list.stream().noneMatch(a -> a.article().outlet().filter(o -> o.equalsIgnoreCase(filter.outlet().get())).isPresent())) {
      return false;
    }
    if (filter.entity().isPresent()) {
      String wanted = filter.entity().get().strip();
      boolean named =
          list.stream().anyMatch(a -> a.entities().stream().anyMatch(
              m -> m.name().equalsIgnoreCase(wanted)
                  || m.span().of(a.article().text()).strip().equalsIgnoreCase(wanted)));
      if (!named) {
        return false;
      }
    }
    for (String word : filter.words()) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      boolean found =
          list.stream().anyMatch(a ->
              a.article().title().orElse("").toLowerCase(java.util.Locale.ROOT).contains(lower)
                  || a.article().text().toLowerCase(java.util.Locale.ROOT).contains(lower));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private Summary summary(String id, List<String> ids) {
    List<Article> list = ids.stream().map(a -> articles.get(a).article()).toList();
    String title =
        list.stream().map(Article::title).flatMap(Optional::stream).findFirst()
            .orElse(list.get(0).text().substring(0, Math.min(120, list.get(0).text().length())));
    long outlets =
        list.stream().map(a -> a.outlet().orElse("source:" + a.source())).distinct().count();
    List<String> dates =
        list.stream().map(Article::published).flatMap(Optional::stream).map(Published::iso).sorted().toList();
    return new Summary(
        id, title, list.size(), (int) outlets,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)),
        updated.get(id));
  }

  /** Analyses and clusters an article already on disk; returns its story. */
  private String admit(Article article) throws IOException {
    AnalyzedArticle analysed = pipeline.analyze(article);
    Optional<StoryAssignment> assignment = pipeline.cluster(clusterer, analysed);
    String story = assignment.map(StoryAssignment::storyId).orElse(article.id());
    articles.put(article.id(), analysed);
    sources.add(article.source());
    storyOf.put(article.id(), story);
    members.computeIfAbsent(story, s -> new ArrayList<>()).add(article.id());
    links.computeIfAbsent(story, s -> new ArrayList<>())
        .addAll(assignment.map(StoryAssignment::derivations).orElse(List.of()));
    updated.put(story, ++sequence);
    reports.remove(story);
    return story;
  }

  /** The document's bytes, then its log line, each forced to the disk. */
  private void persist(String id, String source, MediaType type, byte[] content) throws IOException {
    Path raw = folder.resolve("raw").resolve(id);
    Path partial = folder.resolve("raw").resolve(id + ".partial");
    try (FileChannel out =
        FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(ByteBuffer.wrap(content));
      out.force(true);
    }
    Files.move(partial, raw, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    ObjectNode line = JSON.createObjectNode();
    line.put("id", id).put("source", source).put("mediaType", type.name());
    log.write(ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
    log.force(true);
  }

  private void replay(Path logFile) throws IOException {
    if (!Files.exists(logFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
    for (String line : lines) {
      JsonNode entry;
      try {
        entry = JSON.readTree(line);
      } catch (IOException cutShort) {
        continue; // a line a crash cut short was never acknowledged
      }
      if (entry == null || !entry.hasNonNull("id")) {
        continue;
      }
      Path raw = folder.resolve("raw").resolve(entry.get("id").asText());
      if (!Files.isRegularFile(raw)) {
        continue;
      }
      RawDocument document =
          new RawDocument(
              entry.path("source").asText(), MediaType.valueOf(entry.path("mediaType").asText("TEXT")),
              Optional.empty(), Bytes.copyOf(Files.readAllBytes(raw)), Optional.empty());
      if (pipeline.extract(new SourceItem.Document(document)) instanceof ExtractionOutcome.Extracted e
          && !articles.containsKey(e.article().id())) {
        admit(e.article());
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try (log; store) {
      clusterer.close();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
