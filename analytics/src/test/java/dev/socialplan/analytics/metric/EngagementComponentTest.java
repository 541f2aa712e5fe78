package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementComponentTest {
  @Test
  void listsTheSixInteractionKinds() {
    assertThat(EngagementComponent.values())
        .containsExactly(
            EngagementComponent.REACTIONS,
            EngagementComponent.COMMENTS,
            EngagementComponent.SHARES,
            EngagementComponent.SAVES,
            EngagementComponent.CLICKS,
            EngagementComponent.FOLLOWS);
  }
}
