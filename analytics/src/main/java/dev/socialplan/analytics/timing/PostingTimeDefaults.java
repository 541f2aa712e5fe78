package dev.socialplan.analytics.timing;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * Default posting times per platform, used when an account's own history is too thin.
 *
 * <p>Source: Sprout Social, "Best times to post on social media in 2023", from engagement on about
 * 400,000 profiles of Sprout's customers, in each audience's local time (reported by Social Media
 * Today, 2023-05-10, and O'Dwyer's, 2023-06-07). The windows, local time, end exclusive:
 *
 * <ul>
 *   <li>Facebook: Monday 8–13, Tuesday 8–14, Wednesday 8–13, Thursday 8–12.
 *   <li>Instagram: Monday 10–12, Tuesday 9–13, Wednesday 10–13, Friday 9–11.
 *   <li>X: Tuesday to Friday 9–12.
 *   <li>LinkedIn: Tuesday and Wednesday 10–12.
 *   <li>TikTok: Tuesday to Thursday 14–18.
 *   <li>Any other platform: Sprout's cross-network finding, Tuesday to Thursday 9–12.
 * </ul>
 *
 * <p>Hours inside a window weigh 2, every other hour 1: the scheduler prefers the windows without
 * ruling anything out. These are generic starting points, to be replaced by the account's own
 * analysis as soon as it has enough posts.
 */
public final class PostingTimeDefaults {
  private PostingTimeDefaults() {}

  /** The weight of an hour inside a recommended window. */
  public static final double PREFERRED = 2.0;

  /** The weight of every other hour. */
  public static final double OTHER = 1.0;

  /**
   * Returns the default grid of a platform.
   *
   * @param platform the platform
   * @return weights of {@link #PREFERRED} in the platform's recommended windows and {@link #OTHER}
   *     elsewhere
   */
  public static TimeOfWeekGrid forPlatform(Platform platform) {
    Checks.notNull(platform, "platform");
    Map<TimeOfWeek, Double> w = new HashMap<>();
    if (platform.equals(Platform.FACEBOOK)) {
      window(w, DayOfWeek.MONDAY, 8, 13);
      window(w, DayOfWeek.TUESDAY, 8, 14);
      window(w, DayOfWeek.WEDNESDAY, 8, 13);
      window(w, DayOfWeek.THURSDAY, 8, 12);
    } else if (platform.equals(Platform.INSTAGRAM)) {
      window(w, DayOfWeek.MONDAY, 10, 12);
      window(w, DayOfWeek.TUESDAY, 9, 13);
      window(w, DayOfWeek.WEDNESDAY, 10, 13);
      window(w, DayOfWeek.FRIDAY, 9, 11);
    } else if (platform.equals(Platform.X)) {
      for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY}) {
        window(w, d, 9, 12);
      }
    } else if (platform.equals(Platform.LINKEDIN)) {
      window(w, DayOfWeek.TUESDAY, 10, 12);
      window(w, DayOfWeek.WEDNESDAY, 10, 12);
    } else if (platform.equals(Platform.TIKTOK)) {
      for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
        window(w, d, 14, 18);
      }
    } else {
      for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
        window(w, d, 9, 12);
      }
    }
    return TimeOfWeekGrid.of(w, OTHER);
  }

  private static void window(Map<TimeOfWeek, Double> w, DayOfWeek day, int from, int to) {
    for (int hour = from; hour < to; hour++) {
      w.put(TimeOfWeek.of(day, hour), PREFERRED);
    }
  }
}
