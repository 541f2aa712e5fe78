package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import org.junit.jupiter.api.Test;

class EngagementRatesTest {
  @Test
  void byFollowersWorkedExample() {
    // docs/metrics.md: 1,000 ÷ 20,000 → 5 %.
    assertThat(EngagementRates.byFollowers(1_000, 20_000).value()).hasValue(0.05);
    assertThat(EngagementRates.dailyByFollowers(1_000, 20_000)).isEqualTo(Ratio.of(1_000, 20_000));
  }

  @Test
  void byImpressionsWorkedExample() {
    // docs/metrics.md: 500 ÷ 20,000 → 2.5 %.
    assertThat(EngagementRates.byImpressions(500, 20_000).value()).hasValue(0.025);
  }

  @Test
  void byReachAndByViews() {
    assertThat(EngagementRates.byReach(69, 2_000).asPercent().getAsDouble())
        .isCloseTo(3.45, within(1e-12));
    assertThat(EngagementRates.byViews(30, 1_000)).isEqualTo(Ratio.of(30, 1_000));
  }

  @Test
  void averageDailyDividesByDaysTimesFollowers() {
    Ratio rate = EngagementRates.averageDailyByFollowers(3_000, 3, 20_000);
    assertThat(rate.denominator()).isEqualTo(60_000);
    assertThat(rate.value()).hasValue(0.05);
    assertThat(EngagementRates.averageDailyByFollowers(3_000, 0, 20_000).isDefined()).isFalse();
  }

  @Test
  void zeroDenominatorsAreUndefined() {
    assertThat(EngagementRates.byReach(5, 0).isDefined()).isFalse();
    assertThat(EngagementRates.byImpressions(5, 0).isDefined()).isFalse();
    assertThat(EngagementRates.byViews(5, 0).isDefined()).isFalse();
    assertThat(EngagementRates.byFollowers(5, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> EngagementRates.byReach(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("engagements must not be negative: -1");
    assertThatThrownBy(() -> EngagementRates.byFollowers(1, -10))
        .hasMessage("followersOnPublishDay must not be negative: -10");
    assertThatThrownBy(() -> EngagementRates.averageDailyByFollowers(1, -1, 10))
        .hasMessage("days must not be negative: -1");
  }
}
