package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import java.util.OptionalLong;

/**
 * The follower counts of one {@link InfluencerTier} in a {@link TierScheme}: the half-open interval
 * {@code [from, until)}, or {@code [from, ∞)} when there is no upper bound.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tier the tier
 * @param from the fewest followers in the tier, inclusive, not negative
 * @param until the first follower count above the tier, exclusive; empty for no upper bound
 */
public record TierBand(InfluencerTier tier, long from, OptionalLong until) {

  /**
   * Creates a band.
   *
   * @param tier the tier
   * @param from the fewest followers in the tier, inclusive, not negative
   * @param until the first follower count above the tier, exclusive, greater than {@code from};
   *     empty for no upper bound
   * @throws NullPointerException if the tier or {@code until} is null
   * @throws IllegalArgumentException if {@code from} is negative or {@code until} not above it
   */
  public TierBand {
    Checks.notNull(tier, "tier");
    Checks.nonNegative(from, "from");
    Checks.notNull(until, "until");
    if (until.isPresent() && until.getAsLong() <= from) {
      throw new IllegalArgumentException(
          "until must be greater than from (" + from + "): " + until.getAsLong());
    }
  }

  /**
   * Obtains a bounded band {@code [from, until)}.
   *
   * @param tier the tier
   * @param from the fewest followers, inclusive
   * @param until the first follower count above the tier, exclusive
   * @return the band
   * @throws IllegalArgumentException if {@code from} is negative or {@code until} not above it
   */
  public static TierBand of(InfluencerTier tier, long from, long until) {
    return new TierBand(tier, from, OptionalLong.of(until));
  }

  /**
   * Obtains a band without an upper bound, {@code [from, ∞)}.
   *
   * @param tier the tier
   * @param from the fewest followers, inclusive
   * @return the band
   * @throws IllegalArgumentException if {@code from} is negative
   */
  public static TierBand atLeast(InfluencerTier tier, long from) {
    return new TierBand(tier, from, OptionalLong.empty());
  }

  /**
   * Tells whether a follower count falls in this band.
   *
   * @param followers the follower count
   * @return true if {@code from <= followers < until}
   */
  public boolean contains(long followers) {
    return followers >= from && (until.isEmpty() || followers < until.getAsLong());
  }

  /**
   * Returns the band in interval notation: {@code MICRO [10000, 100000)}, {@code MEGA [1000000,
   * ∞)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return tier + " [" + from + ", " + (until.isPresent() ? until.getAsLong() : "∞") + ")";
  }
}
