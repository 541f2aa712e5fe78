package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
  private static final ConfidenceInterval DIFFERENCE =
      ConfidenceInterval.of(0.0524, 0.3339, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
  private static final ConfidenceInterval ACROSS_ZERO =
      ConfidenceInterval.of(-0.02, 0.03, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);

  @Test
  void containsItsBoundsAndWhatLiesBetween() {
    assertThat(DIFFERENCE.contains(0.0524)).isTrue();
    assertThat(DIFFERENCE.contains(0.2)).isTrue();
    assertThat(DIFFERENCE.contains(0.3339)).isTrue();
    assertThat(DIFFERENCE.contains(0.05)).isFalse();
    assertThat(DIFFERENCE.contains(0.334)).isFalse();
    assertThat(DIFFERENCE.width()).isCloseTo(0.2815, within(1e-12));
  }

  @Test
  void saysOnWhichSideOfZeroItLies() {
    assertThat(DIFFERENCE.isAboveZero()).isTrue();
    assertThat(DIFFERENCE.isBelowZero()).isFalse();
    assertThat(ACROSS_ZERO.isAboveZero()).isFalse();
    assertThat(ACROSS_ZERO.isBelowZero()).isFalse();
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
        .isEqualTo(DIFFERENCE)
        .hasSameHashCodeAs(DIFFERENCE);
    assertThat(DIFFERENCE.toString()).contains("0.0524", "NEWCOMBE_HYBRID_SCORE");
  }
}
