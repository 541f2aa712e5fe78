package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementComponentTest {
  @Test
  void listsTheSixInteractionKindsThenEngagedUsers() {
    assertThat(EngagementComponent.values())
        .containsExactly(
            EngagementComponent.REACTIONS,
            EngagementComponent.COMMENTS,
            EngagementComponent.SHARES,
            EngagementComponent.SAVES,
            EngagementComponent.CLICKS,
            EngagementComponent.FOLLOWS,
            EngagementComponent.ENGAGED_USERS);
  }
}
