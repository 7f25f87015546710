package org.storylens.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.storylens.model.Bytes;
import org.storylens.model.MediaType;
import org.storylens.model.RawDocument;

/**
 * Reads files and folders into {@link RawDocument}s, lazily and in a deterministic order.
 *
 * <p>Folders are walked depth first with each folder's entries sorted by name, so the same tree
 * always gives the same order; hidden entries and symbolic links to folders (which could loop) are
 * passed over. In a folder, files of other types are passed over silently (a README beside the
 * articles is not an input); a file named explicitly with an unsupported type is skipped with a
 * reason. JSONL files are read line by line, so they may be of any size.
 */
public final class FileSource {

  private final IngestConfig config;

  public FileSource(IngestConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The media type a file name declares, or empty for a type StoryLens does not read. A {@code .gz}
   * ending is looked through: {@code page.html.gz} is HTML, decompressed on reading.
   */
  public static Optional<MediaType> mediaTypeOf(String fileName) {
    String name = withoutGzip(fileName.toLowerCase(Locale.ROOT));
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(MediaType.TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(MediaType.HTML);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(MediaType.ARTICLE_JSON);
    }
    return Optional.empty();
  }

  /**
   * Every item under the given inputs, in order. {@code inputs} are paths exactly as the user gave
   * them; each item's source is that path, or the path of a file found below it. Close the stream
   * to release an open JSONL file when not reading to the end.
   */
  public Stream<SourceItem> read(List<String> inputs) {
    Walk walk = new Walk(List.copyOf(inputs));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(walk::close);
  }

  /**
   * Reads standard input (named {@code -}): JSONL when its first character is '{', HTML when it is
   * '<', page text otherwise. JSONL is read line by line and may be of any size; a single page is
   * read only up to the document limit.
   */
  public Stream<SourceItem> readStandardInput(InputStream stdin) {
    BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
    int first;
    try {
      first = firstSignificantByte(in);
    } catch (IOException e) {
      return Stream.of(SourceItem.skip("-", "cannot read standard input: " + describe(e)));
    }
    if (first == '{') {
      JsonLines lines = new JsonLines("-", in, config.maxJsonlLineBytes());
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(lines::close);
    }
    MediaType type = first == '<' ? MediaType.HTML : MediaType.TEXT;
    try {
      Optional<byte[]> bytes = ByteLimits.readAtMost(in, config.maxDocumentBytes());
      if (bytes.isEmpty()) {
        return Stream.of(
            SourceItem.skip(
                "-",
                "standard input is over the "
                    + ByteLimits.human(config.maxDocumentBytes())
                    + " limit (raise it with --max-bytes)"));
      }
      return Stream.of(new SourceItem.Document(RawDocument.of("-", type, bytes.get())));
    } catch (IOException e) {
      return Stream.of(SourceItem.skip("-", "cannot read standard input: " + describe(e)));
    }
  }

  /** Peeks past a byte-order mark and white space; the stream is left where it was. */
  private static int firstSignificantByte(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b == -1) {
          return -1;
        }
        boolean byteOrderMark = b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF || b == 0;
        if (!byteOrderMark && !Character.isWhitespace(b)) {
          return b;
        }
      }
      return -1;
    } finally {
      in.reset();
    }
  }

  private static String withoutGzip(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static boolean isGzip(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Opens a file, decompressing a {@code .gz} one; the limits apply to the decompressed bytes. */
  private static InputStream open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return isGzip(path) ? new GZIPInputStream(in, 64 * 1024) : in;
    } catch (IOException notGzip) {
      in.close();
      throw notGzip;
    }
  }

  SourceItem readFile(String source, Path path, MediaType type) {
    try {
      long size = Files.size(path);
      if (size > config.maxDocumentBytes()) {
        return tooLarge(source, size);
      }
      try (InputStream in = open(path)) {
        Optional<byte[]> bytes = ByteLimits.readAtMost(in, config.maxDocumentBytes());
        if (bytes.isEmpty()) {
          // For a compressed file the limit is on the decompressed size: a gzip bomb stops here.
          return isGzip(path)
              ? SourceItem.skip(
                  source,
                  "decompresses to more than the "
                      + ByteLimits.human(config.maxDocumentBytes())
                      + " limit (raise it with --max-bytes)")
              : tooLarge(source, Files.size(path));
        }
        return new SourceItem.Document(
            new RawDocument(
                source,
                type,
                Optional.empty(),
                Bytes.copyOf(bytes.get()),
                Optional.of(Files.getLastModifiedTime(path).toInstant())));
      }
    } catch (IOException e) {
      return SourceItem.skip(source, "cannot read: " + describe(e));
    }
  }

  private SourceItem tooLarge(String source, long size) {
    return SourceItem.skip(
        source,
        "file is "
            + ByteLimits.human(size)
            + ", over the "
            + ByteLimits.human(config.maxDocumentBytes())
            + " limit (raise it with --max-bytes)");
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** The depth-first walk over all inputs, yielding one item at a time. */
  private final class Walk extends LookaheadIterator<SourceItem> {
    private final Iterator<String> inputs;
    /** Pending entries of the folders being walked: a stack of sorted listings. */
    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();

    private String folderRoot = "";
    private Path folderRootPath;
    private Iterator<SourceItem> lines = null;
    private JsonLines openLines = null;

    Walk(List<String> inputs) {
      this.inputs = inputs.iterator();
    }

    @Override
    protected SourceItem step() {
      if (lines != null) {
        if (lines.hasNext()) {
          return lines.next();
        }
        close();
      }
      if (!folders.isEmpty()) {
        Iterator<Path> top = folders.peek();
        if (!top.hasNext()) {
          folders.pop();
          return null;
        }
        return visitFolderEntry(top.next());
      }
      if (!inputs.hasNext()) {
        finish();
        return null;
      }
      return visitInput(inputs.next());
    }

    void close() {
      if (openLines != null) {
        openLines.close();
      }
      openLines = null;
      lines = null;
    }

    /** Returns an item to yield now, or null when the input only queued work (a folder, a JSONL). */
    private SourceItem visitInput(String input) {
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        return SourceItem.skip(input, "not a valid path: " + e.getReason());
      }
      if (Files.isDirectory(path)) {
        folderRoot = input;
        folderRootPath = path;
        return enterFolder(input, path);
      }
      if (!Files.exists(path)) {
        return SourceItem.skip(input, "no such file or folder");
      }
      Optional<MediaType> type = mediaTypeOf(path.getFileName().toString());
      if (type.isEmpty()) {
        return SourceItem.skip(
            input, "unsupported file type (StoryLens reads .txt, .html, .htm and .jsonl)");
      }
      return visitFile(input, path, type.get());
    }

    private SourceItem visitFolderEntry(Path path) {
      String source = sourceOf(path);
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        return enterFolder(source, path);
      }
      if (Files.isDirectory(path)) {
        return null; // a link to a folder: could loop, and its files are reachable by their own path
      }
      Optional<MediaType> type = mediaTypeOf(path.getFileName().toString());
      return type.map(t -> visitFile(source, path, t)).orElse(null);
    }

    private SourceItem visitFile(String source, Path path, MediaType type) {
      if (type != MediaType.ARTICLE_JSON) {
        return readFile(source, path, type);
      }
      try {
        openLines =
            new JsonLines(
                source, new BufferedInputStream(open(path)), config.maxJsonlLineBytes());
        lines = openLines;
        return null;
      } catch (IOException e) {
        return SourceItem.skip(source, "cannot read: " + describe(e));
      }
    }

    private SourceItem enterFolder(String source, Path folder) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
        for (Path entry : listing) {
          if (!entry.getFileName().toString().startsWith(".")) {
            entries.add(entry);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        return SourceItem.skip(source, "cannot list folder: " + e.getMessage());
      }
      entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      folders.push(entries.iterator());
      return null;
    }

    /** The path as the user would write it: the folder they gave, then the path below it. */
    private String sourceOf(Path path) {
      Path relative = folderRootPath.relativize(path);
      String separator = folderRoot.endsWith("/") ? "" : "/";
      return folderRoot + separator + relative.toString().replace('\\', '/');
    }
  }

  /** One article a line; blank lines are passed over, an oversized line is skipped alone. */
  private static final class JsonLines extends LookaheadIterator<SourceItem> {
    private final String source;
    private final InputStream in;
    private final int maxLineBytes;
    private int lineNumber = 0;

    JsonLines(String source, InputStream in, int maxLineBytes) {
      this.source = source;
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    @Override
    protected SourceItem step() {
      return readLine();
    }

    /** Reads one line; returns null for a blank line or at the end. */
    private SourceItem readLine() {
      byte[] buffer = new byte[Math.min(8192, maxLineBytes)];
      int length = 0;
      boolean overflow = false;
      try {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (length == buffer.length && !overflow) {
            if (buffer.length >= maxLineBytes) {
              overflow = true;
            } else {
              buffer = java.util.Arrays.copyOf(buffer, Math.min(maxLineBytes, buffer.length * 2));
            }
          }
          if (!overflow) {
            buffer[length++] = (byte) b;
          }
        }
        if (b == -1) {
          finish();
          close();
          if (length == 0 && !overflow) {
            return null;
          }
        }
      } catch (IOException e) {
        finish();
        close();
        return SourceItem.skip(source, "cannot read after line " + lineNumber + ": " + describe(e));
      }
      lineNumber++;
      String lineSource = source + ":" + lineNumber;
      if (overflow) {
        return SourceItem.skip(
            lineSource, "line is over the " + ByteLimits.human(maxLineBytes) + " line limit");
      }
      if (isBlank(buffer, length)) {
        return null;
      }
      return new SourceItem.Document(
          new RawDocument(
              lineSource,
              MediaType.ARTICLE_JSON,
              Optional.of("UTF-8"),
              Bytes.copyOf(buffer, length),
              Optional.empty()));
    }

    private static boolean isBlank(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        if (!Character.isWhitespace(buffer[i])) {
          return false;
        }
      }
      return true;
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // nothing left to read from it; the items already read stand
      }
    }
  }
}
