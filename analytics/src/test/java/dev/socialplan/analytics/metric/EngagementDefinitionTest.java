package dev.socialplan.analytics.metric;

import static dev.socialplan.analytics.metric.EngagementComponent.CLICKS;
import static dev.socialplan.analytics.metric.EngagementComponent.COMMENTS;
import static dev.socialplan.analytics.metric.EngagementComponent.FOLLOWS;
import static dev.socialplan.analytics.metric.EngagementComponent.REACTIONS;
import static dev.socialplan.analytics.metric.EngagementComponent.SAVES;
import static dev.socialplan.analytics.metric.EngagementComponent.SHARES;
import static dev.socialplan.analytics.metric.EngagementDenominator.FOLLOWERS;
import static dev.socialplan.analytics.metric.EngagementDenominator.IMPRESSIONS;
import static dev.socialplan.analytics.metric.EngagementDenominator.REACH;
import static dev.socialplan.analytics.metric.EngagementDenominator.VIEWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngagementDefinitionTest {
  @Test
  void platformDefaultsFollowEachPlatformsDefinition() {
    assertThat(EngagementDefinition.forPlatform(Platform.X).components())
        .containsExactlyInAnyOrder(REACTIONS, COMMENTS, SHARES, CLICKS);
    assertThat(EngagementDefinition.forPlatform(Platform.X).denominators().get(0))
        .isEqualTo(IMPRESSIONS);
    assertThat(EngagementDefinition.forPlatform(Platform.FACEBOOK).components())
        .containsExactlyInAnyOrder(COMMENTS, CLICKS, SHARES, REACTIONS);
    assertThat(EngagementDefinition.forPlatform(Platform.LINKEDIN).components())
        .containsExactlyInAnyOrder(CLICKS, REACTIONS, COMMENTS, SHARES, FOLLOWS);
    assertThat(EngagementDefinition.forPlatform(Platform.LINKEDIN).denominators())
        .containsExactly(IMPRESSIONS, REACH, VIEWS, FOLLOWERS);
    assertThat(EngagementDefinition.forPlatform(Platform.INSTAGRAM).components())
        .containsExactlyInAnyOrder(REACTIONS, COMMENTS, SAVES, SHARES);
    assertThat(EngagementDefinition.forPlatform(Platform.INSTAGRAM).denominators())
        .containsExactly(REACH, VIEWS, IMPRESSIONS, FOLLOWERS);
    assertThat(EngagementDefinition.forPlatform(Platform.of("xiaohongshu")))
        .isEqualTo(EngagementDefinition.generic());
    assertThat(EngagementDefinition.generic().denominators())
        .containsExactly(REACH, IMPRESSIONS, VIEWS, FOLLOWERS);
  }

  @Test
  void missingComponentsMakeTheRateUndefinedByDefault() {
    assertThat(EngagementDefinition.generic().sumsAvailableComponents()).isFalse();
    assertThat(
            EngagementDefinition.generic()
                .withSumsAvailableComponents(true)
                .sumsAvailableComponents())
        .isTrue();
  }

  @Test
  void reordersDenominators() {
    EngagementDefinition byFollowers =
        EngagementDefinition.generic().withDenominators(FOLLOWERS, REACH);
    assertThat(byFollowers.denominators()).containsExactly(FOLLOWERS, REACH);
    assertThat(byFollowers.components()).isEqualTo(EngagementDefinition.generic().components());
  }

  @Test
  void refusesEmptyOrRepeatedParts() {
    assertThatThrownBy(() -> EngagementDefinition.of(Set.of(), List.of(REACH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("components must not be empty: []");
    assertThatThrownBy(() -> EngagementDefinition.of(Set.of(CLICKS), List.of()))
        .hasMessage("denominators must not be empty: []");
    assertThatThrownBy(() -> EngagementDefinition.of(Set.of(CLICKS), List.of(REACH, REACH)))
        .hasMessage("denominators must not repeat: [REACH, REACH]");
  }
}
