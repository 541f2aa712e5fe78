package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How follower counts map to {@link InfluencerTier}s: a list of half-open {@link TierBand}s in
 * ascending order, without overlap. There is no standard body for influencer tiers, so the scheme
 * is configurable: two are provided and users define their own.
 *
 * <ul>
 *   <li>{@link #STANDARD}: nano {@code [1 K, 10 K)}, micro {@code [10 K, 100 K)}, mid {@code
 *       [100 K, 500 K)}, macro {@code [500 K, 1 M)}, mega {@code [1 M, ∞)}.
 *   <li>{@link #ARTICLE}: the strategy guide's "micro-influencers, from about 1 K to under 100 K
 *       followers" (nano and micro together): micro {@code [1 K, 100 K)}. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) defines no
 *       other tier; above 100 K the standard bands are kept, so that every count from 1 K up still
 *       has a tier and a campaign can say it wants micro-influencers only.
 * </ul>
 *
 * <p>Gaps between bands are allowed: a count in no band has no tier (below 1 K in both schemes).
 *
 * <p>Obtain one with {@link #of(String, TierBand...)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class TierScheme {

  /** Nano 1 K–10 K, micro 10 K–100 K, mid 100 K–500 K, macro 500 K–1 M, mega 1 M and more. */
  public static final TierScheme STANDARD =
      of(
          "standard",
          TierBand.of(InfluencerTier.NANO, 1_000, 10_000),
          TierBand.of(InfluencerTier.MICRO, 10_000, 100_000),
          TierBand.of(InfluencerTier.MID, 100_000, 500_000),
          TierBand.of(InfluencerTier.MACRO, 500_000, 1_000_000),
          TierBand.atLeast(InfluencerTier.MEGA, 1_000_000));

  /** The strategy guide's scheme: micro 1 K–100 K, then the standard mid, macro and mega. */
  public static final TierScheme ARTICLE =
      of(
          "source article",
          TierBand.of(InfluencerTier.MICRO, 1_000, 100_000),
          TierBand.of(InfluencerTier.MID, 100_000, 500_000),
          TierBand.of(InfluencerTier.MACRO, 500_000, 1_000_000),
          TierBand.atLeast(InfluencerTier.MEGA, 1_000_000));

  TierScheme() {}

  /**
   * Returns the scheme's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the bands, in ascending order of followers.
   *
   * @return the bands, not empty
   */
  public abstract List<TierBand> bands();

  /**
   * Obtains a scheme.
   *
   * @param name the name, not blank
   * @param bands the bands, in ascending order, without overlap, each tier at most once
   * @return the scheme
   * @throws IllegalArgumentException if the name is blank, there are no bands, they overlap, are
   *     out of order or repeat a tier
   */
  public static TierScheme of(String name, TierBand... bands) {
    return builder().name(name).addBands(bands).build();
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
   * Classifies a follower count.
   *
   * @param followers the follower count, not negative
   * @return the tier of the band that contains it, or empty when no band does
   * @throws IllegalArgumentException if the count is negative
   */
  public Optional<InfluencerTier> classify(long followers) {
    Checks.nonNegative(followers, "followers");
    for (TierBand b : bands()) {
      if (b.contains(followers)) {
        return Optional.of(b.tier());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the band of a tier.
   *
   * @param tier the tier
   * @return its band, or empty when the scheme does not define the tier
   */
  public Optional<TierBand> band(InfluencerTier tier) {
    Checks.notNull(tier, "tier");
    return bands().stream().filter(b -> b.tier() == tier).findFirst();
  }

  /**
   * Returns the tiers the scheme defines.
   *
   * @return the tiers, in enum order
   */
  public Set<InfluencerTier> tiers() {
    Set<InfluencerTier> tiers = EnumSet.noneOf(InfluencerTier.class);
    bands().forEach(b -> tiers.add(b.tier()));
    return Collections.unmodifiableSet(tiers);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    if (bands().isEmpty()) {
      throw new IllegalArgumentException("bands of scheme \"" + name() + "\" must not be empty");
    }
    Set<InfluencerTier> seen = EnumSet.noneOf(InfluencerTier.class);
    TierBand previous = null;
    for (TierBand b : bands()) {
      if (!seen.add(b.tier())) {
        throw new IllegalArgumentException(
            "bands of scheme \"" + name() + "\" must not repeat a tier: " + b.tier());
      }
      if (previous != null
          && (previous.until().isEmpty() || previous.until().getAsLong() > b.from())) {
        throw new IllegalArgumentException(
            "bands of scheme \""
                + name()
                + "\" must be in ascending order without overlap: "
                + previous
                + " then "
                + b);
      }
      previous = b;
    }
  }

  /** Builds a {@link TierScheme}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableTierScheme.Builder {
    Builder() {}
  }
}
