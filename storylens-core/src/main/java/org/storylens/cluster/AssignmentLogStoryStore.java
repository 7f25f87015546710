package org.storylens.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
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
 * has no newline) and drop. The cost is replay time on open, which grows with the stream:
 * snapshots of the active state are the next step.
 */
public final class AssignmentLogStoryStore extends StateBackedStoryStore {

  static final String LOG_FILE = "assignments.log";

  private final ObjectMapper json = new ObjectMapper();
  private final FileChannel log;

  private AssignmentLogStoryStore(StreamState state, FileChannel log) {
    super(state);
    this.log = log;
  }

  /** Opens (or creates) the store in a directory and replays its log. */
  public static AssignmentLogStoryStore open(Path directory, StoryWindow window, int centroidTerms)
      throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(LOG_FILE);
    StreamState state = new StreamState(window, centroidTerms);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      AssignmentLogStoryStore store = new AssignmentLogStoryStore(state, channel);
      long validEnd = store.replay(file);
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

  private long replay(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long validEnd = 0;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
      state.apply(decode(line, file));
      lineStart = i + 1;
      validEnd = lineStart;
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
    return state.apply(step);
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

  @Override
  public void close() throws IOException {
    log.close();
  }
}
