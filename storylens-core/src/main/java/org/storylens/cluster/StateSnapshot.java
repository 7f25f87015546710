package org.storylens.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of a {@link StreamState} and the length of the log it covers, so that opening an
 * {@link AssignmentLogStoryStore} replays only the log's tail. The log stays the one source of
 * truth: a snapshot is written to a temporary file, forced, then renamed over the old one
 * (atomic), and only ever covers log lines already forced; one that is missing, unreadable,
 * written for another window or longer than the log is ignored and the whole log replayed.
 *
 * <p>Why a hand-written binary format and not Java serialization? The summaries hold {@code
 * Optional}s, which do not serialise, and a format of our own reads back without trusting class
 * metadata from a file.
 */
final class StateSnapshot {

  static final String FILE = "state.snapshot";
  /** 2: story summaries carry their entity weights. */
  private static final int FORMAT = 2;

  /** A snapshot read back: the state, and the log offset from which to replay. */
  record Loaded(StreamState state, long logOffset) {}

  private StateSnapshot() {}

  /** Writes the state as covering the log up to {@code logOffset}, atomically. */
  static void write(Path directory, StreamState state, long logOffset) throws IOException {
    Path temporary = directory.resolve(FILE + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      OutputStream raw = Channels.newOutputStream(channel);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      out.writeInt(FORMAT);
      out.writeLong(logOffset);
      state.write(out);
      out.flush();
      channel.force(true);
    }
    Files.move(
        temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The snapshot in a directory, when there is a usable one for this window. */
  static Optional<Loaded> read(Path directory, StoryWindow window, int centroidTerms, long logLength) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      long logOffset = in.readLong();
      if (logOffset > logLength) {
        return Optional.empty();
      }
      StreamState state = StreamState.read(in);
      if (!state.window().equals(window) || state.centroidTerms() != centroidTerms) {
        return Optional.empty();
      }
      return Optional.of(new Loaded(state, logOffset));
    } catch (IOException | RuntimeException e) {
      // A torn or foreign snapshot only costs a full replay.
      return Optional.empty();
    }
  }

  static void writeSummary(DataOutput out, StorySummary story) throws IOException {
    out.writeUTF(story.storyId());
    out.writeInt(story.size());
    writeDoubles(out, story.terms());
    out.writeDouble(story.termsNorm());
    out.writeInt(story.recentMembers().size());
    for (Map<String, Double> member : story.recentMembers()) {
      writeDoubles(out, member);
    }
    writeCounts(out, story.titleTerms());
    writeCounts(out, story.entities());
    writeCounts(out, story.salient());
    writeCounts(out, story.titleKeys());
    StorySummary.EntityWeights weights = story.entityWeights();
    out.writeLong(weights.documents());
    for (double sum :
        new double[] {
          weights.squares(), weights.cross(), weights.counts(), weights.salient(),
          weights.salientCounts(), weights.titleKeys(), weights.titleKeyCounts()
        }) {
      out.writeDouble(sum);
    }
    out.writeInt(story.years().size());
    for (Map.Entry<Integer, Integer> year : story.years().entrySet()) {
      out.writeInt(year.getKey());
      out.writeInt(year.getValue());
    }
    writeCounts(out, story.quantities());
    out.writeLong(story.lastSequence());
    out.writeBoolean(story.latestDate().isPresent());
    if (story.latestDate().isPresent()) {
      out.writeLong(story.latestDate().get().toEpochDay());
    }
    out.writeInt(story.firstArticleByOutlet().size());
    for (Map.Entry<String, String> outlet : story.firstArticleByOutlet().entrySet()) {
      out.writeUTF(outlet.getKey());
      out.writeUTF(outlet.getValue());
    }
  }

  static StorySummary readSummary(DataInput in) throws IOException {
    String storyId = in.readUTF();
    int size = in.readInt();
    Map<String, Double> terms = readDoubles(in);
    double termsNorm = in.readDouble();
    int recentCount = in.readInt();
    List<Map<String, Double>> recent = new ArrayList<>(recentCount);
    for (int i = 0; i < recentCount; i++) {
      recent.add(readDoubles(in));
    }
    Map<String, Integer> titleTerms = readCounts(in);
    Map<String, Integer> entities = readCounts(in);
    Map<String, Integer> salient = readCounts(in);
    Map<String, Integer> titleKeys = readCounts(in);
    StorySummary.EntityWeights entityWeights =
        new StorySummary.EntityWeights(
            in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
            in.readDouble(), in.readDouble(), in.readDouble());
    int yearCount = in.readInt();
    Map<Integer, Integer> years = new LinkedHashMap<>();
    for (int i = 0; i < yearCount; i++) {
      years.put(in.readInt(), in.readInt());
    }
    Map<String, Integer> quantities = readCounts(in);
    long lastSequence = in.readLong();
    Optional<LocalDate> latestDate =
        in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    int outletCount = in.readInt();
    Map<String, String> outlets = new LinkedHashMap<>();
    for (int i = 0; i < outletCount; i++) {
      outlets.put(in.readUTF(), in.readUTF());
    }
    return new StorySummary(
        storyId, size, terms, termsNorm, recent, titleTerms, entities, salient, titleKeys,
        entityWeights, years,
        quantities, lastSequence, latestDate, outlets);
  }

  private static void writeDoubles(DataOutput out, Map<String, Double> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, Double> entry : map.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeDouble(entry.getValue());
    }
  }

  private static Map<String, Double> readDoubles(DataInput in) throws IOException {
    int size = in.readInt();
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(in.readUTF(), in.readDouble());
    }
    return map;
  }

  private static void writeCounts(DataOutput out, Map<String, Integer> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, Integer> entry : map.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeInt(entry.getValue());
    }
  }

  private static Map<String, Integer> readCounts(DataInput in) throws IOException {
    int size = in.readInt();
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(in.readUTF(), in.readInt());
    }
    return map;
  }
}
