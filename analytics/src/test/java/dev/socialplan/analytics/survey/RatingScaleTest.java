package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingScaleTest {
  @Test
  void containsItsEndsAndWhatLiesBetween() {
    assertThat(RatingScale.ZERO_TO_TEN.contains(0)).isTrue();
    assertThat(RatingScale.ZERO_TO_TEN.contains(10)).isTrue();
    assertThat(RatingScale.ZERO_TO_TEN.contains(11)).isFalse();
    assertThat(RatingScale.ONE_TO_FIVE.contains(0)).isFalse();
    assertThat(RatingScale.ZERO_TO_TEN.points()).isEqualTo(11);
    assertThat(RatingScale.ONE_TO_FIVE.points()).isEqualTo(5);
    assertThat(RatingScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE).points()).isEqualTo(1L << 32);
  }

  @Test
  void refusesAnEmptyOrUpsideDownScale() {
    assertThatThrownBy(() -> RatingScale.of(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be greater than min (5): 5");
    assertThatThrownBy(() -> RatingScale.of(5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be greater than min (5): 1");
  }
}
