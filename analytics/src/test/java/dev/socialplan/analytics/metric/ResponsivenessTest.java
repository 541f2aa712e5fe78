package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsivenessTest {
  /** docs/metrics.md: 5, 10, 15 min → mean 10 min. */
  private static final List<Duration> THREE_RESPONSES =
      List.of(Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(10));

  @Test
  void meanAndMedianWorkedExample() {
    assertThat(Responsiveness.meanResponseTime(THREE_RESPONSES)).contains(Duration.ofMinutes(10));
    assertThat(Responsiveness.medianResponseTime(THREE_RESPONSES)).contains(Duration.ofMinutes(10));
  }

  @Test
  void medianResistsOneSlowAnswerAndAveragesTheMiddlePair() {
    List<Duration> skewed =
        List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(12), Duration.ofHours(5));
    assertThat(Responsiveness.medianResponseTime(skewed)).contains(Duration.ofMinutes(11));
    assertThat(Responsiveness.meanResponseTime(skewed))
        .contains(Duration.ofMinutes(5 + 10 + 12 + 300).dividedBy(4));
  }

  @Test
  void responseRateAndEmptyInput() {
    assertThat(Responsiveness.responseRate(45, 50).value()).hasValue(0.9);
    assertThat(Responsiveness.responseRate(0, 0).isDefined()).isFalse();
    assertThat(Responsiveness.meanResponseTime(List.of())).isEmpty();
    assertThat(Responsiveness.medianResponseTime(List.of())).isEmpty();
  }

  @Test
  void refusesNegativeTimes() {
    assertThatThrownBy(
            () -> Responsiveness.meanResponseTime(List.of(Duration.ZERO, Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstResponseTimes[1] must not be negative: PT-1S");
  }
}
