package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * Engagement rates of one post or one day from already-summed engagements. To sum the
 * components of a platform's definition and pick the denominator, use {@link
 * EngagementRate#of(EngagementDefinition, EngagementCounts, Exposure)}.
 *
 * <p>Every method returns an undefined {@link Ratio} when its denominator is zero, and refuses
 * negative counts with an {@link IllegalArgumentException} naming the parameter.
 */
public final class EngagementRates {
  private EngagementRates() {}

  /**
   * Engagement rate by reach: engagements ÷ reach, per post (Hootsuite engagement-rate guide).
   * Averages over posts are the mean of per-post rates ({@link Averages#meanOfRatios}): posts at
   * 3.4 % and 3.5 % average 3.45 %.
   *
   * @param engagements the post's engagements
   * @param reach the post's reach
   * @return the rate; undefined when the reach is zero
   */
  public static Ratio byReach(long engagements, long reach) {
    return rate(engagements, reach, "reach");
  }

  /**
   * Engagement rate by impressions: engagements ÷ impressions (Buffer help, X and Facebook).
   * Example: 500 ÷ 20,000 = 2.5 %.
   *
   * @param engagements the post's engagements
   * @param impressions the post's impressions
   * @return the rate; undefined when there were no impressions
   */
  public static Ratio byImpressions(long engagements, long impressions) {
    return rate(engagements, impressions, "impressions");
  }

  /**
   * Engagement rate by views: engagements ÷ views (Meta Instagram insights reference: views replaced
   * impressions in April 2025).
   *
   * @param engagements the post's engagements
   * @param views the post's views
   * @return the rate; undefined when there were no views
   */
  public static Ratio byViews(long engagements, long views) {
    return rate(engagements, views, "views");
  }

  /**
   * Engagement rate by followers: engagements ÷ followers on the day the post was published
   * (Hootsuite; NapoleonCat). Example: 1,000 ÷ 20,000 = 5 %.
   *
   * @param engagements the post's engagements
   * @param followersOnPublishDay the account's followers on the publish day
   * @return the rate; undefined when the account had no followers
   */
  public static Ratio byFollowers(long engagements, long followersOnPublishDay) {
    return rate(engagements, followersOnPublishDay, "followersOnPublishDay");
  }

  /**
   * Daily engagement rate: a day's engagements on all posts ÷ followers (NapoleonCat).
   *
   * @param engagementsOfDay the engagements received that day
   * @param followers the account's followers that day
   * @return the rate; undefined when the account had no followers
   */
  public static Ratio dailyByFollowers(long engagementsOfDay, long followers) {
    return rate(engagementsOfDay, followers, "followers");
  }

  /**
   * Average daily engagement rate over X days: engagements ÷ (X × followers) (NapoleonCat).
   * Example: 3,000 engagements over 3 days with 20,000 followers gives 5 %.
   *
   * @param engagements the engagements received over the days
   * @param days the number of days, X
   * @param followers the account's followers
   * @return the rate; undefined when there are no days or no followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio averageDailyByFollowers(long engagements, long days, long followers) {
    Checks.nonNegative(engagements, "engagements");
    Checks.nonNegative(days, "days");
    Checks.nonNegative(followers, "followers");
    return Ratio.of((double) engagements, (double) days * followers);
  }

  private static Ratio rate(long engagements, long denominator, String name) {
    Checks.nonNegative(engagements, "engagements");
    Checks.nonNegative(denominator, name);
    return Ratio.of(engagements, denominator);
  }
}
