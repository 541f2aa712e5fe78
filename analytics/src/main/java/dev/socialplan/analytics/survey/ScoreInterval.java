package dev.socialplan.analytics.survey;

import dev.socialplan.internal.Checks;

/**
 * A confidence interval for a score in points, such as a Net Promoter Score. This record is
 * immutable and thread-safe.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below the lower bound
 * @param confidenceLevel the confidence level, in {@code (0, 1)}
 */
public record ScoreInterval(double lower, double upper, double confidenceLevel) {

  /**
   * Validates the parts.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below the lower bound
   * @param confidenceLevel the confidence level, in {@code (0, 1)}
   * @throws IllegalArgumentException if a bound is not finite, the bounds are upside down or the
   *     level is not in {@code (0, 1)}
   */
  public ScoreInterval {
    Checks.finite(lower, "lower");
    Checks.finite(upper, "upper");
    if (lower > upper) {
      throw new IllegalArgumentException("lower must not exceed upper (" + upper + "): " + lower);
    }
    Checks.finite(confidenceLevel, "confidenceLevel");
    if (confidenceLevel <= 0 || confidenceLevel >= 1) {
      throw new IllegalArgumentException(
          "confidenceLevel must be greater than 0 and less than 1: " + confidenceLevel);
    }
  }

  /**
   * Tells whether a value lies within the interval, bounds included.
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
