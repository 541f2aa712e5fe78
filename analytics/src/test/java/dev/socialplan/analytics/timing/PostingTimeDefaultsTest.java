package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;
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

  /** Every window of the class's documented table (Sprout Social 2023), and nothing else, weighs 2. */
  @Test
  void preferredHoursAreExactlyTheDocumentedWindows() {
    assertThat(preferred(Platform.FACEBOOK))
        .isEqualTo(
            hours(
                window(DayOfWeek.MONDAY, 8, 13),
                window(DayOfWeek.TUESDAY, 8, 14),
                window(DayOfWeek.WEDNESDAY, 8, 13),
                window(DayOfWeek.THURSDAY, 8, 12)));
    assertThat(preferred(Platform.INSTAGRAM))
        .isEqualTo(
            hours(
                window(DayOfWeek.MONDAY, 10, 12),
                window(DayOfWeek.TUESDAY, 9, 13),
                window(DayOfWeek.WEDNESDAY, 10, 13),
                window(DayOfWeek.FRIDAY, 9, 11)));
    assertThat(preferred(Platform.X))
        .isEqualTo(
            hours(
                window(DayOfWeek.TUESDAY, 9, 12),
                window(DayOfWeek.WEDNESDAY, 9, 12),
                window(DayOfWeek.THURSDAY, 9, 12),
                window(DayOfWeek.FRIDAY, 9, 12)));
    assertThat(preferred(Platform.LINKEDIN))
        .isEqualTo(hours(window(DayOfWeek.TUESDAY, 10, 12), window(DayOfWeek.WEDNESDAY, 10, 12)));
    assertThat(preferred(Platform.TIKTOK))
        .isEqualTo(
            hours(
                window(DayOfWeek.TUESDAY, 14, 18),
                window(DayOfWeek.WEDNESDAY, 14, 18),
                window(DayOfWeek.THURSDAY, 14, 18)));
    assertThat(preferred(Platform.of("xiaohongshu")))
        .isEqualTo(
            hours(
                window(DayOfWeek.TUESDAY, 9, 12),
                window(DayOfWeek.WEDNESDAY, 9, 12),
                window(DayOfWeek.THURSDAY, 9, 12)));
  }

  private static Set<TimeOfWeek> preferred(Platform platform) {
    TimeOfWeekGrid grid = PostingTimeDefaults.forPlatform(platform);
    Set<TimeOfWeek> preferred = new HashSet<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 0; hour < 24; hour++) {
        double weight = grid.weight(day, hour);
        if (weight == PostingTimeDefaults.PREFERRED) {
          preferred.add(TimeOfWeek.of(day, hour));
        } else {
          assertThat(weight).isEqualTo(PostingTimeDefaults.OTHER);
        }
      }
    }
    return preferred;
  }

  /** The hours of a window, end exclusive. */
  private static Set<TimeOfWeek> window(DayOfWeek day, int from, int to) {
    Set<TimeOfWeek> hours = new HashSet<>();
    for (int hour = from; hour < to; hour++) {
      hours.add(TimeOfWeek.of(day, hour));
    }
    return hours;
  }

  @SafeVarargs
  private static Set<TimeOfWeek> hours(Set<TimeOfWeek>... windows) {
    Set<TimeOfWeek> all = new HashSet<>();
    for (Set<TimeOfWeek> w : windows) {
      all.addAll(w);
    }
    return all;
  }
}
