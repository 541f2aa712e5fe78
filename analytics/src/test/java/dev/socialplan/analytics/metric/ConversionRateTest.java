package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConversionRateTest {
  @Test
  void workedExample() {
    // docs/metrics.md: 50 ÷ 1,000 → 5 %.
    assertThat(ConversionRate.rate(50, 1_000).value()).hasValue(0.05);
  }

  @Test
  void mayExceedOneHundredPercentWhenEveryConversionCounts() {
    assertThat(ConversionRate.rate(150, 100).value()).hasValue(1.5);
  }

  @Test
  void undefinedWithoutInteractionsAndRefusesNegatives() {
    assertThat(ConversionRate.rate(5, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> ConversionRate.rate(-5, 10))
        .hasMessage("conversions must not be negative: -5");
  }
}
