package org.storylens.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An embedded on-disk {@link StoryStore}: an append-only log of {@link ClusterStep}s, one JSON
 * line each, written and forced to disk before {@link #record} returns. Opening a directory
 * replays its log through the same {@link StreamState} the in-memory store uses, so a stream
 * killed at any moment (even {@code kill -9}) resumes with every step it had recorded.
 *
 * <p>Why a log and not a Lucene index or a database? A step is small and written once; a log is
 * the cheapest write that can be forced to disk, and a torn last line is easy to recognise (it
 * has no newline) and drop.
 *
 * <p>Replay is streamed (a line at a time, whatever the log's size) and starts from the latest
 * {@link StateSnapshot}, written every {@link #SNAPSHOT_EVERY} steps and on close, so a restart
 * replays at most that many steps. The snapshot covers only forced lines and is renamed into
 * place atomically; a missing or unusable one means a full replay, never a different state.
 */
public final class AssignmentLogStoryStore extends StateBackedStoryStore {

  static final String LOG_FILE = "assignments.log";

  /** Steps between snapshots: a restart replays at most this many. */
  static final int SNAPSHOT_EVERY = 50_000;

  private final ObjectMapper json = new ObjectMapper();
  private final Path directory;
  private final FileChannel log;
  private final int snapshotEvery;
  private long sinceSnapshot;

  private AssignmentLogStoryStore(
      Path directory, StreamState state, FileChannel log, int snapshotEvery) {
    super(state);
    this.directory = directory;
    this.log = log;
    this.snapshotEvery = snapshotEvery;
  }

  /** Opens (or creates) the store in a directory and replays its log. */
  public static AssignmentLogStoryStore open(Path directory, StoryWindow window, int centroidTerms)
      throws IOException {
    return open(directory, window, centroidTerms, SNAPSHOT_EVERY);
  }

  /** With snapshots every {@code snapshotEvery} steps (tests use small numbers). */
  static AssignmentLogStoryStore open(
      Path directory, StoryWindow window, int centroidTerms, int snapshotEvery)
      throws IOException {
    if (snapshotEvery < 1) {
      throw new IllegalArgumentException("snapshotEvery must be positive: " + snapshotEvery);
    }
    Files.createDirectories(directory);
    Path file = directory.resolve(LOG_FILE);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      Optional<StateSnapshot.Loaded> snapshot =
          StateSnapshot.read(directory, window, centroidTerms, channel.size());
      StreamState state =
          snapshot.map(StateSnapshot.Loaded::state).orElseGet(() -> new StreamState(window, centroidTerms));
      long from = snapshot.map(StateSnapshot.Loaded::logOffset).orElse(0L);
      AssignmentLogStoryStore store =
          new AssignmentLogStoryStore(directory, state, channel, snapshotEvery);
      long validEnd = store.replay(file, from);
      // A crash mid-write leaves a torn last line; cut it so the next append starts clean.
      channel.truncate(validEnd);
      channel.position(validEnd);
      return store;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  public static AssignmentLogStoryStore open(Path directory, ClusteringConfig config)
      throws IOException {
    return open(directory, StoryWindow.of(config), config.centroidTerms());
  }

  /** Applies every complete line from {@code from} on; returns where the last one ends. */
  private long replay(Path file, long from) throws IOException {
    long validEnd = from;
    long position = from;
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
      reader.position(from);
      InputStream in = new BufferedInputStream(Channels.newInputStream(reader), 1 << 16);
      int b;
      while ((b = in.read()) >= 0) {
        position++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        state.apply(decode(line.toString(StandardCharsets.UTF_8), file));
        line.reset();
        sinceSnapshot++;
        validEnd = position;
      }
    }
    return validEnd;
  }

  @Override
  public List<String> record(ClusterStep step) throws IOException {
    state.check(step);
    byte[] line = (encode(step) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(line);
    while (buffer.hasRemaining()) {
      log.write(buffer);
    }
    log.force(false);
    List<String> evicted = state.apply(step);
    if (++sinceSnapshot >= snapshotEvery) {
      snapshot();
    }
    return evicted;
  }

  /** Writes a snapshot of the state as covering every line written so far (all forced). */
  private void snapshot() throws IOException {
    StateSnapshot.write(directory, state, log.position());
    sinceSnapshot = 0;
  }

  private String encode(ClusterStep step) throws JsonProcessingException {
    ArticleFeatures features = step.features();
    ObjectNode node = json.createObjectNode();
    node.put("sequence", step.sequence());
    node.put("story", step.storyId());
    node.put("article", features.articleId());
    ObjectNode terms = node.putObject("terms");
    features.terms().forEach(terms::put);
    features.titleTerms().forEach(node.putArray("titleTerms")::add);
    features.entityKeys().forEach(node.putArray("entities")::add);
    ObjectNode salience = node.putObject("salience");
    features.salience().forEach(salience::put);
    features.titleKeys().forEach(node.putArray("titleKeys")::add);
    features.years().forEach(node.putArray("years")::add);
    features.quantities().forEach(node.putArray("quantities")::add);
    features.date().ifPresent(date -> node.put("date", date.toString()));
    features.outlet().ifPresent(outlet -> node.put("outlet", outlet));
    features.basedOn().ifPresent(basedOn -> node.put("basedOn", basedOn));
    return json.writeValueAsString(node);
  }

  private ClusterStep decode(String line, Path file) throws IOException {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": a complete log line is not JSON: " + e.getOriginalMessage());
    }
    Map<String, Integer> terms = new LinkedHashMap<>();
    node.get("terms").fields().forEachRemaining(e -> terms.put(e.getKey(), e.getValue().asInt()));
    Set<Integer> years = new LinkedHashSet<>();
    node.get("years").forEach(year -> years.add(year.asInt()));
    ArticleFeatures features =
        new ArticleFeatures(
            node.get("article").asText(),
            terms,
            texts(node.get("titleTerms")),
            texts(node.get("entities")),
            counts(node.get("salience")),
            texts(node.get("titleKeys")),
            years,
            texts(node.get("quantities")),
            optional(node, "date").map(LocalDate::parse),
            optional(node, "outlet"),
            optional(node, "basedOn"));
    return new ClusterStep(node.get("sequence").asLong(), node.get("story").asText(), features);
  }

  private static Map<String, Integer> counts(JsonNode object) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
    return counts;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new LinkedHashSet<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** Snapshots what the last snapshot lacks, so the next open replays nothing, then closes. */
  @Override
  public void close() throws IOException {
    try {
      if (sinceSnapshot > 0 && log.isOpen()) {
        snapshot();
      }
    } finally {
      log.close();
    }
  }
}
