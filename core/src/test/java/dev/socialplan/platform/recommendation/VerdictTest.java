package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void onlyRecommendedIsRecommended() {
    assertThat(Verdict.RECOMMENDED.isRecommended()).isTrue();
    assertThat(Verdict.LOW_REACH.isRecommended()).isFalse();
    assertThat(Verdict.FAR_BELOW_BEST.isRecommended()).isFalse();
    assertThat(Verdict.NO_REACH_DATA.isRecommended()).isFalse();
  }
}
