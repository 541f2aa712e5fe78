package dev.socialplan.analytics.metric;

/** What an engagement rate divides by. {@link EngagementDefinition} orders them as a fallback list. */
public enum EngagementDenominator {
  /** Unique accounts that saw the post (Hootsuite's engagement rate by reach). */
  REACH,
  /** Times the post was shown, repeats included (Buffer and LinkedIn divide by impressions). */
  IMPRESSIONS,
  /** Views; Instagram replaced impressions with views in April 2025 (Meta Instagram insights). */
  VIEWS,
  /** Followers of the account on the day the post was published (Hootsuite; NapoleonCat). */
  FOLLOWERS
}
