package org.storylens.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StoryListJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static StoryLibrary.Summary story(String id, String title, int articles, long updated) {
    return new StoryLibrary.Summary(
        id, title, articles, Math.max(1, articles - 1), Optional.of("2026-12-0" + (1 + articles % 9)), Optional.empty(), updated);
  }

  private static void assertListed(JsonNode item, StoryLibrary.Summary story) {
    assertThat(item.get("id").asText()).isEqualTo(story.id());
    assertThat(item.get("title").asText()).isEqualTo(story.title());
    assertThat(item.get("articles").asInt()).isEqualTo(story.articles());
    assertThat(item.get("outlets").asInt()).isEqualTo(story.outlets());
    assertThat(item.get("first").isNull()).isEqualTo(story.first().isEmpty());
    story.first().ifPresent(f -> assertThat(item.get("first").asText()).isEqualTo(f));
    assertThat(item.get("last").isNull()).isEqualTo(story.last().isEmpty());
    assertThat(item.fieldNames()).toIterable().containsExactly("id", "title", "articles", "outlets", "first", "last");
  }

  @Test
  void aPageIsValidJsonThatGivesBackEveryTitleExactlyHoweverHostile() throws Exception {
    List<StoryLibrary.Summary> stories =
        List.of(
            story("a1", "Quake \"hits\" Haldor \\ 126 dead", 3, 1),
            story("b2", "</script><script>alert(1)</script>", 1, 2),
            story("c3", "line\nbreak\ttab \u0000 nul \u2028 separator", 2, 3),
            story("d4", "Émeutes à Lyon — 🚒 “fires”", 5, 4));
    StoryListJson page = StoryListJson.of(2, 4, new StoryLibrary.Page(17, stories), null);

    JsonNode parsed = JSON.readTree(page.bytes());
    assertThat(parsed.fieldNames()).toIterable().containsExactly("page", "size", "total", "stories");
    assertThat(parsed.get("page").asInt()).isEqualTo(2);
    assertThat(parsed.get("size").asInt()).isEqualTo(4);
    assertThat(parsed.get("total").asLong()).isEqualTo(17);
    assertThat(parsed.get("stories")).hasSize(4);
    for (int i = 0; i < stories.size(); i++) {
      assertListed(parsed.get("stories").get(i), stories.get(i));
    }
    assertThat(JSON.readTree(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(parsed);
  }

  @Test
  void anEmptyPageListsNoStoriesAndKeepsTheTotal() throws Exception {
    JsonNode parsed = JSON.readTree(StoryListJson.of(9, 20, new StoryLibrary.Page(3, List.of()), null).bytes());
    assertThat(parsed.get("total").asInt()).isEqualTo(3);
    assertThat(parsed.get("stories")).isEmpty();
  }

  @Test
  void aPageRenderedAgainShowsEveryStoryAsItIsNowNeverAsItWasListedBefore() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    List<StoryLibrary.Summary> current = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      current.add(story("s" + i, "story " + i, 1 + random.nextInt(5), i));
    }
    StoryListJson page = StoryListJson.of(1, 20, new StoryLibrary.Page(20, current), null);
    for (int change = 0; change < 200; change++) {
      // as under a stream of uploads: a story changes (a new summary, same id) and moves to the
      // top, or a new story arrives at the top and the last one drops off the page
      List<StoryLibrary.Summary> next = new ArrayList<>(current);
      StoryLibrary.Summary changed;
      if (random.nextBoolean()) {
        StoryLibrary.Summary old = next.remove(random.nextInt(next.size()));
        changed = story(old.id(), old.title() + " +" + change, old.articles() + 1, 100 + change);
      } else {
        next.remove(next.size() - 1);
        changed = story("n" + change, "new story " + change, 1, 100 + change);
      }
      next.add(0, changed);
      page = StoryListJson.of(1, 20, new StoryLibrary.Page(20 + change, next), page);
      StoryListJson fresh = StoryListJson.of(1, 20, new StoryLibrary.Page(20 + change, next), null);
      assertThat(page.bytes()).isEqualTo(fresh.bytes());
      JsonNode stories = JSON.readTree(page.bytes()).get("stories");
      for (int i = 0; i < next.size(); i++) {
        assertListed(stories.get(i), next.get(i));
      }
      current = next;
    }
  }
}
