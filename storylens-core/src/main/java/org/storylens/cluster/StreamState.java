package org.storylens.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The in-memory state both stores share; applying a step here is the one definition of it.
 *
 * <p>What it holds is bounded by the active window, not by the stream's length, but for two
 * things: the packed {@link RetiredAssignments} (about 50 bytes per article older than the
 * window, so that {@link #storyOf} answers for every recorded article) and the document
 * frequencies, whose keys are capped ({@link BoundedCounts}: {@link #TERM_CAPACITY} terms and
 * {@link #ENTITY_CAPACITY} entity keys, the rarest forgotten first).
 */
final class StreamState {

  /** Distinct terms whose document frequency is kept: some 100 MB at the cap. */
  static final int TERM_CAPACITY = 500_000;

  /** Distinct entity keys whose frequency is kept. */
  static final int ENTITY_CAPACITY = 200_000;

  /** A member of an active story: which story, and its position in the stream. */
  private record Member(String storyId, long sequence) {}

  private final StoryWindow window;
  private final int centroidTerms;
  /**
   * The assignments of the last {@link StoryWindow#articles()} articles, the rest packed in
   * {@link #retired}. Why by age and not by story? A story that never goes quiet would keep
   * every member in the map; by age the map is bounded by the window whatever the stories do.
   */
  private final Map<String, Member> assignments = new HashMap<>();
  /** The ids of {@link #assignments}, oldest first. */
  private final ArrayDeque<String> recent = new ArrayDeque<>();
  private final RetiredAssignments retired;
  /** Insertion order is last-joined order: a story is re-inserted when it gains a member. */
  private final LinkedHashMap<String, StorySummary> active = new LinkedHashMap<>();
  private final BoundedCounts termFrequencies;
  private final BoundedCounts entityFrequencies;
  private long articles;
  private Optional<LocalDate> latestDate = Optional.empty();

  StreamState(StoryWindow window, int centroidTerms) {
    this(window, centroidTerms, TERM_CAPACITY, ENTITY_CAPACITY);
  }

  StreamState(StoryWindow window, int centroidTerms, int termCapacity, int entityCapacity) {
    this(
        window, centroidTerms, new BoundedCounts(termCapacity), new BoundedCounts(entityCapacity),
        new RetiredAssignments());
  }

  private StreamState(
      StoryWindow window,
      int centroidTerms,
      BoundedCounts termFrequencies,
      BoundedCounts entityFrequencies,
      RetiredAssignments retired) {
    this.window = Objects.requireNonNull(window, "window");
    this.centroidTerms = centroidTerms;
    this.termFrequencies = termFrequencies;
    this.entityFrequencies = entityFrequencies;
    this.retired = retired;
  }

  Optional<String> storyOf(String articleId) {
    Member member = assignments.get(articleId);
    return member != null ? Optional.of(member.storyId()) : retired.storyOf(articleId);
  }

  StoryWindow window() {
    return window;
  }

  int centroidTerms() {
    return centroidTerms;
  }

  /**
   * Writes the whole state for a {@link StateSnapshot}. The members of each active story are
   * derived again on reading, from the assignments in sequence order.
   */
  void write(DataOutput out) throws IOException {
    out.writeInt(window.articles());
    out.writeInt(window.days());
    out.writeInt(centroidTerms);
    out.writeLong(articles);
    out.writeBoolean(latestDate.isPresent());
    if (latestDate.isPresent()) {
      out.writeLong(latestDate.get().toEpochDay());
    }
    out.writeInt(active.size());
    for (StorySummary story : active.values()) {
      StateSnapshot.writeSummary(out, story);
    }
    out.writeInt(assignments.size());
    for (Map.Entry<String, Member> entry : assignments.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeUTF(entry.getValue().storyId());
      out.writeLong(entry.getValue().sequence());
    }
    retired.write(out);
    termFrequencies.write(out);
    entityFrequencies.write(out);
  }

  /** A state as {@link #write} wrote it. */
  static StreamState read(DataInput in) throws IOException {
    StoryWindow window = new StoryWindow(in.readInt(), in.readInt());
    int centroidTerms = in.readInt();
    long articles = in.readLong();
    Optional<LocalDate> latestDate =
        in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    List<StorySummary> stories = new ArrayList<>();
    int activeCount = in.readInt();
    for (int i = 0; i < activeCount; i++) {
      stories.add(StateSnapshot.readSummary(in));
    }
    int assignmentCount = in.readInt();
    List<Map.Entry<String, Member>> members = new ArrayList<>(assignmentCount);
    for (int i = 0; i < assignmentCount; i++) {
      String article = in.readUTF();
      members.add(Map.entry(article, new Member(in.readUTF(), in.readLong())));
    }
    RetiredAssignments retired = RetiredAssignments.read(in);
    BoundedCounts terms = BoundedCounts.read(in);
    BoundedCounts entities = BoundedCounts.read(in);
    StreamState state = new StreamState(window, centroidTerms, terms, entities, retired);
    state.articles = articles;
    state.latestDate = latestDate;
    stories.forEach(story -> state.active.put(story.storyId(), story));
    members.sort(Comparator.comparingLong(entry -> entry.getValue().sequence()));
    for (Map.Entry<String, Member> entry : members) {
      state.assignments.put(entry.getKey(), entry.getValue());
      state.recent.addLast(entry.getKey());
    }
    return state;
  }

  /** How many recorded articles belong to active stories (the rest are packed). */
  int activeAssignments() {
    return assignments.size();
  }

  /** How many distinct terms have a document frequency kept. */
  int keptTerms() {
    return termFrequencies.size();
  }

  Optional<StorySummary> story(String storyId) {
    return Optional.ofNullable(active.get(storyId));
  }

  Collection<StorySummary> activeStories() {
    return Collections.unmodifiableCollection(new ArrayList<>(active.values()));
  }

  int documentFrequency(String term) {
    return termFrequencies.get(term);
  }

  int entityFrequency(String key) {
    return entityFrequencies.get(key);
  }

  long articleCount() {
    return articles;
  }

  /**
   * Every assignment in recording order. The packed ones are in the order their stories retired,
   * so they are sorted here first: a rare call (resuming an output file), worth its sort.
   */
  void forEachAssignment(BiConsumer<String, String> action) {
    List<RetiredAssignments.Record> all = new ArrayList<>(retired.size() + assignments.size());
    retired.forEach(all::add);
    int retiredCount = all.size();
    List<String> storyIds = new ArrayList<>();
    assignments.forEach(
        (article, member) -> {
          all.add(new RetiredAssignments.Record(member.sequence(), article, storyIds.size()));
          storyIds.add(member.storyId());
        });
    List<Integer> order = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong(i -> all.get(i).sequence()));
    for (int i : order) {
      RetiredAssignments.Record record = all.get(i);
      String story =
          i < retiredCount ? retired.storyId(record.story()) : storyIds.get(record.story());
      action.accept(record.articleId(), story);
    }
  }

  /** Checks a step can be applied, without changing anything. */
  void check(ClusterStep step) {
    if (step.sequence() != articles) {
      throw new IllegalArgumentException(
          "step " + step.sequence() + " out of order: expected " + articles);
    }
    if (storyOf(step.features().articleId()).isPresent()) {
      throw new IllegalArgumentException(
          "article " + step.features().articleId() + " was already recorded");
    }
  }

  /** The IDF {@link StoryScorer} uses, over the articles recorded so far and this one. */
  private double termIdf(String term) {
    return StoryScorer.idf(articles + 1, documentFrequency(term));
  }

  /** The entity IDF {@link StoryScorer} uses, over the articles recorded so far and this one. */
  private double entityIdf(String key) {
    return StoryScorer.idf(articles + 1, entityFrequency(key));
  }

  List<String> apply(ClusterStep step) {
    check(step);
    ArticleFeatures features = step.features();
    features.terms().keySet().forEach(termFrequencies::increment);
    features.entityKeys().forEach(entityFrequencies::increment);
    StorySummary previous = active.remove(step.storyId());
    StorySummary updated =
        previous == null
            ? StorySummary.founded(
                step.storyId(), features, step.sequence(), centroidTerms, this::termIdf,
                articles + 1, this::entityIdf)
            : previous.plus(
                features, step.sequence(), centroidTerms, this::termIdf, articles + 1,
                this::entityIdf);
    active.put(step.storyId(), updated);
    assignments.put(features.articleId(), new Member(step.storyId(), step.sequence()));
    recent.addLast(features.articleId());
    articles++;
    if (features.date().isPresent()
        && (latestDate.isEmpty() || features.date().get().isAfter(latestDate.get()))) {
      latestDate = features.date();
    }
    packOlderThanWindow();
    return evictExpired();
  }

  /** Moves the assignments older than the window's article count to the packed record. */
  private void packOlderThanWindow() {
    while (!recent.isEmpty()) {
      Member oldest = assignments.get(recent.peekFirst());
      if (articles - oldest.sequence() <= window.articles()) {
        return;
      }
      String articleId = recent.pollFirst();
      assignments.remove(articleId);
      retired.retire(oldest.storyId(), articleId, oldest.sequence());
    }
  }

  /**
   * Drops stories from the least recently joined end while they are out of the window. Why stop at
   * the first one still inside? Stories are ordered by their last member, so past it every story
   * is at least as recent by position; by date that holds as long as the stream is roughly in time
   * order, which is what an online stream is.
   */
  private List<String> evictExpired() {
    List<String> evicted = new ArrayList<>();
    Iterator<StorySummary> oldestFirst = active.values().iterator();
    while (oldestFirst.hasNext()) {
      StorySummary story = oldestFirst.next();
      if (!expired(story)) {
        break;
      }
      oldestFirst.remove();
      evicted.add(story.storyId());
    }
    return evicted;
  }

  private boolean expired(StorySummary story) {
    if (articles - 1 - story.lastSequence() >= window.articles()) {
      return true;
    }
    return latestDate.isPresent()
        && story.latestDate().isPresent()
        && ChronoUnit.DAYS.between(story.latestDate().get(), latestDate.get()) > window.days();
  }
}
