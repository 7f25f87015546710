package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storylens.StoryPipeline;
import org.storylens.extract.ExtractionConfig;
import org.storylens.ingest.IngestConfig;
import org.storylens.model.MediaType;

class StoryLibraryTest {

  private static final StoryPipeline PIPELINE =
      StoryPipeline.standard(IngestConfig.defaults(), ExtractionConfig.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String DAM =
      "The Varna reservoir dam in the Olsk valley gave way early on Monday after three days of heavy"
          + " rain, flooding the villages of Brest and Kolin downstream. Regional governor Mila Doran said"
          + " at least 12 people had died and 300 homes were under water. Rescue teams in boats were"
          + " taking residents from rooftops, and the army sent two helicopters. The dam, built in 1961,"
          + " had been listed for repairs last year, according to the water agency. Engineers were"
          + " checking a second dam upstream at Selo, which the agency said was holding.";

  static final String DAM_OTHER_WORDS =
      "Floodwater from the collapsed Varna dam swept through Brest and Kolin in the Olsk valley on"
          + " Monday. Governor Mila Doran put the death toll at 12 and said about 300 houses were"
          + " flooded. Soldiers and rescuers used boats and helicopters to reach people stranded on"
          + " roofs. The water agency said the 1961 dam had been due for repairs, and that the Selo dam"
          + " upstream was being inspected and was holding for now.";

  static final String CHESS =
      "Grandmaster Tomas Ilves won the Halden open chess tournament on Sunday with a final-round"
          + " victory over Anja Berg, finishing a full point ahead of the field of 140 players. Ilves,"
          + " 19, said he had prepared the opening for weeks. The organisers said next year's event"
          + " would move to the larger Halden concert hall because of the record entry.";

  @TempDir Path folder;

  /** A structured article, as a feed item or an upload gives it; its source is its address. */
  private record Document(String source, byte[] bytes) {}

  private static Document article(String outlet, String url, String title, String date, String text) {
    var body = JSON.createObjectNode();
    body.put("outlet", outlet).put("url", url).put("title", title).put("date", date).put("text", text);
    return new Document(url, body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static StoryLibrary.Ack add(StoryLibrary library, Document document) throws Exception {
    List<String> rejected = new ArrayList<>();
    Optional<StoryLibrary.Ack> ack =
        library.add(document.source(), MediaType.ARTICLE_JSON, document.bytes(), rejected);
    assertThat(rejected).isEmpty();
    return ack.orElseThrow();
  }

  @Test
  void theSameArticleIsStoredOnceButAnotherOutletsCopyIsKept() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(folder, PIPELINE)) {
      StoryLibrary.Ack first =
          add(library, article("Valley Herald", "https://herald.example/news/dam-breaks", "Dam breaks in Olsk valley", "2025-05-12", DAM));
      assertThat(first.duplicate()).isFalse();

      // the same address, with a tracking parameter, a fragment and another title
      StoryLibrary.Ack sameAddress =
          add(library, article("Valley Herald", "https://HERALD.example/news/dam-breaks/?utm_source=feed#top", "Dam bursts", "2025-05-12", DAM_OTHER_WORDS));
      assertThat(sameAddress.duplicate()).isTrue();
      assertThat(sameAddress.article()).isEqualTo(first.article());

      // the outlet's text again with one word corrected, at another address
      StoryLibrary.Ack corrected =
          add(library, article("Valley Herald", "https://herald.example/news/dam-breaks-update", "Dam breaks in Olsk valley", "2025-05-12", DAM.replace("at least 12", "at least 13")));
      assertThat(corrected.duplicate()).isTrue();
      assertThat(corrected.article()).isEqualTo(first.article());

      // another outlet printing the same text is a copy: an article of its own, in the same story
      StoryLibrary.Ack copy =
          add(library, article("Olsk Radio", "https://radio.example/dam", "Dam breaks in Olsk valley", "2025-05-12", DAM));
      assertThat(copy.duplicate()).isFalse();
      assertThat(copy.story()).isEqualTo(first.story());

      assertThat(library.size()).containsExactly(2, 1);
      assertThat(library.hasSource("https://herald.example/news/dam-breaks?utm_medium=rss")).isTrue();
      assertThat(library.hasSource("https://herald.example/news/other")).isFalse();
    }
    try (StoryLibrary reopened = StoryLibrary.open(folder, PIPELINE)) {
      assertThat(reopened.size()).as("the same after a restart").containsExactly(2, 1);
    }
  }

  @Test
  void listsArePagedInOrderAndFiltersSearchTheStories() throws Exception {
    try (StoryLibrary library = StoryLibrary.open(folder, PIPELINE)) {
      StoryLibrary.Ack dam =
          add(library, article("Valley Herald", "https://herald.example/dam", "Dam breaks in Olsk valley", "2025-05-12", DAM));
      StoryLibrary.Ack damAgain =
          add(library, article("Olsk Radio", "https://radio.example/dam", "Twelve dead as Varna dam collapses", "2025-05-12", DAM));
      assertThat(damAgain.story()).as("a copy joins its original's story").isEqualTo(dam.story());
      StoryLibrary.Ack chess =
          add(library, article("Halden Courier", "https://courier.example/chess", "Ilves wins Halden open", "2025-06-01", CHESS));
      assertThat(chess.story()).isNotEqualTo(dam.story());

      StoryLibrary.Filter none = StoryLibrary.Filter.none();
      assertThat(library.stories(false, none, 0, 10).stories())
          .extracting(StoryLibrary.Summary::id).as("newest change first").containsExactly(chess.story(), dam.story());
      StoryLibrary.Page second = library.stories(false, none, 1, 1);
      assertThat(second.total()).isEqualTo(2);
      assertThat(second.stories()).extracting(StoryLibrary.Summary::id).containsExactly(dam.story());
      assertThat(library.stories(true, none, 0, 10).stories())
          .extracting(StoryLibrary.Summary::id).as("most outlets first").containsExactly(dam.story(), chess.story());
      assertThat(library.changedSince(1, 10)).extracting(StoryLibrary.Summary::id).containsExactly(chess.story(), dam.story());
      assertThat(library.changedSince(2, 10)).extracting(StoryLibrary.Summary::id).containsExactly(chess.story());
      assertThat(library.changedSince(library.sequence(), 10)).isEmpty();

      library.awaitSearchable();
      assertThat(ids(library, words("dam"))).containsExactly(dam.story());
      assertThat(ids(library, words("\"Halden open\""))).containsExactly(chess.story());
      assertThat(ids(library, words("helicopters -Selo"))).isEmpty();
      assertThat(ids(library, words("Varna | Ilves"))).containsExactlyInAnyOrder(dam.story(), chess.story());
      assertThat(ids(library, words("the"))).as("stop words alone find nothing").isEmpty();
      assertThat(ids(library, new StoryLibrary.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("olsk RADIO"), List.of())))
          .containsExactly(dam.story());
      assertThat(ids(library, new StoryLibrary.Filter(Optional.of(java.time.LocalDate.of(2025, 5, 20)), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
          .containsExactly(chess.story());
      assertThat(ids(library, new StoryLibrary.Filter(Optional.empty(), Optional.empty(), Optional.of("mila doran"), Optional.empty(), List.of())))
          .containsExactly(dam.story());
    }
  }

  private static StoryLibrary.Filter words(String query) {
    return new StoryLibrary.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(query));
  }

  private static List<String> ids(StoryLibrary library, StoryLibrary.Filter filter) {
    return library.stories(false, filter, 0, 100).stories().stream().map(StoryLibrary.Summary::id).toList();
  }

  @Test
  void readersListAndReadWhileWritersAddAndNothingAcknowledgedIsLost() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try (StoryLibrary library = StoryLibrary.open(folder, PIPELINE)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        int writer = w;
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 8; i++) {
            String text = (i % 2 == 0 ? DAM : CHESS) + " Correspondent " + writer + "-" + i + " reporting.";
            acknowledged.add(add(library, article("Outlet " + writer + "-" + i, "https://o" + writer + ".example/" + i, "Report " + i, "2025-05-12", text)).article());
          }
          return null;
        }));
      }
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(threads.submit(() -> {
          int reads = 0;
          while (writing.get()) {
            StoryLibrary.Page page = library.stories(r0(reads), StoryLibrary.Filter.none(), 0, 20);
            assertThat(page.stories()).extracting(StoryLibrary.Summary::id).doesNotHaveDuplicates();
            for (StoryLibrary.Summary story : page.stories()) {
              assertThat(library.story(story.id())).isPresent();
            }
            reads++;
          }
          return reads;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
      }
      assertThat(acknowledged).hasSize(24).doesNotHaveDuplicates();
      for (String id : acknowledged) {
        assertThat(library.article(id)).isPresent();
        assertThat(library.storyOf(id)).isPresent();
      }
      long listed = library.stories(false, StoryLibrary.Filter.none(), 0, 100).stories().stream().mapToLong(StoryLibrary.Summary::articles).sum();
      assertThat(listed).as("every article in exactly one listed story").isEqualTo(24);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void uploadsHandedOnAndTheLibraryClosedAtOnceAreAllDecidedAndDurable() throws Exception {
    // one thread hands on uploads without waiting for their decisions, then the library is
    // closed while most are still queued for the decisions thread or for the log's force:
    // closing lets them finish, every one is acknowledged, and all are there after a restart
    List<java.util.concurrent.CompletableFuture<Optional<StoryLibrary.Ack>>> handedOn = new ArrayList<>();
    StoryLibrary library = StoryLibrary.open(folder, PIPELINE);
    try {
      for (int i = 0; i < 30; i++) {
        String text = (i % 2 == 0 ? DAM : CHESS) + " Correspondent " + i + " reporting from the scene.";
        Document document = article("Outlet " + i, "https://o" + i + ".example/report", "Report " + i, "2025-05-12", text);
        List<String> rejected = new ArrayList<>();
        handedOn.add(library.addAsync(document.source(), MediaType.ARTICLE_JSON, document.bytes(), rejected));
        assertThat(rejected).isEmpty();
      }
    } finally {
      library.close();
    }
    List<String> acknowledged = new ArrayList<>();
    for (var upload : handedOn) {
      StoryLibrary.Ack ack = upload.get(60, TimeUnit.SECONDS).orElseThrow();
      assertThat(ack.duplicate()).isFalse();
      acknowledged.add(ack.article());
    }
    assertThat(acknowledged).hasSize(30).doesNotHaveDuplicates();
    try (StoryLibrary reopened = StoryLibrary.open(folder, PIPELINE)) {
      for (String id : acknowledged) {
        assertThat(reopened.article(id)).as(id).isPresent();
      }
      assertThat(reopened.size()[0]).isEqualTo(30);
    }
  }

  @Test
  void theKeptHeadOfEachOrderIsTheOrderItselfAsStoriesGrowPastIt() throws Exception {
    // a head of 2 over the samples' stories: new stories falling below it, stories climbing into
    // it and within it, and the head refilled from the order when a story moves past its end
    java.nio.file.Path samples = ServerFixtures.samples();
    List<java.nio.file.Path> files;
    try (var listed = java.nio.file.Files.list(samples)) {
      files = listed.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
    }
    // interleaved, so that stories alternate in growing
    List<java.nio.file.Path> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(files.get(i % 2 == 0 ? i / 2 : files.size() - 1 - i / 2));
    }
    try (StoryLibrary library = StoryLibrary.open(folder, PIPELINE, 2)) {
      for (java.nio.file.Path file : order) {
        MediaType type = file.toString().endsWith(".html") ? MediaType.HTML : MediaType.TEXT;
        library.add(file.getFileName().toString(), type, java.nio.file.Files.readAllBytes(file), new ArrayList<>());
        for (boolean byCoverage : new boolean[] {false, true}) {
          List<String> walked =
              library.stories(byCoverage, StoryLibrary.Filter.none(), 0, 100).stories().stream()
                  .map(StoryLibrary.Summary::id).toList();
          for (int offset = 0; offset < 2; offset++) {
            List<String> kept =
                library.stories(byCoverage, StoryLibrary.Filter.none(), offset, 2 - offset).stories().stream()
                    .map(StoryLibrary.Summary::id).toList();
            assertThat(kept)
                .as("head of %s after %s", byCoverage ? "coverage" : "newest", file.getFileName())
                .isEqualTo(walked.subList(Math.min(offset, walked.size()), Math.min(2, walked.size())));
          }
        }
      }
      assertThat(library.size()[1]).as("enough stories to pass the head").isGreaterThan(2);
    }
  }

  private static boolean r0(int reads) {
    return reads % 2 == 0;
  }

  /**
   * A story's summary in the lists, grown article by article from the one before, is the summary
   * of all its articles: the first title (the first article's text while none has one), the
   * articles, the distinct outlets (the source for an article without one), the earliest and
   * latest publication dates. Random stories of up to 30 articles, compared at every step.
   */
  @Test
  void aStorysSummaryGrownArticleByArticleIsTheSummaryOfAllItsArticles() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int compared = 0;
    for (int story = 0; story < 300; story++) {
      List<org.storylens.model.Article> all = new ArrayList<>();
      StoryLibrary.Summary grown = null;
      boolean titled = false;
      java.util.Set<String> outlets = new java.util.HashSet<>();
      int size = 1 + random.nextInt(30);
      for (int i = 0; i < size; i++) {
        org.storylens.model.Article article = randomArticle(random, story + "-" + i);
        all.add(article);
        outlets.add(article.outlet().orElse("source:" + article.source()));
        grown = StoryLibrary.summary("s" + story, grown, titled, all.size(), outlets.size(), article, 100L + i);
        titled |= article.title().isPresent();
        assertThat(grown).as("story %d after %d articles", story, all.size()).isEqualTo(summaryOfAll("s" + story, all, 100L + i));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3_000);
  }

  private static org.storylens.model.Article randomArticle(java.util.SplittableRandom random, String id) {
    Optional<String> title = random.nextInt(3) == 0 ? Optional.empty() : Optional.of("Title " + id);
    Optional<String> outlet = random.nextInt(4) == 0 ? Optional.empty() : Optional.of("Outlet " + random.nextInt(6));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20));
    Optional<org.storylens.model.Published> published = switch (random.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(org.storylens.model.Published.stated(day));
      default -> Optional.of(org.storylens.model.Published.stated(day.atTime(random.nextInt(24), random.nextInt(60))));
    };
    String text = "Text of " + id + " " + "word ".repeat(random.nextInt(40));
    return new org.storylens.model.Article(
        id, "source-" + random.nextInt(8), title, outlet, Optional.empty(), published, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), text, List.of(), List.of());
  }

  /** The summary from every article, as the story list defined it before it was grown. */
  private static StoryLibrary.Summary summaryOfAll(String id, List<org.storylens.model.Article> list, long updated) {
    String title = list.stream().map(org.storylens.model.Article::title).flatMap(Optional::stream).findFirst()
        .orElse(list.get(0).text().substring(0, Math.min(120, list.get(0).text().length())));
    long outlets = list.stream().map(a -> a.outlet().orElse("source:" + a.source())).distinct().count();
    List<String> dates = list.stream().map(org.storylens.model.Article::published).flatMap(Optional::stream)
        .map(org.storylens.model.Published::iso).sorted().toList();
    return new StoryLibrary.Summary(
        id, title, list.size(), (int) outlets,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)),
        updated);
  }
}
