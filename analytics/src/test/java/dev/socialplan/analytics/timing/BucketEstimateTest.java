package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.timing.TimeOfWeek;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class BucketEstimateTest {
  private static final BucketEstimate TUESDAY_NINE =
      BucketEstimate.builder()
          .timeOfWeek(TimeOfWeek.of(DayOfWeek.TUESDAY, 9))
          .posts(4)
          .observedIndex(1.5)
          .estimate(1.3)
          .shrinkageWeight(0.6)
          .lower(0.9)
          .upper(1.7)
          .isRanked(true)
          .build();

  @Test
  void keepsItsPartsAndIsAValue() {
    assertThat(TUESDAY_NINE.timeOfWeek()).isEqualTo(TimeOfWeek.of(DayOfWeek.TUESDAY, 9));
    assertThat(TUESDAY_NINE.posts()).isEqualTo(4);
    assertThat(TUESDAY_NINE.observedIndex()).isEqualTo(1.5);
    assertThat(TUESDAY_NINE.estimate()).isEqualTo(1.3);
    assertThat(TUESDAY_NINE.shrinkageWeight()).isEqualTo(0.6);
    assertThat(TUESDAY_NINE.lower()).isEqualTo(0.9);
    assertThat(TUESDAY_NINE.upper()).isEqualTo(1.7);
    assertThat(TUESDAY_NINE.isRanked()).isTrue();
    assertThat(TUESDAY_NINE.toString()).contains("TUESDAY 09:00");
  }
}
