package dev.socialplan.tactic;

import dev.socialplan.audience.Audience;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An influencer a campaign works with: their account, its followers, engagement rate and reach, who
 * the followers are, and the fee (the strategy guide's trend 3: "choose influencers whose followers
 * fit your target group").
 *
 * <p>Estimates, with their formulas:
 *
 * <ul>
 *   <li>{@link #expectedEngagements()} = followers × engagement rate, rounded to the nearest whole
 *       engagement, where the engagement rate is by followers (engagements ÷ followers; Hootsuite,
 *       see {@code docs/metrics.md});
 *   <li>{@link #expectedReach()} = followers × reach rate when the reach rate is known, otherwise
 *       the followers themselves (the potential reach, an upper bound for organic posts);
 *   <li>{@link #costPerEngagement()} = fee ÷ expected engagements ("cost per engagement = spend ÷
 *       engagements", Google Ads API), rounded half-even to the fee currency's minor unit.
 * </ul>
 *
 * <p>Obtain one with {@link #of(String, Platform, long, Money)} or {@link #builder()}. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Influencer {

  Influencer() {}

  /**
   * Returns the influencer's handle or name.
   *
   * @return the handle, not blank
   */
  public abstract String handle();

  /**
   * Returns the platform of the influencer's account.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the account's followers.
   *
   * @return the follower count, not negative
   */
  public abstract long followers();

  /**
   * Returns the account's engagement rate by followers, if known.
   *
   * @return the engagement rate, not negative
   */
  public abstract Optional<Ratio> engagementRate();

  /**
   * Returns the share of followers a post reaches (reach ÷ followers), if known.
   *
   * @return the reach rate, not negative
   */
  public abstract Optional<Ratio> reachRate();

  /**
   * Returns who follows the influencer, as the influencer's statistics describe them: weighted
   * personas with age ranges and gender mixes (the same form as the plan's audience), if known.
   * The tactic rules compare it with the plan's personas.
   *
   * @return the followers' demographics
   */
  public abstract Optional<Audience> audience();

  /**
   * Returns the influencer's fee for the campaign.
   *
   * @return the fee, not negative
   */
  public abstract Money fee();

  /**
   * Obtains an influencer without known rates.
   *
   * @param handle the handle, not blank
   * @param platform the platform
   * @param followers the follower count, not negative
   * @param fee the fee, not negative
   * @return the influencer
   * @throws IllegalArgumentException if the handle is blank or a number negative
   */
  public static Influencer of(String handle, Platform platform, long followers, Money fee) {
    return builder().handle(handle).platform(platform).followers(followers).fee(fee).build();
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
   * Returns a copy with the demographics of the influencer's followers.
   *
   * @param audience who follows the influencer
   * @return the new influencer
   */
  public abstract Influencer withAudience(Audience audience);

  /**
   * Returns a copy with an engagement rate by followers.
   *
   * @param engagementRate the rate, not negative
   * @return the new influencer
   * @throws IllegalArgumentException if the rate is negative
   */
  public abstract Influencer withEngagementRate(Ratio engagementRate);

  /**
   * Returns a copy with a reach rate.
   *
   * @param reachRate the rate, not negative
   * @return the new influencer
   * @throws IllegalArgumentException if the rate is negative
   */
  public abstract Influencer withReachRate(Ratio reachRate);

  /**
   * Returns the influencer's tier in a scheme.
   *
   * @param scheme the tier scheme
   * @return the tier, or empty when the follower count is in no band of the scheme
   */
  public Optional<InfluencerTier> tier(TierScheme scheme) {
    Checks.notNull(scheme, "scheme");
    return scheme.classify(followers());
  }

  /**
   * Returns the engagements a post is expected to get: followers × engagement rate.
   *
   * @return the expected engagements, or empty when the engagement rate is unknown or undefined
   */
  public OptionalLong expectedEngagements() {
    return engagementRate()
        .filter(Ratio::isDefined)
        .map(r -> OptionalLong.of(Math.round(followers() * r.valueOr(0))))
        .orElse(OptionalLong.empty());
  }

  /**
   * Returns the people a post is expected to reach: followers × reach rate, or the followers when
   * the reach rate is unknown.
   *
   * @return the expected reach, not negative
   */
  public long expectedReach() {
    return reachRate()
        .filter(Ratio::isDefined)
        .map(r -> Math.round(followers() * r.valueOr(0)))
        .orElse(followers());
  }

  /**
   * Returns the fee per expected engagement.
   *
   * @return the cost per engagement, or empty when no engagement can be expected
   */
  public Optional<Money> costPerEngagement() {
    OptionalLong engagements = expectedEngagements();
    if (engagements.isEmpty() || engagements.getAsLong() == 0) {
      return Optional.empty();
    }
    return Optional.of(fee().dividedBy(engagements.getAsLong(), RoundingMode.HALF_EVEN));
  }

  @Value.Check
  void check() {
    Checks.nonBlank(handle(), "handle");
    Checks.nonNegative(followers(), "followers");
    if (fee().isNegative()) {
      throw new IllegalArgumentException("fee must not be negative: " + fee());
    }
    engagementRate().ifPresent(r -> nonNegativeRate(r, "engagementRate"));
    reachRate().ifPresent(r -> nonNegativeRate(r, "reachRate"));
  }

  private static void nonNegativeRate(Ratio rate, String field) {
    if (rate.valueOr(0) < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + rate);
    }
  }

  /** Builds an {@link Influencer}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableInfluencer.Builder {
    Builder() {}
  }
}
