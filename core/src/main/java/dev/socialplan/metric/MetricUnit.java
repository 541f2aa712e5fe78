package dev.socialplan.metric;

/**
 * The unit a {@link MetricKind} is measured in, which also fixes the form of a goal's target and
 * baseline.
 *
 * <p>Every unit has a canonical numeric scale, used wherever a value of the unit is reduced to a
 * number (for example a goal's required change per month): counts as numbers of things, rates as
 * fractions ({@code 0.05} for 5 %), money in the currency's major unit, durations in seconds, scores
 * in points.
 */
public enum MetricUnit {
  /** A count of things: followers, clicks, conversions. Never negative. */
  COUNT,
  /**
   * A rate, carried as a {@link Ratio} and reduced to a fraction ({@code 0.0345}); it may exceed 1
   * (ROAS of 4.0, a conversion rate above 100 %) or be negative (ROI).
   */
  RATE,
  /** An amount of money (Joda-Money), in the currency's major unit when reduced to a number. */
  MONEY,
  /** A span of time ({@link java.time.Duration}), in seconds when reduced to a number. */
  DURATION,
  /** A score on a scale of its own, in points: a Net Promoter Score from -100 to 100. */
  SCORE
}
