package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestTimeResultTest {
  private static BucketEstimate mondayNine() {
    return BucketEstimate.builder()
            .timeOfWeek(TimeOfWeek.of(DayOfWeek.MONDAY, 9))
            .posts(5)
            .observedIndex(1.4)
            .estimate(1.3)
            .shrinkageWeight(0.7)
            .lower(1.0)
            .upper(1.6)
            .isRanked(true)
            .build();
  }

  private static BestTimeResult.Builder base() {
    return BestTimeResult.builder()
        .platform(Platform.LINKEDIN)
        .zone(ZoneId.of("Asia/Taipei"))
        .postsAnalysed(5)
        .postsWithoutRate(0)
        .postsOnOtherPlatforms(0)
        .explanationText(Text.of("bestTime.noPosts", "LinkedIn"));
  }

  @Test
  void bestHoursComeFromTheRankingOrTheFallbackGrid() {
    BestTimeResult own =
        base().grid(TimeOfWeekGrid.uniform()).ranked(List.of(mondayNine())).buckets(List.of(mondayNine())).build();
    assertThat(own.usedFallback()).isFalse();
    assertThat(own.best(3)).containsExactly(mondayNine().timeOfWeek());
    assertThat(own.best(-1)).isEmpty();

    BestTimeResult fallback =
        base()
            .grid(dev.socialplan.analytics.timing.PostingTimeDefaults.forPlatform(Platform.LINKEDIN))
            .fallbackReason(FallbackReason.TOO_FEW_POSTS)
            .build();
    assertThat(fallback.usedFallback()).isTrue();
    assertThat(fallback.best(2))
        .containsExactly(TimeOfWeek.of(DayOfWeek.TUESDAY, 10), TimeOfWeek.of(DayOfWeek.TUESDAY, 11));
    assertThat(fallback.platform()).isEqualTo(Platform.LINKEDIN);
    assertThat(fallback.zone()).isEqualTo(ZoneId.of("Asia/Taipei"));
  }
}
