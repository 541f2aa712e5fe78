package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeriodComparisonEdgesTest {
  @Test
  void durationsCompareToTheNanosecond() {
    // 1.5 s against 1.2 s: +0.3 s, +25 %; the fractions of a second count.
    PeriodComparison<Duration> faster =
        PeriodComparison.ofDurations(Duration.ofMillis(1_500), Duration.ofMillis(1_200));
    assertThat(faster.absoluteChange()).contains(Duration.ofMillis(300));
    assertThat(faster.relativeChange().value().getAsDouble()).isCloseTo(0.25, within(1e-12));
    PeriodComparison<Duration> slower =
        PeriodComparison.ofDurations(Duration.ofSeconds(1), Duration.ofNanos(1_000_000_001));
    assertThat(slower.relativeChange().value().getAsDouble()).isCloseTo(-1e-9, within(1e-15));
  }

  @Test
  void differentComparisonsHashApart() {
    assertThat(PeriodComparison.ofCounts(120, 100).hashCode())
        .isNotEqualTo(PeriodComparison.ofCounts(130, 100).hashCode());
    assertThat(PeriodComparison.ofCounts(120, 100).hashCode())
        .isEqualTo(PeriodComparison.ofCounts(120, 100).hashCode());
  }
}
