package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The follower counts of one {@link InfluencerTier} in a {@link TierScheme}: the half-open interval
 * {@code [from, until)}, or {@code [from, ∞)} when there is no upper bound.
 *
 * <p>Obtained with {@link #of(InfluencerTier, long, long)} for a bounded band and {@link
 * #atLeast(InfluencerTier, long)} for the open top band. (A class rather than a record: a record's
 * canonical constructor would take the optional upper bound as an {@code OptionalLong} parameter.)
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierBand {
  private static final long UNBOUNDED = -1;

  private final InfluencerTier tier;
  private final long from;
  // UNBOUNDED (-1) for [from, ∞): a valid upper bound is always above from, so never negative.
  private final long until;

  private TierBand(InfluencerTier tier, long from, long until) {
    this.tier = Checks.notNull(tier, "tier");
    this.from = Checks.nonNegative(from, "from");
    this.until = until;
  }

  /**
   * Obtains a bounded band {@code [from, until)}.
   *
   * @param tier the tier
   * @param from the fewest followers, inclusive, not negative
   * @param until the first follower count above the tier, exclusive, greater than {@code from}
   * @return the band
   * @throws NullPointerException if the tier is null
   * @throws IllegalArgumentException if {@code from} is negative or {@code until} not above it
   */
  public static TierBand of(InfluencerTier tier, long from, long until) {
    Checks.notNull(tier, "tier");
    if (until <= from) {
      throw new IllegalArgumentException(
          "until must be greater than from (" + from + "): " + until);
    }
    return new TierBand(tier, from, until);
  }

  /**
   * Obtains a band without an upper bound, {@code [from, ∞)}.
   *
   * @param tier the tier
   * @param from the fewest followers, inclusive, not negative
   * @return the band
   * @throws NullPointerException if the tier is null
   * @throws IllegalArgumentException if {@code from} is negative
   */
  public static TierBand atLeast(InfluencerTier tier, long from) {
    return new TierBand(tier, from, UNBOUNDED);
  }

  /**
   * Returns the tier.
   *
   * @return the tier
   */
  public InfluencerTier tier() {
    return tier;
  }

  /**
   * Returns the fewest followers in the tier.
   *
   * @return the lower bound, inclusive, not negative
   */
  public long from() {
    return from;
  }

  /**
   * Returns the first follower count above the tier.
   *
   * @return the upper bound, exclusive; empty for no upper bound
   */
  public OptionalLong until() {
    return until == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(until);
  }

  /**
   * Tells whether a follower count falls in this band.
   *
   * @param followers the follower count
   * @return true if {@code from <= followers < until}
   */
  public boolean contains(long followers) {
    return followers >= from && (until == UNBOUNDED || followers < until);
  }

  /**
   * Tells whether another object is a band of the same tier with the same bounds.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TierBand b && tier == b.tier && from == b.from && until == b.until;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, from, until);
  }

  /**
   * Returns the band in interval notation: {@code MICRO [10000, 100000)}, {@code MEGA [1000000,
   * ∞)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return tier + " [" + from + ", " + (until == UNBOUNDED ? "∞" : String.valueOf(until)) + ")";
  }
}
