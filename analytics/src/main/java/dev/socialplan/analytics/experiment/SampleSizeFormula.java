package dev.socialplan.analytics.experiment;

/**
 * How many trials each variant needs to detect a change of a rate, for a two-sided test.
 *
 * <p>With {@code p} the baseline rate, {@code δ} the absolute minimum detectable effect, {@code
 * z₁₋α/2} and {@code z₁₋β} quantiles of the standard normal distribution (from Apache Commons
 * Statistics) for the significance level α and the power {@code 1 − β}. Worked example: {@code p =
 * 0.20}, {@code δ = 0.05}, α = 0.05, power 0.80 gives 1,030.22, so 1,031 per variant with {@link
 * #EVAN_MILLER}, and 1,093.74, so 1,094 with {@link #POOLED_TEXTBOOK}.
 *
 * <p>Both formulas round <em>up</em>: the result is the smallest whole number of trials at which the
 * formula's power is reached (1,030 trials would fall just short of 0.80). A design that would need
 * more trials than a {@code long} holds (a vanishingly small effect) is refused with an {@link
 * IllegalArgumentException} rather than answered with {@link Long#MAX_VALUE} or infinity.
 */
public enum SampleSizeFormula {
  /**
   * The formula of Evan Miller's sample size calculator (<a
   * href="https://www.evanmiller.org/ab-testing/sample-size.html">evanmiller.org/ab-testing/sample-size.html</a>),
   * which uses the baseline variance twice under the null hypothesis: {@code n = (z₁₋α/2·√(2p(1−p))
   * + z₁₋β·√(p(1−p) + (p+δ)(1−p−δ)))² ÷ δ²}, rounded up (1,030.22 → 1,031).
   *
   * <p>Like the calculator, a baseline above 50 % is mirrored ({@code p} becomes {@code 1 − p})
   * before the formula is applied, so the change planned for is the one toward 50 %, whose variance
   * is the larger: the sample size then suffices to detect the effect either way. For {@code p =
   * 0.6}, {@code δ = 0.05}, α = 0.05 and power 0.80 that gives 1,514.04, so 1,515 per variant (the
   * unmirrored formula would give 1,495, whose power against a drop to 0.55 is only 0.795).
   */
  EVAN_MILLER {
    @Override
    double exact(double baseline, double delta, double significance, double power) {
      double p = baseline > 0.5 ? 1 - baseline : baseline;
      double q = p + delta;
      double zAlpha = RateStatistics.STANDARD_NORMAL.inverseSurvivalProbability(significance / 2);
      double zBeta = RateStatistics.STANDARD_NORMAL.inverseCumulativeProbability(power);
      double root =
          zAlpha * Math.sqrt(2 * p * (1 - p)) + zBeta * Math.sqrt(p * (1 - p) + q * (1 - q));
      return root * root / (delta * delta);
    }

  },
  /**
   * The textbook normal-approximation formula with the pooled rate {@code p̄ = (p + (p + δ)) / 2}
   * under the null hypothesis (Fleiss, Levin and Paik, <i>Statistical Methods for Rates and
   * Proportions</i>, 3rd ed., eq. 4.14, without continuity correction): {@code n = (z₁₋α/2·√(2p̄(1−p̄))
   * + z₁₋β·√(p(1−p) + (p+δ)(1−p−δ)))² ÷ δ²}, rounded up (1,093.74 → 1,094). The baseline is used
   * as given: the change planned for is the rise to {@code p + δ}.
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

  };

  /** The largest result, in trials: beyond it a {@code double} no longer holds every whole number. */
  private static final double MAX_TRIALS = 0x1p53;

  /**
   * Returns the number of trials each variant needs, unrounded.
   *
   * @param baselineRate the baseline rate {@code p}, in {@code (0, 1)}
   * @param minimumDetectableEffect the absolute effect {@code δ > 0}, with {@code p + δ < 1}
   * @param significance the two-sided significance level α, in {@code (0, 1)}
   * @param power the power {@code 1 − β}, in {@code [0.5, 1)}
   * @return the trials per variant, unrounded; finite, at most 2<sup>53</sup>
   * @throws IllegalArgumentException if an argument is out of range, or if the effect is so small
   *     that more than 2<sup>53</sup> trials would be needed (never infinity)
   */
  public double exactPerVariant(
      double baselineRate, double minimumDetectableEffect, double significance, double power) {
    checkArguments(baselineRate, minimumDetectableEffect, significance, power);
    double exact = exact(baselineRate, minimumDetectableEffect, significance, power);
    if (!(exact <= MAX_TRIALS)) {
      throw new IllegalArgumentException(
          "minimumDetectableEffect is too small: "
              + minimumDetectableEffect
              + " would need more than 2^53 trials per variant ("
              + exact
              + ")");
    }
    return exact;
  }

  /**
   * Returns the number of trials each variant needs, rounded up.
   *
   * @param baselineRate the baseline rate {@code p}, in {@code (0, 1)}
   * @param minimumDetectableEffect the absolute effect {@code δ > 0}, with {@code p + δ < 1}
   * @param significance the two-sided significance level α, in {@code (0, 1)}
   * @param power the power {@code 1 − β}, in {@code [0.5, 1)}
   * @return the trials per variant: the exact figure rounded up, at most 2<sup>53</sup>
   * @throws IllegalArgumentException if an argument is out of range, or if the effect is so small
   *     that more than 2<sup>53</sup> trials would be needed (never {@link Long#MAX_VALUE})
   */
  public long perVariant(
      double baselineRate, double minimumDetectableEffect, double significance, double power) {
    return (long)
        Math.ceil(exactPerVariant(baselineRate, minimumDetectableEffect, significance, power));
  }

  abstract double exact(double p, double delta, double significance, double power);

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
