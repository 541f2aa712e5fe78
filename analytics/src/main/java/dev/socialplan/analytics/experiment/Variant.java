package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;

/**
 * One arm of an experiment: its name, how many times it was shown (trials: impressions, visitors,
 * recipients) and how many of those succeeded (clicks, engagements, conversions).
 *
 * <p>Trials are limited to {@link Integer#MAX_VALUE} because Apache Commons Statistics computes
 * binomial intervals on {@code int} counts; an experiment arm with more than two billion trials is
 * outside what this package analyses. This record is immutable and thread-safe.
 *
 * @param name the variant's name, not blank ({@code "A"}, {@code "red button"})
 * @param trials the number of trials, zero or more
 * @param successes the number of successes, from zero to {@code trials}
 */
public record Variant(String name, long trials, long successes) {

  /**
   * Validates the parts.
   *
   * @param name the variant's name, not blank
   * @param trials the number of trials, zero to {@link Integer#MAX_VALUE}
   * @param successes the number of successes, from zero to {@code trials}
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank, a count is negative, the successes
   *     exceed the trials, or the trials exceed {@link Integer#MAX_VALUE}
   */
  public Variant {
    Checks.nonBlank(name, "name");
    Checks.nonNegative(trials, "trials");
    Checks.nonNegative(successes, "successes");
    if (trials > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "trials must not exceed " + Integer.MAX_VALUE + ": " + trials);
    }
    if (successes > trials) {
      throw new IllegalArgumentException(
          "successes must not exceed trials (" + trials + "): " + successes);
    }
  }

  /**
   * Obtains a variant.
   *
   * @param name the variant's name, not blank
   * @param trials the number of trials, zero to {@link Integer#MAX_VALUE}
   * @param successes the number of successes, from zero to {@code trials}
   * @return the variant
   * @throws IllegalArgumentException if the counts are impossible, as for the constructor
   */
  public static Variant of(String name, long trials, long successes) {
    return new Variant(name, trials, successes);
  }

  /**
   * Returns the number of trials that did not succeed.
   *
   * @return {@code trials - successes}
   */
  public long failures() {
    return trials - successes;
  }

  /**
   * Returns the observed rate, successes per trial.
   *
   * @return {@code successes / trials}; undefined when there were no trials
   */
  public Ratio rate() {
    return Ratio.of(successes, trials);
  }
}
