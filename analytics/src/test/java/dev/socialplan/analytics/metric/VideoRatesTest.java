package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VideoRatesTest {
  @Test
  void viewRateWorkedExample() {
    // docs/metrics.md: 5 ÷ 1,000 → 0.5 %.
    assertThat(VideoRates.viewRate(5, 1_000).value()).hasValue(0.005);
  }

  @Test
  void completionRateWorkedExample() {
    // docs/metrics.md: 2,180 ÷ 14,200 → 15.35 %.
    assertThat(VideoRates.completionRate(2_180, 14_200).asPercent().getAsDouble())
        .isCloseTo(15.35, within(0.005));
  }

  @Test
  void undefinedWithoutDenominatorsAndRefusesNegatives() {
    assertThat(VideoRates.viewRate(5, 0).isDefined()).isFalse();
    assertThat(VideoRates.completionRate(5, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> VideoRates.completionRate(1, -2))
        .hasMessage("starts must not be negative: -2");
  }
}
