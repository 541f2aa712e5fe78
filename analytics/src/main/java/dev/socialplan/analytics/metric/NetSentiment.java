package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * The three net sentiment formulas listening tools use, named so reports say which one they show
 * (listening vendors' documentation, docs/metrics.md). Worked example with 80
 * positive, 20 negative and 100 neutral mentions: (a) 30 points, (b) 60 %, (c) 80 %.
 */
public enum NetSentiment {
  /** Variant (a): (positive − negative) ÷ all mentions, neutral included in the base. */
  NET_OF_ALL_MENTIONS,
  /** Variant (b): (positive − negative) ÷ (positive + negative); neutral mentions left out. */
  NET_OF_POLAR_MENTIONS,
  /** Variant (c): positive ÷ (positive + negative); neutral mentions left out. */
  POSITIVE_SHARE;

  /**
   * Computes this variant.
   *
   * @param positive positive mentions
   * @param negative negative mentions
   * @param neutral neutral mentions (used by variant (a) only)
   * @return the sentiment; (a) and (b) range from −100 % to 100 %, (c) from 0 to 100 %; undefined
   *     when the base is zero
   * @throws ArithmeticException if the base overflows a long
   * @throws IllegalArgumentException if a count is negative
   */
  public Ratio of(long positive, long negative, long neutral) {
    Checks.nonNegative(positive, "positive");
    Checks.nonNegative(negative, "negative");
    Checks.nonNegative(neutral, "neutral");
    long polar = Math.addExact(positive, negative);
    switch (this) {
      case NET_OF_ALL_MENTIONS:
        return Ratio.of(positive - negative, Math.addExact(polar, neutral));
      case NET_OF_POLAR_MENTIONS:
        return Ratio.of(positive - negative, polar);
      case POSITIVE_SHARE:
        return Ratio.of(positive, polar);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the letter the reference uses for this variant.
   *
   * @return {@code 'a'}, {@code 'b'} or {@code 'c'}
   */
  public char letter() {
    return (char) ('a' + ordinal());
  }
}
