package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A confidence interval for a rate (a fraction in {@code [0, 1]}) or for a difference of rates (in
 * {@code [−1, 1]}), with its confidence level and the method that produced it.
 *
 * <p>Bounds are fractions: a Wilson interval {@code [0.6918, 0.8770]} for 56 successes in 70 trials
 * means 69.18 % to 87.70 %. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, not above {@link #upper()}
   */
  public abstract double lower();

  /**
   * Returns the upper bound.
   *
   * @return the upper bound
   */
  public abstract double upper();

  /**
   * Returns the confidence level, for example 0.95.
   *
   * @return the level, in {@code (0, 1)}
   */
  public abstract double confidenceLevel();

  /**
   * Returns how the interval was computed.
   *
   * @return the method
   */
  public abstract IntervalMethod method();

  /**
   * Obtains an interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below the lower bound
   * @param confidenceLevel the confidence level, in {@code (0, 1)}
   * @param method how the interval was computed
   * @return the interval
   * @throws IllegalArgumentException if a bound is not finite, the bounds are upside down, or the
   *     level is not in {@code (0, 1)}
   */
  public static ConfidenceInterval of(
      double lower, double upper, double confidenceLevel, IntervalMethod method) {
    return builder()
        .lower(lower)
        .upper(upper)
        .confidenceLevel(confidenceLevel)
        .method(method)
        .build();
  }

  /**
   * Computes the Wilson score interval of a single proportion (E. B. Wilson, "Probable inference,
   * the law of succession, and statistical inference", JASA 22, 1927; method 3 of R. G. Newcombe,
   * "Two-sided confidence intervals for the single proportion: comparison of seven methods",
   * Statistics in Medicine 17, 1998), by Apache Commons Statistics' {@code
   * BinomialConfidenceInterval.WILSON_SCORE}, bounds clamped to {@code [0, 1]}. Newcombe's examples:
   * 81 of 263 at 95 % give {@code [0.2553, 0.3662]}; 0 of 20 give {@code [0, 0.1611]}.
   *
   * <p>The interval is {@code (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) ÷ (1 + z²/n)} with {@code z}
   * the standard normal quantile for {@code (1 + level) / 2}. Unlike the Wald interval it stays
   * inside {@code [0, 1]} and is not degenerate at 0 or all successes.
   *
   * @param successes the successes, from zero to {@code trials}
   * @param trials the trials, zero to {@link Integer#MAX_VALUE} (Commons Statistics counts in
   *     {@code int}s)
   * @param confidenceLevel the confidence level, in {@code (0, 1)}, for example 0.95
   * @return the interval; empty when there were no trials
   * @throws IllegalArgumentException if a count is negative, the successes exceed the trials, the
   *     trials exceed {@link Integer#MAX_VALUE} or the level is not in {@code (0, 1)}
   */
  public static Optional<ConfidenceInterval> wilsonScore(
      long successes, long trials, double confidenceLevel) {
    ExperimentChecks.openUnit(confidenceLevel, "confidenceLevel");
    return RateStatistics.wilson(Variant.of("proportion", trials, successes), confidenceLevel);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a value lies within the interval, bounds included.
   *
   * @param value the value
   * @return true if {@code lower() <= value <= upper()}
   */
  public boolean contains(double value) {
    return lower() <= value && value <= upper();
  }

  /**
   * Tells whether the interval lies entirely above zero (for a difference: B is better than A).
   *
   * @return true if {@code lower() > 0}
   */
  public boolean isAboveZero() {
    return lower() > 0;
  }

  /**
   * Tells whether the interval lies entirely below zero.
   *
   * @return true if {@code upper() < 0}
   */
  public boolean isBelowZero() {
    return upper() < 0;
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper() - lower()}
   */
  public double width() {
    return upper() - lower();
  }

  @Value.Check
  void check() {
    Checks.finite(lower(), "lower");
    Checks.finite(upper(), "upper");
    if (lower() > upper()) {
      throw new IllegalArgumentException(
          "lower must not exceed upper (" + upper() + "): " + lower());
    }
    ExperimentChecks.openUnit(confidenceLevel(), "confidenceLevel");
  }

  /** Builds a {@link ConfidenceInterval}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableConfidenceInterval.Builder {
    Builder() {}
  }
}
