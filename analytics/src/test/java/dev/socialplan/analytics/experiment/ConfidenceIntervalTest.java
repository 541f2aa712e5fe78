package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
  private static ConfidenceInterval difference() {
    return ConfidenceInterval.of(0.0524, 0.3339, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
  }

  private static ConfidenceInterval acrossZero() {
    return ConfidenceInterval.of(-0.02, 0.03, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
  }

  @Test
  void containsItsBoundsAndWhatLiesBetween() {
    assertThat(difference().contains(0.0524)).isTrue();
    assertThat(difference().contains(0.2)).isTrue();
    assertThat(difference().contains(0.3339)).isTrue();
    assertThat(difference().contains(0.05)).isFalse();
    assertThat(difference().contains(0.334)).isFalse();
    assertThat(difference().width()).isCloseTo(0.2815, within(1e-12));
  }

  @Test
  void saysOnWhichSideOfZeroItLies() {
    assertThat(difference().isAboveZero()).isTrue();
    assertThat(difference().isBelowZero()).isFalse();
    assertThat(acrossZero().isAboveZero()).isFalse();
    assertThat(acrossZero().isBelowZero()).isFalse();
    assertThat(ConfidenceInterval.of(-0.3, -0.1, 0.9, IntervalMethod.NEWCOMBE_HYBRID_SCORE).isBelowZero())
        .isTrue();
  }

  @Test
  void refusesUpsideDownBoundsAndImpossibleLevels() {
    assertThatThrownBy(() -> ConfidenceInterval.of(0.5, 0.4, 0.95, IntervalMethod.WILSON_SCORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must not exceed upper (0.4): 0.5");
    assertThatThrownBy(() -> ConfidenceInterval.of(0.1, 0.4, 1.0, IntervalMethod.WILSON_SCORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(
            () -> ConfidenceInterval.of(Double.NEGATIVE_INFINITY, 0.4, 0.95, IntervalMethod.WILSON_SCORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must be a finite number: -Infinity");
  }

  @Test
  void equalByValue() {
    assertThat(ConfidenceInterval.of(0.0524, 0.3339, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE))
        .isEqualTo(difference())
        .hasSameHashCodeAs(difference());
    assertThat(difference().toString()).contains("0.0524", "NEWCOMBE_HYBRID_SCORE");
  }

  /**
   * The single-proportion Wilson interval, public without a dummy second variant (before issue 10 it
   * was reachable only through {@code TwoVariantAnalysis}). Newcombe (1998), "Two-sided confidence
   * intervals for the single proportion", Table II, method 3.
   */
  @Test
  void wilsonScoreOfASingleProportionMatchesNewcombesExamples() {
    long[][] examples = {{81, 263}, {15, 148}, {0, 20}, {1, 29}};
    double[][] bounds = {{0.2553, 0.3662}, {0.0624, 0.1605}, {0, 0.1611}, {0.0061, 0.1718}};
    for (int i = 0; i < examples.length; i++) {
      ConfidenceInterval interval =
          ConfidenceInterval.wilsonScore(examples[i][0], examples[i][1], 0.95).orElseThrow();
      assertThat(interval.lower()).isCloseTo(bounds[i][0], org.assertj.core.api.Assertions.within(5e-5));
      assertThat(interval.upper()).isCloseTo(bounds[i][1], org.assertj.core.api.Assertions.within(5e-5));
      assertThat(interval.method()).isEqualTo(IntervalMethod.WILSON_SCORE);
      assertThat(interval.confidenceLevel()).isEqualTo(0.95);
    }
    assertThat(ConfidenceInterval.wilsonScore(0, 0, 0.95)).isEmpty();
    assertThat(ConfidenceInterval.wilsonScore(56, 70, 0.95))
        .isEqualTo(TwoVariantAnalysis.of(Variant.of("A", 80, 48), Variant.of("B", 70, 56)).treatmentInterval());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfidenceInterval.wilsonScore(3, 2, 0.95))
        .hasMessage("successes must not exceed trials (2): 3");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfidenceInterval.wilsonScore(1, 2, 1.0))
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ConfidenceInterval.wilsonScore(1, Integer.MAX_VALUE + 1L, 0.95))
        .hasMessage("trials must not exceed 2147483647: 2147483648");
  }
}
