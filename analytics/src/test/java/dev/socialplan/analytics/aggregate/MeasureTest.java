package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDenominator;
import org.junit.jupiter.api.Test;

class MeasureTest {
  @Test
  void mapsEveryEngagementComponentAndDenominator() {
    for (EngagementComponent c : EngagementComponent.values()) {
      assertThat(Measure.of(c).name()).isEqualTo(c.name());
    }
    for (EngagementDenominator d : EngagementDenominator.values()) {
      assertThat(Measure.of(d).name()).isEqualTo(d.name());
    }
    assertThat(Measure.values()).hasSize(16);
    // Constants are only added at the end: the first thirteen keep their places.
    assertThat(Measure.ofIndex(12)).isEqualTo(Measure.CONVERSIONS);
    assertThat(Measure.ofIndex(13)).isEqualTo(Measure.LINK_CLICKS);
    assertThat(Measure.ofIndex(15)).isEqualTo(Measure.VIDEO_WATCH_TIME);
  }

  @Test
  void labelsAndFieldNames() {
    assertThat(Measure.VIDEO_COMPLETIONS.label()).isEqualTo("video completions");
    assertThat(Measure.VIDEO_COMPLETIONS.fieldName()).isEqualTo("videoCompletions");
    assertThat(Measure.REACH.fieldName()).isEqualTo("reach");
    assertThat(Measure.ofIndex(0)).isEqualTo(Measure.IMPRESSIONS);
  }
}
