package dev.socialplan.analytics.experiment;

/**
 * How many trials each variant needs to detect a change of a rate, for a two-sided test.
 *
 * <p>With {@code p} the baseline rate, {@code δ} the absolute minimum detectable effect, {@code
 * z₁₋α/2} and {@code z₁₋β} quantiles of the standard normal distribution (from Apache Commons
 * Statistics) for the significance level α and the power {@code 1 − β}. Worked example: {@code p =
 * 0.20}, {@code δ = 0.05}, α = 0.05, power 0.80 gives 1,030 per variant with {@link #EVAN_MILLER}
 * and 1,094 with {@link #POOLED_TEXTBOOK}.
 */
public enum SampleSizeFormula {
  /**
   * The formula of Evan Miller's sample size calculator (evanmiller.org/ab-testing/sample-size.html),
   * which uses the baseline variance twice under the null hypothesis: {@code n = (z₁₋α/2·√(2p(1−p))
   * + z₁₋β·√(p(1−p) + (p+δ)(1−p−δ)))² ÷ δ²}, rounded to the nearest whole trial as the calculator
   * displays it (1,030.22 → 1,030).
   */
  EVAN_MILLER {
    @Override
    double exact(double p, double delta, double significance, double power) {
      double q = p + delta;
      double zAlpha = RateStatistics.STANDARD_NORMAL.inverseSurvivalProbability(significance / 2);
      double zBeta = RateStatistics.STANDARD_NORMAL.inverseCumulativeProbability(power);
      double root =
          zAlpha * Math.sqrt(2 * p * (1 - p)) + zBeta * Math.sqrt(p * (1 - p) + q * (1 - q));
      return root * root / (delta * delta);
    }

    @Override
    long round(double exact) {
      return Math.round(exact);
    }
  },
  /**
   * The textbook normal-approximation formula with the pooled rate {@code p̄ = (p + (p + δ)) / 2}
   * under the null hypothesis (Fleiss, Levin and Paik, <i>Statistical Methods for Rates and
   * Proportions</i>, 3rd ed., eq. 4.14, without continuity correction): {@code n = (z₁₋α/2·√(2p̄(1−p̄))
   * + z₁₋β·√(p(1−p) + (p+δ)(1−p−δ)))² ÷ δ²}, rounded up (1,093.74 → 1,094).
   */
  POOLED_TEXTBOOK {
    @Override
    double exact(double p, double delta, double significance, double power) {
      double q = p + delta;
      double pooled = (p + q) / 2;
      double zAlpha = RateStatistics.STANDARD_NORMAL.inverseSurvivalProbability(significance / 2);
      double zBeta = RateStatistics.STANDARD_NORMAL.inverseCumulativeProbability(power);
      double root =
          zAlpha * Math.sqrt(2 * pooled * (1 - pooled))
              + zBeta * Math.sqrt(p * (1 - p) + q * (1 - q));
      return root * root / (delta * delta);
    }

    @Override
    long round(double exact) {
      return (long) Math.ceil(exact);
    }
  };

  /**
   * Returns the number of trials each variant needs, unrounded.
   *
   * @param baselineRate the baseline rate {@code p}, in {@code (0, 1)}
   * @param minimumDetectableEffect the absolute effect {@code δ > 0}, with {@code p + δ < 1}
   * @param significance the two-sided significance level α, in {@code (0, 1)}
   * @param power the power {@code 1 − β}, in {@code [0.5, 1)}
   * @return the trials per variant, unrounded
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double exactPerVariant(
      double baselineRate, double minimumDetectableEffect, double significance, double power) {
    checkArguments(baselineRate, minimumDetectableEffect, significance, power);
    return exact(baselineRate, minimumDetectableEffect, significance, power);
  }

  /**
   * Returns the number of trials each variant needs, rounded as the formula's description says.
   *
   * @param baselineRate the baseline rate {@code p}, in {@code (0, 1)}
   * @param minimumDetectableEffect the absolute effect {@code δ > 0}, with {@code p + δ < 1}
   * @param significance the two-sided significance level α, in {@code (0, 1)}
   * @param power the power {@code 1 − β}, in {@code [0.5, 1)}
   * @return the trials per variant
   * @throws IllegalArgumentException if an argument is out of range
   */
  public long perVariant(
      double baselineRate, double minimumDetectableEffect, double significance, double power) {
    return round(exactPerVariant(baselineRate, minimumDetectableEffect, significance, power));
  }

  abstract double exact(double p, double delta, double significance, double power);

  abstract long round(double exact);

  static void checkArguments(
      double baselineRate, double minimumDetectableEffect, double significance, double power) {
    ExperimentChecks.openUnit(baselineRate, "baselineRate");
    ExperimentChecks.openUnit(minimumDetectableEffect, "minimumDetectableEffect");
    ExperimentChecks.openUnit(significance, "significance");
    ExperimentChecks.openUnit(power, "power");
    if (power < 0.5) {
      // Below 50 % the power term z(1 − β) turns negative and cancels the significance term: the
      // formula then asks for fewer trials the less power is wanted, down to none at all.
      throw new IllegalArgumentException("power must be at least 0.5: " + power);
    }
    if (baselineRate + minimumDetectableEffect >= 1) {
      throw new IllegalArgumentException(
          "baselineRate + minimumDetectableEffect must be less than 1: "
              + baselineRate
              + " + "
              + minimumDetectableEffect);
    }
  }
}
