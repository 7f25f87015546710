package org.storylens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoreSpeedTest {

  @Test
  void aCoreHashesAtAPlausibleSpeedAndTwoProbesAgree() {
    double first = CoreSpeed.megabytesPerCpuSecond(16);
    double second = CoreSpeed.megabytesPerCpuSecond(16);
    // timed by the thread's CPU time, so a busy machine does not halve it; any core of the last
    // twenty years hashes SHA-256 at tens to thousands of MB/s
    assertThat(first).isBetween(20.0, 20_000.0);
    assertThat(second / first).isBetween(0.5, 2.0);
  }

  @Test
  void nothingToHashIsRefused() {
    assertThatThrownBy(() -> CoreSpeed.megabytesPerCpuSecond(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
