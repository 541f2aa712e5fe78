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

  @Test
  void engagedUsersByReachIsANamedDefinitionThatCountsPeopleAlone() {
    EngagementDefinition people = EngagementDefinition.engagedUsersByReach();
    assertThat(people.components()).containsExactly(EngagementComponent.ENGAGED_USERS);
    assertThat(people.denominators()).containsExactly(REACH);
    assertThat(people.countsEngagedUsers()).isTrue();
    assertThat(EngagementDefinition.generic().countsEngagedUsers()).isFalse();
    // The first post of the UCI "Facebook metrics" set: 178 engaged users, reach 2,752.
    EngagementRate rate =
        EngagementRate.of(
            people,
            EngagementCounts.builder().engagedUsers(178).reactions(79).build(),
            Exposure.builder().reach(2_752).impressions(5_091).build());
    assertThat(rate.rate()).isEqualTo(dev.socialplan.metric.Ratio.of(178, 2_752));
    assertThat(rate.engagements()).hasValue(178);
    EngagementRate withoutPeople =
        EngagementRate.of(
            people, EngagementCounts.builder().reactions(79).build(), Exposure.builder().reach(9).build());
    assertThat(withoutPeople.isDefined()).isFalse();
    assertThat(withoutPeople.missingComponents()).containsExactly(EngagementComponent.ENGAGED_USERS);
    EngagementRate withoutReach =
        EngagementRate.of(
            people,
            EngagementCounts.builder().engagedUsers(1).build(),
            Exposure.builder().impressions(9).build());
    assertThat(withoutReach.isDefined()).isFalse();
    assertThat(withoutReach.skippedDenominators()).containsExactly(REACH);
  }

  @Test
  void refusesPeopleAddedToInteractions() {
    assertThatThrownBy(
            () -> EngagementDefinition.of(Set.of(EngagementComponent.ENGAGED_USERS, REACTIONS), List.of(REACH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ENGAGED_USERS alone");
  }
}
