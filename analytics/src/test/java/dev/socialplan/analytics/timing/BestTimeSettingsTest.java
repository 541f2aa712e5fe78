package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.timing.TimeOfWeekGrid;
import org.junit.jupiter.api.Test;

class BestTimeSettingsTest {
  @Test
  void defaults() {
    BestTimeSettings d = BestTimeSettings.standard();
    assertThat(d.minPostsPerBucket()).isEqualTo(3);
    assertThat(d.minPosts()).isEqualTo(30);
    assertThat(d.minRankedBuckets()).isEqualTo(3);
    assertThat(d.confidenceLevel()).isEqualTo(0.90);
    assertThat(d.engagementDefinition()).isEmpty();
    assertThat(d.fallbackGrid()).isEmpty();
  }

  @Test
  void overrides() {
    BestTimeSettings s =
        BestTimeSettings.builder()
            .minPostsPerBucket(5)
            .minPosts(100)
            .minRankedBuckets(10)
            .confidenceLevel(0.95)
            .engagementDefinition(EngagementDefinition.generic())
            .fallbackGrid(TimeOfWeekGrid.uniform())
            .build();
    assertThat(s.minPostsPerBucket()).isEqualTo(5);
    assertThat(s.engagementDefinition()).contains(EngagementDefinition.generic());
    assertThat(s.fallbackGrid()).contains(TimeOfWeekGrid.uniform());
  }

  @Test
  void refusesImpossibleThresholds() {
    assertThatThrownBy(() -> BestTimeSettings.builder().minPostsPerBucket(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minPostsPerBucket must be between 1 and 2147483647: 0");
    assertThatThrownBy(() -> BestTimeSettings.builder().minRankedBuckets(169).build())
        .hasMessage("minRankedBuckets must be between 1 and 168: 169");
    assertThatThrownBy(() -> BestTimeSettings.builder().confidenceLevel(1).build())
        .hasMessage("confidenceLevel must be strictly between 0 and 1: 1.0");
  }
}
