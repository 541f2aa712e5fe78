package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalMethodTest {
  @Test
  void ratesGetWilsonIntervalsAndDifferencesNewcombes() {
    TwoVariantAnalysis analysis =
        TwoVariantAnalysis.of(Variant.of("A", 80, 48), Variant.of("B", 70, 56));
    assertThat(analysis.controlInterval().orElseThrow().method())
        .isEqualTo(IntervalMethod.WILSON_SCORE);
    assertThat(analysis.differenceInterval().orElseThrow().method())
        .isEqualTo(IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(IntervalMethod.values()).hasSize(2);
  }
}
