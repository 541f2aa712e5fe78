package dev.socialplan.analytics.aggregate;

/** An amount of money measured on a post; either may be missing from a {@link PerformanceRecord}. */
public enum MoneyMeasure {
  /** What was spent promoting the post. */
  SPEND,
  /** Revenue attributed to the post. */
  REVENUE
}
