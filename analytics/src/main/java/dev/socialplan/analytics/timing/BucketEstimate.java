package dev.socialplan.analytics.timing;

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

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BucketEstimate}. */
  static final class Builder extends ImmutableBucketEstimate.Builder {
    Builder() {}
  }
}
