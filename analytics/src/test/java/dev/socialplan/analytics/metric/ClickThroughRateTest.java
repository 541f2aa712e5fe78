package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClickThroughRateTest {
  @Test
  void workedExample() {
    // docs/metrics.md: 5 ÷ 1,000 → 0.5 %.
    assertThat(ClickThroughRate.rate(5, 1_000).value()).hasValue(0.005);
  }

  @Test
  void undefinedWithoutImpressionsAndRefusesNegatives() {
    assertThat(ClickThroughRate.rate(5, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> ClickThroughRate.rate(5, -1))
        .hasMessage("impressions must not be negative: -1");
  }
}
