package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * Audience growth rate: net new followers ÷ followers at the start of the period (
 * Hootsuite). Example: 10,000 followers growing to 10,500 give 5 %. A shrinking audience gives a
 * negative rate.
 */
public final class AudienceGrowth {
  private AudienceGrowth() {}

  /**
   * Audience growth rate from the follower counts at both ends of a period: (end − start) ÷ start.
   *
   * @param followersAtStart the followers at the start of the period
   * @param followersAtEnd the followers at the end of the period
   * @return the rate; undefined when the account started with no followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio rate(long followersAtStart, long followersAtEnd) {
    Checks.nonNegative(followersAtStart, "followersAtStart");
    Checks.nonNegative(followersAtEnd, "followersAtEnd");
    return Ratio.of(followersAtEnd - followersAtStart, followersAtStart);
  }

  /**
   * Audience growth rate from net new followers: netNew ÷ start.
   *
   * @param netNewFollowers followers gained minus followers lost; may be negative
   * @param followersAtStart the followers at the start of the period
   * @return the rate; undefined when the account started with no followers
   * @throws IllegalArgumentException if more followers were lost than the account had
   */
  public static Ratio rateFromNetNew(long netNewFollowers, long followersAtStart) {
    Checks.nonNegative(followersAtStart, "followersAtStart");
    if (netNewFollowers < -followersAtStart) {
      throw new IllegalArgumentException(
          "netNewFollowers must not lose more than the "
              + followersAtStart
              + " followers at the start: "
              + netNewFollowers);
    }
    return Ratio.of(netNewFollowers, followersAtStart);
  }
}
