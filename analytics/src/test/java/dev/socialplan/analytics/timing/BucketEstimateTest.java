package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class BucketEstimateTest {
  private static BucketEstimate tuesdayNine() {
    return BucketEstimate.builder()
            .timeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9))
            .posts(4)
            .observedIndex(1.5)
            .estimate(1.3)
            .shrinkageWeight(0.6)
            .lower(0.9)
            .upper(1.7)
            .isRanked(true)
            .build();
  }

  @Test
  void keepsItsPartsAndIsAValue() {
    assertThat(tuesdayNine().timeOfWeek()).isEqualTo(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(tuesdayNine().posts()).isEqualTo(4);
    assertThat(tuesdayNine().observedIndex()).isEqualTo(1.5);
    assertThat(tuesdayNine().estimate()).isEqualTo(1.3);
    assertThat(tuesdayNine().shrinkageWeight()).isEqualTo(0.6);
    assertThat(tuesdayNine().lower()).isEqualTo(0.9);
    assertThat(tuesdayNine().upper()).isEqualTo(1.7);
    assertThat(tuesdayNine().isRanked()).isTrue();
    assertThat(tuesdayNine().toString()).contains("TUESDAY 09:00");
  }
}
