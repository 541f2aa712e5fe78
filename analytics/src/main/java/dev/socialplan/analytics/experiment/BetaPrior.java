package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;

/**
 * A Beta prior on a rate with whole-number parameters, as pseudo-counts: {@code alpha − 1} prior
 * successes and {@code beta − 1} prior failures. Whole numbers keep Evan Miller's closed form for
 * {@link BayesianComparison} exact. This record is immutable and thread-safe.
 *
 * @param alpha the first shape parameter, at least 1
 * @param beta the second shape parameter, at least 1
 */
public record BetaPrior(long alpha, long beta) {

  /** The uniform prior Beta(1, 1): every rate equally likely before seeing data. */
  public static final BetaPrior UNIFORM = new BetaPrior(1, 1);

  /**
   * Validates the parameters.
   *
   * @param alpha the first shape parameter, at least 1
   * @param beta the second shape parameter, at least 1
   * @throws IllegalArgumentException if a parameter is below 1
   */
  public BetaPrior {
    if (alpha < 1) {
      throw new IllegalArgumentException("alpha must be at least 1: " + alpha);
    }
    if (beta < 1) {
      throw new IllegalArgumentException("beta must be at least 1: " + beta);
    }
  }

  /**
   * Obtains a prior.
   *
   * @param alpha the first shape parameter, at least 1
   * @param beta the second shape parameter, at least 1
   * @return the prior
   * @throws IllegalArgumentException if a parameter is below 1
   */
  public static BetaPrior of(long alpha, long beta) {
    return new BetaPrior(alpha, beta);
  }

  /**
   * Returns the posterior parameters after observing a variant: {@code (alpha + successes, beta +
   * failures)}.
   *
   * @param variant the observed variant
   * @return the posterior, itself a Beta distribution with whole-number parameters
   * @throws ArithmeticException if a parameter overflows a long
   */
  public BetaPrior posterior(Variant variant) {
    Checks.notNull(variant, "variant");
    return new BetaPrior(
        Math.addExact(alpha, variant.successes()), Math.addExact(beta, variant.failures()));
  }

  /**
   * Returns the mean of the distribution, {@code alpha / (alpha + beta)}.
   *
   * @return the mean, in {@code (0, 1)}
   */
  public double mean() {
    return (double) alpha / ((double) alpha + beta);
  }
}
