package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TierBandTest {
  private static final TierBand MICRO = TierBand.of(InfluencerTier.MICRO, 10_000, 100_000);
  private static final TierBand MEGA = TierBand.atLeast(InfluencerTier.MEGA, 1_000_000);

  @Test
  void isHalfOpen() {
    assertThat(MICRO.contains(9_999)).isFalse();
    assertThat(MICRO.contains(10_000)).isTrue();
    assertThat(MICRO.contains(99_999)).isTrue();
    assertThat(MICRO.contains(100_000)).isFalse();
  }

  @Test
  void unboundedAbove() {
    assertThat(MEGA.until()).isEmpty();
    assertThat(MEGA.contains(999_999)).isFalse();
    assertThat(MEGA.contains(Long.MAX_VALUE)).isTrue();
  }

  @Test
  void readsAsAnInterval() {
    assertThat(MICRO).hasToString("MICRO [10000, 100000)");
    assertThat(MEGA).hasToString("MEGA [1000000, ∞)");
    assertThat(MICRO.until()).isEqualTo(OptionalLong.of(100_000));
    assertThat(MICRO.from()).isEqualTo(10_000);
    assertThat(MICRO.tier()).isEqualTo(InfluencerTier.MICRO);
  }

  @Test
  void refusesEmptyOrNegativeBands() {
    assertThatThrownBy(() -> TierBand.of(InfluencerTier.NANO, 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("until must be greater than from (10): 10");
    assertThatThrownBy(() -> TierBand.of(InfluencerTier.NANO, 10, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("until must be greater than from (10): 9");
    assertThatThrownBy(() -> TierBand.atLeast(InfluencerTier.NANO, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be negative: -1");
  }

  @Test
  void equalByTierAndBounds() {
    new EqualsTester()
        .addEqualityGroup(MICRO, TierBand.of(InfluencerTier.MICRO, 10_000, 100_000))
        .addEqualityGroup(TierBand.of(InfluencerTier.MID, 10_000, 100_000))
        .addEqualityGroup(TierBand.of(InfluencerTier.MICRO, 10_001, 100_000))
        .addEqualityGroup(TierBand.of(InfluencerTier.MICRO, 10_000, 100_001))
        .addEqualityGroup(TierBand.atLeast(InfluencerTier.MICRO, 10_000))
        .addEqualityGroup(MEGA, TierBand.atLeast(InfluencerTier.MEGA, 1_000_000))
        .testEquals();
  }
}
