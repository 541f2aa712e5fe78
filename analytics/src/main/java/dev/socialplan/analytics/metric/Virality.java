package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * Virality rate: shares ÷ impressions (docs/metrics.md). Example: 240 shares of
 * 12,000 impressions give 2 %.
 */
public final class Virality {
  private Virality() {}

  /**
   * Virality rate: shares ÷ impressions.
   *
   * @param shares the shares
   * @param impressions the impressions
   * @return the rate; undefined without impressions
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio rate(long shares, long impressions) {
    Checks.nonNegative(shares, "shares");
    Checks.nonNegative(impressions, "impressions");
    return Ratio.of(shares, impressions);
  }
}
