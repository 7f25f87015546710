package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storylens.model.AnalyzedArticle;
import org.storylens.model.EntityMention;
import org.storylens.model.EntityType;

class SyntheticNewsStreamTest {

  private static List<SyntheticNewsStream.SourceEvent> events;

  @BeforeAll
  static void loadDev() throws IOException {
    Optional<Path> data = LabelledStream.locate(Path.of(""), "ecbplus");
    assumeTrue(data.isPresent(), "skipped: no shared/benchmarks/ecbplus above the working directory");
    events = SyntheticNewsStream.events(List.of(LabelledStream.load(data.get().resolve("dev.jsonl"))));
  }

  private static List<SyntheticNewsStream.Labelled> generate(long seed, int articles) {
    List<SyntheticNewsStream.Labelled> out = new ArrayList<>();
    new SyntheticNewsStream(events, seed, articles, 8, 1000).forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
    List<SyntheticNewsStream.Labelled> first = generate(7, 300);
    List<SyntheticNewsStream.Labelled> again = generate(7, 300);
    List<SyntheticNewsStream.Labelled> other = generate(8, 300);
    assertThat(first).hasSize(300);
    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).analyzed().article().text()).isEqualTo(first.get(i).analyzed().article().text());
      assertThat(again.get(i).goldStory()).isEqualTo(first.get(i).goldStory());
    }
    assertThat(other.get(0).analyzed().article().text())
        .isNotEqualTo(first.get(0).analyzed().article().text());
  }

  @Test
  void articlesComeInPublicationOrderAtTheRequestedRateAndLength() {
    List<SyntheticNewsStream.Labelled> stream = generate(1, 3000);
    LocalDate previous = SyntheticNewsStream.START;
    long words = 0;
    Set<String> ids = new HashSet<>();
    for (SyntheticNewsStream.Labelled labelled : stream) {
      LocalDate date = labelled.analyzed().article().published().orElseThrow().date();
      assertThat(date).isAfterOrEqualTo(previous);
      previous = date;
      assertThat(ids.add(labelled.analyzed().article().id())).isTrue();
      assertThat(labelled.analyzed().article().id()).startsWith(labelled.goldStory() + "-");
      words += labelled.analyzed().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }
    // 3,000 articles at 1,000 a day: three days, and a story's members up to three days later.
    assertThat(previous).isBetween(SyntheticNewsStream.START.plusDays(2), SyntheticNewsStream.START.plusDays(6));
    assertThat(words / stream.size()).isBetween(500L, 900L);
  }

  @Test
  void storiesOfOneEventGetTheirOwnNamesAndTheirMembersShareThem() {
    List<SyntheticNewsStream.Labelled> stream = generate(3, 2000);
    Map<String, Set<String>> keysByStory = new HashMap<>();
    for (SyntheticNewsStream.Labelled labelled : stream) {
      AnalyzedArticle analyzed = labelled.analyzed();
      for (EntityMention mention : analyzed.entities()) {
        assertThat(analyzed.text(mention.span())).isEqualTo(mention.name());
        if (mention.type() == EntityType.PERSON) {
          keysByStory.computeIfAbsent(labelled.goldStory(), s -> new HashSet<>()).add(mention.key());
        }
      }
    }
    List<Set<String>> stories = new ArrayList<>(keysByStory.values());
    long sharing = 0;
    for (int i = 1; i < stories.size(); i++) {
      if (stories.get(i).stream().anyMatch(stories.get(i - 1)::contains)) {
        sharing++;
      }
    }
    assertThat(sharing).isLessThan(stories.size() / 20);
  }
}
