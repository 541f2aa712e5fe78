package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class PostingTimeDefaultsTest {
  @Test
  void facebookWindowsAreWeekdayMornings() {
    TimeOfWeekGrid grid = PostingTimeDefaults.forPlatform(Platform.FACEBOOK);
    assertThat(grid.weight(DayOfWeek.TUESDAY, 8)).isEqualTo(PostingTimeDefaults.PREFERRED);
    assertThat(grid.weight(DayOfWeek.TUESDAY, 13)).isEqualTo(PostingTimeDefaults.PREFERRED);
    assertThat(grid.weight(DayOfWeek.TUESDAY, 14)).isEqualTo(PostingTimeDefaults.OTHER);
    assertThat(grid.weight(DayOfWeek.THURSDAY, 12)).isEqualTo(PostingTimeDefaults.OTHER);
    assertThat(grid.weight(DayOfWeek.SUNDAY, 10)).isEqualTo(PostingTimeDefaults.OTHER);
    assertThat(grid.ranked().get(0)).isEqualTo(TimeOfWeek.of(DayOfWeek.MONDAY, 8));
  }

  @Test
  void eachPlatformHasItsOwnWindows() {
    assertThat(PostingTimeDefaults.forPlatform(Platform.INSTAGRAM).weight(DayOfWeek.FRIDAY, 10))
        .isEqualTo(2.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.INSTAGRAM).weight(DayOfWeek.THURSDAY, 10))
        .isEqualTo(1.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.X).weight(DayOfWeek.FRIDAY, 11)).isEqualTo(2.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.LINKEDIN).weight(DayOfWeek.THURSDAY, 10))
        .isEqualTo(1.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.LINKEDIN).weight(DayOfWeek.WEDNESDAY, 11))
        .isEqualTo(2.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.TIKTOK).weight(DayOfWeek.WEDNESDAY, 17))
        .isEqualTo(2.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.of("xiaohongshu")).weight(DayOfWeek.WEDNESDAY, 9))
        .isEqualTo(2.0);
    assertThat(PostingTimeDefaults.forPlatform(Platform.of("xiaohongshu")).weight(DayOfWeek.MONDAY, 9))
        .isEqualTo(1.0);
  }
}
