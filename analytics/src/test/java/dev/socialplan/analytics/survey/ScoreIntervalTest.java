package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreIntervalTest {
  @Test
  void containsItsBounds() {
    ScoreInterval interval = new ScoreInterval(14.7, 45.3, 0.95);
    assertThat(interval.contains(14.7)).isTrue();
    assertThat(interval.contains(30)).isTrue();
    assertThat(interval.contains(45.4)).isFalse();
  }

  @Test
  void refusesUpsideDownBoundsAndImpossibleLevels() {
    assertThatThrownBy(() -> new ScoreInterval(2, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must not exceed upper (1.0): 2.0");
    assertThatThrownBy(() -> new ScoreInterval(1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> new ScoreInterval(Double.NaN, 2, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must be a finite number: NaN");
  }
}
