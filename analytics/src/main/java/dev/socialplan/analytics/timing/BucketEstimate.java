package dev.socialplan.analytics.timing;

import dev.socialplan.internal.Checks;
import dev.socialplan.timing.TimeOfWeek;
import org.immutables.value.Value;

/**
 * The estimate for one local weekday × hour: how many posts it holds, their mean engagement index,
 * the empirical Bayes estimate shrunk toward the account mean, and its interval.
 *
 * <p>The engagement index of a post is its engagement rate divided by the account's median rate:
 * 1.0 is a typical post, 1.5 half again as engaging. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BucketEstimate {

  BucketEstimate() {}

  /**
   * Returns the local weekday and hour.
   *
   * @return the bucket
   */
  public abstract TimeOfWeek timeOfWeek();

  /**
   * Returns the number of posts in the bucket.
   *
   * @return the sample size
   */
  public abstract int posts();

  /**
   * Returns the plain mean of the posts' engagement indexes.
   *
   * @return the observed mean index
   */
  public abstract double observedIndex();

  /**
   * Returns the shrunk estimate: account mean + weight × (observed − account mean).
   *
   * @return the estimated engagement index
   */
  public abstract double estimate();

  /**
   * Returns the shrinkage weight n ÷ (n + k) given to the bucket's own mean.
   *
   * @return between 0 (fully pooled) and 1 (not shrunk)
   */
  public abstract double shrinkageWeight();

  /**
   * Returns the lower bound of the interval, not below zero.
   *
   * @return the lower bound
   */
  public abstract double lower();

  /**
   * Returns the upper bound of the interval.
   *
   * @return the upper bound
   */
  public abstract double upper();

  /**
   * Tells whether the bucket has enough posts to be ranked.
   *
   * @return true when it holds at least the minimum posts per bucket
   */
  public abstract boolean isRanked();

  /**
   * Returns a builder of an estimate from its state (an estimate stored as JSON, for example).
   * {@link Builder#build()} refuses what {@link BestTimeToPost} cannot compute: fewer than one
   * post, a figure that is not finite, a negative index or estimate, a shrinkage weight outside
   * {@code [0, 1]}, or an interval that is negative or does not hold the estimate.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.inRange(posts(), 1, Integer.MAX_VALUE, "posts");
    Checks.nonNegative(Checks.finite(observedIndex(), "observedIndex"), "observedIndex");
    Checks.nonNegative(Checks.finite(estimate(), "estimate"), "estimate");
    Checks.fraction(shrinkageWeight(), "shrinkageWeight");
    Checks.nonNegative(Checks.finite(lower(), "lower"), "lower");
    Checks.finite(upper(), "upper");
    if (lower() > estimate() || estimate() > upper()) {
      throw new IllegalArgumentException(
          "the interval must hold the estimate " + estimate() + ": [" + lower() + ", " + upper()
              + "]");
    }
  }

  /**
   * Builds a {@link BucketEstimate} from its state. Not thread-safe; {@link #build()} validates,
   * with an {@link IllegalArgumentException} that names the field and the value.
   */
  public static final class Builder extends ImmutableBucketEstimate.Builder {
    Builder() {}
  }
}
