package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PerformanceAnomalyTest {
  private static PerformanceAnomaly reachAbove() {
    return new PerformanceAnomaly(Measure.REACH, 120, Measure.IMPRESSIONS, 100);
  }

  @Test
  void hasAStableCodeAndAMessage() {
    assertThat(reachAbove().code()).isEqualTo("REACH_ABOVE_IMPRESSIONS");
    assertThat(reachAbove().message()).isEqualTo("reach 120 is above impressions 100");
  }

  @Test
  void refusesAPairThatIsNotAnAnomaly() {
    assertThatThrownBy(() -> new PerformanceAnomaly(Measure.REACH, 100, Measure.IMPRESSIONS, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must exceed boundValue for an anomaly: 100 <= 100");
  }
}
