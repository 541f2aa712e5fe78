package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One pair of a {@link MultiVariantAnalysis}: the two-proportion z-test of {@link #second()} against
 * {@link #first()}, its raw p-value and its p-value adjusted by Holm's step-down method over all
 * pairs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PairwiseComparison {

  PairwiseComparison() {}

  /**
   * Returns the first variant of the pair, treated as the control.
   *
   * @return the first variant
   */
  public abstract Variant first();

  /**
   * Returns the second variant of the pair, treated as the treatment.
   *
   * @return the second variant
   */
  public abstract Variant second();

  /**
   * Returns the two-proportion z-test of the second variant against the first.
   *
   * @return the test; empty when it is undefined (a variant without trials, or a pooled rate of 0 or
   *     1), in which case the pair takes no part in the Holm correction
   */
  public abstract Optional<SignificanceTest> test();

  /**
   * Returns the p-value adjusted by Holm's method over every defined pair.
   *
   * @return the adjusted p-value, in {@code [0, 1]}, not below the raw p-value; empty when the test
   *     is
   */
  public abstract OptionalDouble holmAdjustedPValue();

  /**
   * Tells whether the pair differs significantly at a family-wise significance level, after Holm's
   * correction.
   *
   * @param familywiseSignificance the level α that bounds the chance of any false positive among
   *     all pairs
   * @return true if the adjusted p-value is at most α; false when the test is undefined
   * @throws IllegalArgumentException if α is not in {@code (0, 1)}
   */
  public boolean isSignificantAt(double familywiseSignificance) {
    ExperimentChecks.openUnit(familywiseSignificance, "familywiseSignificance");
    return holmAdjustedPValue().isPresent()
        && holmAdjustedPValue().getAsDouble() <= familywiseSignificance;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (test().isPresent() != holmAdjustedPValue().isPresent()) {
      throw new IllegalArgumentException(
          "holmAdjustedPValue must be present exactly when test is: " + holmAdjustedPValue());
    }
    holmAdjustedPValue().ifPresent(p -> Checks.fraction(p, "holmAdjustedPValue"));
  }

  /** Builds a {@link PairwiseComparison}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePairwiseComparison.Builder {
    Builder() {}
  }
}
