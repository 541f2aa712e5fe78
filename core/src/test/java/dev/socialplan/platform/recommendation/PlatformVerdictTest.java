package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void onlyRecommendedIsRecommended() {
    assertThat(PlatformVerdict.RECOMMENDED.isRecommended()).isTrue();
    assertThat(PlatformVerdict.LOW_REACH.isRecommended()).isFalse();
    assertThat(PlatformVerdict.FAR_BELOW_BEST.isRecommended()).isFalse();
    assertThat(PlatformVerdict.NO_REACH_DATA.isRecommended()).isFalse();
  }
}
