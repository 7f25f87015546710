package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServeGoalTest {

  private static WrkReaders.Row row(ServeLoadBenchmark.Kind kind, double p99, long errors) {
    return new WrkReaders.Row(kind, 1000, 60, p99 / 5, p99 / 2, p99, p99 * 2, p99 * 3, errors);
  }

  private static Map<ServeLoadBenchmark.Kind, WrkReaders.Row> rounds(double listP99, double jsonP99, double htmlP99, long errors) {
    Map<ServeLoadBenchmark.Kind, WrkReaders.Row> rows = new EnumMap<>(ServeLoadBenchmark.Kind.class);
    rows.put(ServeLoadBenchmark.Kind.LIST, row(ServeLoadBenchmark.Kind.LIST, listP99, 0));
    rows.put(ServeLoadBenchmark.Kind.STORY_JSON, row(ServeLoadBenchmark.Kind.STORY_JSON, jsonP99, 0));
    rows.put(ServeLoadBenchmark.Kind.STORY_HTML, row(ServeLoadBenchmark.Kind.STORY_HTML, htmlP99, 0));
    rows.put(ServeLoadBenchmark.Kind.UPLOAD, row(ServeLoadBenchmark.Kind.UPLOAD, 900, errors));
    return rows;
  }

  @Test
  void aRoundMeetsTheGoalOnlyWithEveryReadUnderFiftyMsTheRateKeptAndNoErrors() {
    // an upload's own latency is not part of the goal: 900 ms at p99 here
    assertThat(ServeLoadBenchmark.missedGoal(rounds(41.9, 41.4, 40.8, 0), 104.6)).isEmpty();
    assertThat(ServeLoadBenchmark.missedGoal(rounds(41.9, 50.0, 40.8, 0), 104.6))
        .containsExactly("GET /api/stories/{id} p99 50.0 ms");
    assertThat(ServeLoadBenchmark.missedGoal(rounds(53.0, 52.9, 50.5, 0), 98.7))
        .containsExactly(
            "GET /api/stories p99 53.0 ms", "GET /api/stories/{id} p99 52.9 ms", "GET /stories/{id} p99 50.5 ms",
            "98.70 articles/s stored");
    // at an offered rate of exactly the goal, a last answer a little after the round's end misses it
    assertThat(ServeLoadBenchmark.missedGoal(rounds(30, 30, 30, 0), 99.96)).containsExactly("99.96 articles/s stored");
    assertThat(ServeLoadBenchmark.missedGoal(rounds(30, 30, 30, 3), 104.0)).containsExactly("3 errors");
  }

  @Test
  void aKindOfReadThatWasNotMeasuredIsNoPass() {
    Map<ServeLoadBenchmark.Kind, WrkReaders.Row> rows = rounds(30, 30, 30, 0);
    rows.remove(ServeLoadBenchmark.Kind.STORY_HTML);
    assertThat(ServeLoadBenchmark.missedGoal(rows, 104.0)).containsExactly("GET /stories/{id} not measured");
  }
}
