package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * Conversion rate: conversions ÷ interactions (Google Ads help, "Conversion rate").
 * Example: 50 conversions from 1,000 interactions give 5 %. The rate can exceed 100 % when every
 * conversion is counted (several conversions per interaction); that is not an error.
 */
public final class ConversionRate {
  private ConversionRate() {}

  /**
   * Conversion rate: conversions ÷ interactions (clicks, for most social ads).
   *
   * @param conversions the conversions
   * @param interactions the interactions
   * @return the rate; undefined without interactions
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio rate(long conversions, long interactions) {
    Checks.nonNegative(conversions, "conversions");
    Checks.nonNegative(interactions, "interactions");
    return Ratio.of(conversions, interactions);
  }
}
