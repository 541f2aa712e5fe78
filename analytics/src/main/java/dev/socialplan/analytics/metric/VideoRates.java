package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/** Video view rate and completion rate. */
public final class VideoRates {
  private VideoRates() {}

  /**
   * Video view rate: views ÷ view-eligible impressions (Google Ads help, "View rate"). Example: 5
   * views of 1,000 impressions give 0.5 %.
   *
   * @param views the views
   * @param viewEligibleImpressions the impressions that could have become views
   * @return the rate; undefined without impressions
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio viewRate(long views, long viewEligibleImpressions) {
    Checks.nonNegative(views, "views");
    Checks.nonNegative(viewEligibleImpressions, "viewEligibleImpressions");
    return Ratio.of(views, viewEligibleImpressions);
  }

  /**
   * Video completion rate: completions ÷ starts (docs/metrics.md). Example: 2,180 of 14,200
   * starts give 15.35 %.
   *
   * @param completions the views that played to the end
   * @param starts the views that started
   * @return the rate; undefined without starts
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio completionRate(long completions, long starts) {
    Checks.nonNegative(completions, "completions");
    Checks.nonNegative(starts, "starts");
    return Ratio.of(completions, starts);
  }
}
