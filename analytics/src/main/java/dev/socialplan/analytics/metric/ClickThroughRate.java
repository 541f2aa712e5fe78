package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * Click-through rate: clicks ÷ impressions (Google Ads help, "Clickthrough rate (CTR)").
 * Example: 5 clicks of 1,000 impressions give 0.5 %.
 */
public final class ClickThroughRate {
  private ClickThroughRate() {}

  /**
   * Click-through rate: clicks ÷ impressions.
   *
   * @param clicks the clicks
   * @param impressions the impressions
   * @return the rate; undefined without impressions
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio rate(long clicks, long impressions) {
    Checks.nonNegative(clicks, "clicks");
    Checks.nonNegative(impressions, "impressions");
    return Ratio.of(clicks, impressions);
  }
}
