package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementDenominatorTest {
  @Test
  void listsTheFourDenominators() {
    assertThat(EngagementDenominator.values())
        .containsExactly(
            EngagementDenominator.REACH,
            EngagementDenominator.IMPRESSIONS,
            EngagementDenominator.VIEWS,
            EngagementDenominator.FOLLOWERS);
  }
}
