package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViralityTest {
  @Test
  void workedExample() {
    // docs/metrics.md: 240 ÷ 12,000 → 2 %.
    assertThat(Virality.rate(240, 12_000).value()).hasValue(0.02);
  }

  @Test
  void undefinedWithoutImpressionsAndRefusesNegatives() {
    assertThat(Virality.rate(240, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> Virality.rate(-1, 10)).hasMessage("shares must not be negative: -1");
  }
}
