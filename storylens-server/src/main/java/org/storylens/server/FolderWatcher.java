package org.storylens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.storylens.model.MediaType;

/**
 * Ingests the files the user drops into watched folders: {@code .txt}, {@code .text} and {@code
 * .md} as page text, {@code .html}, {@code .htm} and {@code .xhtml} as pages, and {@code .xml},
 * {@code .rss} and {@code .atom} as feeds whose items that carry their own text become articles
 * (title, text, link, date; an item with no text of its own is passed over, since its page is for
 * {@link FeedFollower} to fetch). Sub-folders are watched too; hidden entries, symbolic links and
 * names a writer uses while writing ({@code .part}, {@code .partial}, {@code .tmp}, {@code
 * .crdownload}, {@code ~}) are passed over.
 *
 * <p>A file is read once its size and modification time are the same in two scans in a row (a
 * file still being written is waited for), and read again only when they change; what was read is
 * kept in {@code watched.json} in the data folder, so a restart does not read every file again.
 * The same bytes under the same name are one article anyway (the library's id). A file over the
 * size limit, of a type not read, binary, or giving no article is skipped with the reason logged;
 * nothing a file holds stops the watcher.
 *
 * <p>Scans run when the {@link WatchService} reports a change, again {@code settle} later while a
 * file is waiting to be stable, and every {@code scanInterval} whatever happens (some file
 * systems, network shares among them, report nothing). Thread-safe.
 */
public final class FolderWatcher implements AutoCloseable {

  /**
   * How the watcher runs.
   *
   * @param scanInterval the longest time between two scans
   * @param settle the time between the two scans that must see a new file unchanged
   * @param maxBytes the largest file read
   */
  public record Settings(Duration scanInterval, Duration settle, long maxBytes) {
    public Settings {
      Objects.requireNonNull(scanInterval, "scanInterval");
      Objects.requireNonNull(settle, "settle");
      if (scanInterval.toMillis() < 10 || settle.toMillis() < 10) {
        throw new IllegalArgumentException("scan times must be at least 10 ms");
      }
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
    }

    /** A scan every 30 s, new files read after 1 s unchanged, at most {@code maxBytes}. */
    public static Settings defaults(long maxBytes) {
      return new Settings(Duration.ofSeconds(30), Duration.ofSeconds(1), maxBytes);
    }
  }

  /** What became of one file (or one feed item): its article, or why there is none. */
  public record Outcome(String source, Optional<String> article, Optional<String> skipped) {
    public Outcome {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(skipped, "skipped");
    }

    static Outcome stored(String source, String article) {
      return new Outcome(source, Optional.of(article), Optional.empty());
    }

    static Outcome skip(String source, String reason) {
      return new Outcome(source, Optional.empty(), Optional.of(reason));
    }
  }

  /** How deep below a watched folder files are looked for. */
  static final int MAX_DEPTH = 8;

