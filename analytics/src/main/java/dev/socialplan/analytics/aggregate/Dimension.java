package dev.socialplan.analytics.aggregate;

/**
 * What a {@link Grouping} groups performance records by. The time-based dimensions are computed in
 * the grouping's time zone.
 */
public enum Dimension {
  /** The platform. */
  PLATFORM,
  /** The post format. */
  FORMAT,
  /** The post's purpose. */
  PURPOSE,
  /** Paid, organic or unknown. */
  PAID,
  /** The account the post was published from; posts without one form one group. */
  ACCOUNT,
  /** The campaign; posts without one form one group. */
  CAMPAIGN,
  /** The content pillar; posts without one form one group. */
  PILLAR,
  /**
   * The hashtag. A post with several hashtags counts in the group of each, so the groups of a
   * grouping by hashtag overlap and their counts add up to more than the number of posts; posts
   * without a hashtag form one group.
   */
  HASHTAG,
  /** The local weekday × hour of publication (168 buckets). */
  TIME_OF_WEEK,
  /** The local date of publication. */
  DAY,
  /**
   * The ISO-8601 week of publication: weeks start on Monday and belong to the week-based year that
   * holds their Thursday, so 29 December 2025 is in week 1 of 2026.
   */
  WEEK,
  /** The local year and month of publication. */
  MONTH;

  /**
   * Tells whether the dimension depends on the local time of publication.
   *
   * @return true for {@link #TIME_OF_WEEK}, {@link #DAY}, {@link #WEEK} and {@link #MONTH}
   */
  public boolean isTimeBased() {
    return ordinal() >= TIME_OF_WEEK.ordinal();
  }
}
