package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExposureTest {
  private static Exposure reachAndFollowers() {
    return Exposure.builder().reach(2_000).followers(20_000).build();
  }

  @Test
  void keepsMeasuredFiguresAndLeavesOthersEmpty() {
    assertThat(reachAndFollowers().reach()).hasValue(2_000);
    assertThat(reachAndFollowers().count(EngagementDenominator.FOLLOWERS)).hasValue(20_000);
    assertThat(reachAndFollowers().count(EngagementDenominator.IMPRESSIONS)).isEmpty();
    assertThat(reachAndFollowers().count(EngagementDenominator.VIEWS)).isEmpty();
  }

  @Test
  void setsEachDenominatorByName() {
    Exposure.Builder builder = Exposure.builder();
    for (EngagementDenominator d : EngagementDenominator.values()) {
      // count returns the builder, so calls chain as the other setters do
      builder = builder.count(d, 10L * (d.ordinal() + 1));
    }
    Exposure all = builder.build();
    assertThat(all.reach()).hasValue(10);
    assertThat(all.impressions()).hasValue(20);
    assertThat(all.views()).hasValue(30);
    assertThat(all.followers()).hasValue(40);
  }

  @Test
  void refusesNegativeFigures() {
    assertThatThrownBy(() -> Exposure.builder().impressions(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("impressions must not be negative: -5");
  }
}
