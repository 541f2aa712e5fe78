package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

  @Test
  void suggestionsOfGoal4() {
    assertThat(Objective.ENGAGEMENT.primaryMetric()).isEqualTo(MetricKind.ENGAGEMENT_RATE);
    assertThat(Objective.TRAFFIC.suggestedMetrics())
        .startsWith(MetricKind.CLICKS, MetricKind.CLICK_THROUGH_RATE);
    assertThat(Objective.CONVERSIONS.suggestedMetrics())
        .startsWith(MetricKind.CONVERSION_RATE, MetricKind.COST_PER_ACQUISITION);
    assertThat(Objective.AUDIENCE_GROWTH.suggestedMetrics())
        .containsExactly(MetricKind.FOLLOWERS, MetricKind.AUDIENCE_GROWTH_RATE);
    assertThat(Objective.AWARENESS.primaryMetric()).isEqualTo(MetricKind.REACH);
    assertThat(Objective.REVENUE.primaryMetric()).isEqualTo(MetricKind.REVENUE);
    assertThat(Objective.LEADS.primaryMetric()).isEqualTo(MetricKind.LEADS);
    assertThat(Objective.CUSTOMER_SERVICE.primaryMetric()).isEqualTo(MetricKind.RESPONSE_TIME);
    assertThat(Objective.COMMUNITY.primaryMetric()).isEqualTo(MetricKind.COMMUNITY_MEMBERS);
  }

  @Test
  void fitsIsMembershipOfTheSuggestions() {
    assertThat(Objective.ENGAGEMENT.fits(MetricKind.ENGAGEMENT_RATE)).isTrue();
    assertThat(Objective.ENGAGEMENT.fits(MetricKind.FOLLOWERS)).isFalse();
    assertThat(Objective.AUDIENCE_GROWTH.fits(MetricKind.FOLLOWERS)).isTrue();
    assertThat(Objective.CUSTOMER_SERVICE.fits(MetricKind.REVENUE)).isFalse();
    for (Objective o : Objective.values()) {
      for (MetricKind m : MetricKind.wellKnown()) {
        assertThat(o.fits(m)).isEqualTo(o.suggestedMetrics().contains(m));
      }
    }
  }

  @Test
  void customMetricsFitNothing() {
    MetricKind saves = MetricKind.of("saves", "Saves", MetricUnit.COUNT, true);
    assertThat(Objective.suggesting(saves)).isEmpty();
    assertThat(Objective.ENGAGEMENT.fits(saves)).isFalse();
  }

  @Test
  void everyWellKnownMetricIsSuggestedBySomeObjective() {
    for (MetricKind m : MetricKind.wellKnown()) {
      assertThat(Objective.suggesting(m)).as(m.id()).isNotEmpty();
    }
    assertThat(Objective.suggesting(MetricKind.ENGAGEMENT_RATE))
        .isEqualTo(EnumSet.of(Objective.ENGAGEMENT, Objective.COMMUNITY));
  }

  @Test
  void suggestionsHaveNoDuplicates() {
    for (Objective o : Objective.values()) {
      assertThat(o.suggestedMetrics()).as(o.name()).doesNotHaveDuplicates().isNotEmpty();
    }
  }

  @Test
  void nullMetricIsRefused() {
    assertThatThrownBy(() -> Objective.TRAFFIC.fits(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metric must not be null");
  }
}
