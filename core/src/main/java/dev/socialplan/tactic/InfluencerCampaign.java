package dev.socialplan.tactic;

import dev.socialplan.budget.MultiCurrencyAmount;
import dev.socialplan.platform.Platform;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An influencer campaign (the strategy guide's trend 3: "try micro-influencer marketing"): the
 * influencers, the tier scheme that classifies them, and the tiers the campaign is after.
 *
 * <p>Campaign estimates add up the influencers' ({@link Influencer} gives the formulas): expected
 * reach, expected engagements, fees per currency, and the cost per engagement of the influencers
 * whose engagements can be estimated. The rules check each influencer's tier against {@link
 * #targetTiers()} and their audience against the plan's personas.
 *
 * <p>Obtain one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class InfluencerCampaign implements Tactic {

  InfluencerCampaign() {}

  /**
   * Returns the influencers, in the order given.
   *
   * @return the influencers
   */
  public abstract List<Influencer> influencers();

  /**
   * Returns the scheme that classifies the influencers into tiers.
   *
   * @return the scheme; {@link TierScheme#STANDARD} unless set
   */
  @Value.Default
  public TierScheme tierScheme() {
    return TierScheme.STANDARD;
  }

  /**
   * Returns the tiers the campaign wants ({@code MICRO} for a micro-influencer campaign).
   *
   * @return the target tiers, in enum order; empty for any tier of the scheme
   */
  public abstract Set<InfluencerTier> targetTiers();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the influencers whose tier, in the campaign's scheme, is not one the campaign targets:
   * those in no band of the scheme and, when target tiers are set, those of another tier.
   *
   * @return the influencers outside the target, in order; unmodifiable
   */
  public List<Influencer> influencersOutsideTargetTiers() {
    List<Influencer> outside = new ArrayList<>();
    for (Influencer i : influencers()) {
      Optional<InfluencerTier> tier = i.tier(tierScheme());
      if (tier.isEmpty() || (!targetTiers().isEmpty() && !targetTiers().contains(tier.get()))) {
        outside.add(i);
      }
    }
    return Collections.unmodifiableList(outside);
  }

  /**
   * Returns the sum of the influencers' expected reach (people may be counted more than once when
   * audiences overlap).
   *
   * @return the expected reach, not negative
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long expectedReach() {
    long sum = 0;
    for (Influencer i : influencers()) {
      sum = Math.addExact(sum, i.expectedReach());
    }
    return sum;
  }

  /**
   * Returns the sum of the expected engagements of the influencers whose engagement rate is known.
   *
   * @return the expected engagements, not negative; zero when none is known
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long expectedEngagements() {
    long sum = 0;
    for (Influencer i : influencers()) {
      OptionalLong e = i.expectedEngagements();
      if (e.isPresent()) {
        sum = Math.addExact(sum, e.getAsLong());
      }
    }
    return sum;
  }

  /**
   * Returns the sum of the fees, per currency.
   *
   * @return the fees
   */
  public MultiCurrencyAmount fees() {
    List<Money> fees = new ArrayList<>();
    influencers().forEach(i -> fees.add(i.fee()));
    return MultiCurrencyAmount.of(fees);
  }

  /**
   * Returns the cost per expected engagement over the influencers whose engagements can be
   * estimated: their fees ÷ their expected engagements, rounded half-even to the minor unit.
   *
   * @return the cost per engagement, or empty when no engagement can be expected or those fees are
   *     in several currencies
   */
  public Optional<Money> costPerEngagement() {
    List<Money> fees = new ArrayList<>();
    long engagements = 0;
    for (Influencer i : influencers()) {
      OptionalLong e = i.expectedEngagements();
      if (e.isPresent()) {
        fees.add(i.fee());
        engagements = Math.addExact(engagements, e.getAsLong());
      }
    }
    Optional<Money> fee = MultiCurrencyAmount.of(fees).single();
    if (fee.isEmpty() || engagements == 0) {
      return Optional.empty();
    }
    return Optional.of(fee.get().dividedBy(engagements, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns {@link TacticKind#INFLUENCER}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.INFLUENCER;
  }

  /**
   * Returns the platforms of the influencers' accounts.
   *
   * @return the platforms, in order of first appearance; unmodifiable
   */
  @Override
  public Set<Platform> platforms() {
    Set<Platform> platforms = new LinkedHashSet<>();
    influencers().forEach(i -> platforms.add(i.platform()));
    return Collections.unmodifiableSet(platforms);
  }

  @Value.Check
  void check() {
    TacticChecks.common(this);
  }

  /** Builds an {@link InfluencerCampaign}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableInfluencerCampaign.Builder {
    Builder() {}
  }
}
