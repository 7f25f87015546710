package org.storylens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetiredAssignmentsTest {

  /** 120,000 articles in stories of three: more than one 1 MB chunk of packed records. */
  private static RetiredAssignments manyStories() {
    RetiredAssignments retired = new RetiredAssignments();
    for (int story = 0; story < 40_000; story++) {
      for (int member = 0; member < 3; member++) {
        retired.retire("story-" + story, "article-" + story + "-" + member, 3L * story + member);
      }
    }
    return retired;
  }

  @Test
  void answersForEveryArticleAcrossChunksAndNothingForOthers() {
    RetiredAssignments retired = manyStories();
    assertThat(retired.size()).isEqualTo(120_000);
    for (int story = 0; story < 40_000; story += 997) {
      assertThat(retired.storyOf("article-" + story + "-2")).contains("story-" + story);
    }
    assertThat(retired.storyOf("article-39999-0")).contains("story-39999");
    assertThat(retired.storyOf("article-40000-0")).isEmpty();
    List<RetiredAssignments.Record> all = new ArrayList<>();
    retired.forEach(all::add);
    assertThat(all).hasSize(120_000);
    assertThat(all.get(119_999).articleId()).isEqualTo("article-39999-2");
    assertThat(all.get(119_999).sequence()).isEqualTo(119_999L);
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    RetiredAssignments retired = manyStories();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    retired.write(new DataOutputStream(bytes));
    RetiredAssignments read =
        RetiredAssignments.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.size()).isEqualTo(retired.size());
    assertThat(read.storyOf("article-12345-1")).contains("story-12345");
    List<String> written = new ArrayList<>();
    retired.forEach(record -> written.add(record.articleId()));
    List<String> readBack = new ArrayList<>();
    read.forEach(record -> readBack.add(record.articleId()));
    assertThat(readBack).isEqualTo(written);
  }
}
