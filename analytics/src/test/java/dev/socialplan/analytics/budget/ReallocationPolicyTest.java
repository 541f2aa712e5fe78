package dev.socialplan.analytics.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReallocationPolicyTest {
  @Test
  void standardMovesAtMostTwentyPercent() {
    assertThat(ReallocationPolicy.STANDARD.maxShare()).isEqualTo(0.20);
    assertThat(ReallocationPolicy.STANDARD.minimumRoiGap()).isZero();
    assertThat(ReallocationPolicy.cappedAt(0.1)).isEqualTo(new ReallocationPolicy(0.1, 0));
  }

  @Test
  void refusesCapsOutsideZeroToOne() {
    assertThatThrownBy(() -> ReallocationPolicy.cappedAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxShare must be greater than 0: 0.0");
    assertThatThrownBy(() -> ReallocationPolicy.cappedAt(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxShare must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> new ReallocationPolicy(0.2, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumRoiGap must not be negative: -0.1");
  }
}