  private static final Logger LOG = Logger.getLogger(FolderWatcher.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WRITING = List.of(".part", ".partial", ".tmp", ".crdownload", "~");

  /** A file's size and modification time: when both stay, the file is taken as unchanged. */
  private record Stamp(long size, long modified) {}

  private final List<Path> folders;
  private final StoryLibrary library;
  private final Settings settings;
  private final Path stateFile;
  private final Map<String, Stamp> read = new HashMap<>();
  private final Map<String, Stamp> waiting = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();
  private volatile WatchService watchService;
  private volatile Thread thread;
  private volatile boolean closed;

  /**
   * Watches {@code folders} (each must be a folder) for {@code library}; {@code data} is where
   * the record of what was read is kept.
   */
  public FolderWatcher(List<Path> folders, StoryLibrary library, Path data, Settings settings) throws IOException {
    this.folders = List.copyOf(folders);
    this.library = Objects.requireNonNull(library, "library");
    this.settings = Objects.requireNonNull(settings, "settings");
    for (Path folder : this.folders) {
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException("not a folder: " + folder);
      }
    }
    this.stateFile = data.resolve("watched.json");
    if (Files.exists(stateFile)) {
      try {
        java.util.Iterator<Map.Entry<String, JsonNode>> fields = JSON.readTree(stateFile.toFile()).fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          read.put(field.getKey(), new Stamp(field.getValue().path(0).asLong(), field.getValue().path(1).asLong()));
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, stateFile + " is unreadable; every watched file is read again", e);
        read.clear();
      }
    }
  }

  /** Starts watching on a thread of its own; the first scan is now. */
  public synchronized void start() {
    try {
      watchService = FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      LOG.info(() -> "no file change events here (" + e + "); scanning every " + settings.scanInterval().toSeconds() + " s");
    }
    thread = new Thread(this::run, "storylens-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (!closed) {
      boolean pending;
      try {
        scan();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a scan of the watched folders failed", e);
      }
      synchronized (this) {
        pending = !waiting.isEmpty();
      }
      long waitMillis = (pending ? settings.settle() : settings.scanInterval()).toMillis();
      try {
        if (watchService == null) {
          Thread.sleep(waitMillis);
          continue;
        }
        WatchKey key = watchService.poll(waitMillis, TimeUnit.MILLISECONDS);
        while (key != null) {
          key.pollEvents();
          key.reset();
          key = watchService.poll();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
    }
  }

  /**
   * Looks at every watched file once: reads those seen unchanged since the last scan and not read
   * at this size and time; returns what became of each file read.
   */
  public synchronized List<Outcome> scan() {
    Map<String, Path> present = new LinkedHashMap<>();
    for (Path folder : folders) {
      list(folder, present);
    }
    List<Outcome> outcomes = new ArrayList<>();
    boolean changed = false;
    for (Map.Entry<String, Path> file : present.entrySet()) {
      if (closed) {
        break; // what is left is read at the next start
      }
      String source = file.getKey();
      Stamp stamp;
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(file.getValue(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
      } catch (IOException e) {
        continue; // gone since it was listed
      }
      if (stamp.equals(read.get(source))) {
        continue;
      }
      if (!stamp.equals(waiting.get(source))) {
        waiting.put(source, stamp); // new or still changing: read when the next scan sees it so
        continue;
      }
      waiting.remove(source);
      read.put(source, stamp);
      changed = true;
      for (Outcome outcome : ingest(source, file.getValue(), stamp)) {
        outcomes.add(outcome);
        if (outcome.article().isPresent()) {
          LOG.info(() -> "watched file " + outcome.source() + " stored as article " + outcome.article().get());
        } else {
          LOG.info(() -> "watched file " + outcome.source() + " skipped: " + outcome.skipped().orElse(""));
        }
      }
    }
    changed |= read.keySet().retainAll(present.keySet());
    waiting.keySet().retainAll(present.keySet());
    if (changed) {
      save();
    }
    return outcomes;
  }

  /** Every file below {@code folder} that may be read, by its source name. */
  private void list(Path folder, Map<String, Path> files) {
    try {
      Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(folder) && hidden(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          register(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (attrs.isRegularFile() && !hidden(file) && WRITING.stream().noneMatch(name::endsWith)) {
            files.put(sourceOf(folder, file), file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot list the watched folder " + folder, e);
    }
  }

  private static boolean hidden(Path path) {
    return path.getFileName() != null && path.getFileName().toString().startsWith(".");
  }

  private void register(Path dir) {
    if (watchService == null || registered.contains(dir)) {
      return;
    }
    try {
      dir.register(
          watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      registered.add(dir);
    } catch (IOException | ClosedWatchServiceException | UnsupportedOperationException e) {
      registered.add(dir); // the periodic scan covers it
    }
  }

  /** The file as the user would write it: the watched folder as given, then the path below it. */
  private static String sourceOf(Path folder, Path file) {
    String root = folder.toString();
    String separator = root.endsWith("/") || root.endsWith("\\") ? "" : "/";
    return root + separator + folder.relativize(file).toString().replace('\\', '/');
  }

  /** The type a file's name declares: a media type, "feed", or empty for one not read. */
  static Optional<String> kindOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return switch (extension) {
      case "txt", "text", "md" -> Optional.of(MediaType.TEXT.name());
      case "html", "htm", "xhtml" -> Optional.of(MediaType.HTML.name());
      case "xml", "rss", "atom" -> Optional.of("feed");
      default -> Optional.empty();
    };
  }

  private List<Outcome> ingest(String source, Path file, Stamp stamp) {
    Optional<String> kind = kindOf(file.getFileName().toString());
    if (kind.isEmpty()) {
      return List.of(
          Outcome.skip(source, "not a type StoryLens reads (.txt .text .md .html .htm .xhtml .xml .rss .atom)"));
    }
    if (stamp.size() > settings.maxBytes()) {
      return List.of(Outcome.skip(source, "file is " + stamp.size() + " bytes, over the " + settings.maxBytes() + " byte limit"));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    } catch (IOException e) {
      return List.of(Outcome.skip(source, "cannot read: " + e));
    }
    if (bytes.length > settings.maxBytes()) {
      return List.of(Outcome.skip(source, "file is over the " + settings.maxBytes() + " byte limit"));
    }
    try {
      if (kind.get().equals("feed")) {
        return feedItems(source, bytes);
      }
      return List.of(add(source, MediaType.valueOf(kind.get()), bytes));
    } catch (IOException e) {
      read.remove(source); // the library could not write: tried again at the next scan
      LOG.log(Level.WARNING, "watched file " + source + " could not be stored; tried again", e);
      return List.of(Outcome.skip(source, "could not be stored: " + e));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "watched file " + source + " could not be read", e);
      return List.of(Outcome.skip(source, "could not be read: " + e));
    }
  }

  private Outcome add(String source, MediaType type, byte[] bytes) throws IOException {
    List<String> rejected = new ArrayList<>();
    Optional<StoryLibrary.Ack> ack = library.add(source, type, bytes, rejected);
    return ack.map(a -> Outcome.stored(source, a.article()))
        .orElseGet(() -> Outcome.skip(source, "no article: " + String.join("; ", rejected)));
  }

  /** Each item of a feed file that carries its own text, as a structured article. */
  private List<Outcome> feedItems(String source, byte[] bytes) throws IOException {
    List<FeedReader.Item> items;
    try {
      items = new FeedReader().items(bytes);
    } catch (IOException e) {
      return List.of(Outcome.skip(source, e.getMessage()));
    }
    if (items.isEmpty()) {
      return List.of(Outcome.skip(source, "the feed has no item with a link"));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (FeedReader.Item item : items) {
      String itemSource = source + "#" + item.link();
      String text = textOf(item.content());
      if (text.isBlank()) {
        outcomes.add(Outcome.skip(itemSource, "the item has no text of its own (follow the feed to fetch its page)"));
        continue;
      }
      ObjectNode article = JSON.createObjectNode();
      article.put("title", item.title()).put("text", text);
      if (PastePage.isWebAddress(item.link())) {
        article.put("url", item.link()); // a feed file's "javascript:" link is no address
      }
      item.published().ifPresent(p -> article.put("date", p.atOffset(ZoneOffset.UTC).toLocalDateTime().toString()));
      outcomes.add(add(itemSource, MediaType.ARTICLE_JSON, article.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return outcomes;
  }

  /** An item's HTML as text, a blank line between its paragraphs. */
  static String textOf(String html) {
    if (html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre")) {
      if (block.select("p, li, blockquote, pre").size() == 0 || block.tagName().equals("pre")) {
        String text = block.text().strip();
        if (!text.isEmpty()) {
          paragraphs.add(text);
        }
      }
    }
    return paragraphs.isEmpty() ? body.text().strip() : String.join("\n\n", paragraphs);
  }

  private void save() {
    ObjectNode state = JSON.createObjectNode();
    read.forEach((source, stamp) -> state.putArray(source).add(stamp.size()).add(stamp.modified()));
    try {
      Path partial = stateFile.resolveSibling("watched.json.partial");
      Files.writeString(partial, state.toString(), StandardCharsets.UTF_8);
      Files.move(partial, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot save " + stateFile + "; files may be read again after a restart", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    Thread running = thread;
    if (running != null) {
      running.interrupt();
    }
    if (watchService != null) {
      try {
        watchService.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
