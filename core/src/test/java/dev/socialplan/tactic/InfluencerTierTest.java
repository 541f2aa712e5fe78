package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InfluencerTierTest {

  @Test
  void fromSmallestToLargest() {
    assertThat(InfluencerTier.values())
        .containsExactly(
            InfluencerTier.NANO,
            InfluencerTier.MICRO,
            InfluencerTier.MID,
            InfluencerTier.MACRO,
            InfluencerTier.MEGA);
  }
}
