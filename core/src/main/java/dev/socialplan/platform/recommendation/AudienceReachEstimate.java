package dev.socialplan.platform.recommendation;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.WeightedPersona;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.AudienceReach;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformProfile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The estimated share of an audience who use a platform, persona by persona, from the reach figures
 * of the platform's profile.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>Weights: each persona's weight divided by the audience's total weight; when the total is 0
 *       (or not finite), every persona weighs the same.
 *   <li>Each persona: {@link AudienceReach#estimate(int, int, double)} over the persona's age range
 *       and its share of women among women and men ({@link GenderMix#womenAmongWomenAndMen()}):
 *       the age bands' shares weighted by the years of the range in each band, times the gender
 *       factor. Where the persona says too little, a {@link ReachAssumption} is made and reported:
 *       no gender mix, or only other genders, counts as half women; no age range uses the share of
 *       all adults of that gender mix ({@code w × women + (1 − w) × men}, or {@code all} without
 *       gender cells); a range entirely under 18 uses the 18–29 band.
 *   <li>The audience: the sum of the personas' reach times their weights, capped at 1.
 *   <li>An audience without personas is the surveyed population itself: {@link AudienceReach#all()}.
 * </ol>
 *
 * <p>Example with the standard catalog (Pew 2025): the strategy guide's single mothers in their 20s
 * on Instagram, {@code 0.80 × 0.55 / 0.50 = 0.88}; women aged 50 to 80 on Snapchat, {@code (15 ×
 * 0.13 + 16 × 0.04) / 31 × 0.28 / 0.25 ≈ 0.094}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AudienceReachEstimate {
  private static final double EVEN = 0.5;

  private final Platform platform;
  private final Optional<Ratio> reach;
  private final List<PersonaReach> personas;

  private AudienceReachEstimate(
      Platform platform, Optional<Ratio> reach, List<PersonaReach> personas) {
    this.platform = platform;
    this.reach = reach;
    this.personas = List.copyOf(personas);
  }

  /**
   * Estimates the share of an audience who use the platform of a profile.
   *
   * @param audience the audience; without personas, the surveyed population
   * @param profile the platform's profile
   * @return the estimate; without reach figures in the profile, an estimate with an empty reach and
   *     no personas
   * @throws NullPointerException if an argument is null
   */
  public static AudienceReachEstimate of(Audience audience, PlatformProfile profile) {
    Checks.notNull(audience, "audience");
    Checks.notNull(profile, "profile");
    if (profile.reach().isEmpty()) {
      return new AudienceReachEstimate(profile.platform(), Optional.empty(), List.of());
    }
    AudienceReach figures = profile.reach().get();
    if (audience.isEmpty()) {
      return new AudienceReachEstimate(profile.platform(), Optional.of(figures.all()), List.of());
    }
    List<WeightedPersona> members = audience.members();
    List<Double> weights = personaWeights(audience);
    List<PersonaReach> personas = new ArrayList<>(members.size());
    double sum = 0;
    for (int i = 0; i < members.size(); i++) {
      PersonaReach p = persona(members.get(i).persona(), weights.get(i), figures);
      personas.add(p);
      sum += p.weight() * p.reach().valueOr(0);
    }
    return new AudienceReachEstimate(
        profile.platform(), Optional.of(Ratio.ofFraction(Math.min(1.0, sum))), personas);
  }

  /**
   * Obtains an estimate from its state, as {@link #of(Audience, PlatformProfile)} computes it (an
   * estimate stored as JSON, for example), checking what that computation guarantees: without
   * reach figures there is no reach and no persona; with personas, their weights add up to 1 (within 10<sup>−9</sup> per persona), and the reach is exactly the sum
   * of their reach times their weights, capped at 1.
   *
   * @param platform the platform
   * @param reach the audience's reach; empty when the platform's profile has no reach figures
   * @param personas each persona's reach, in the audience's order; empty for an audience
   *     without personas (the reach is then the surveyed population's)
   * @return the estimate
   * @throws IllegalArgumentException naming the field and the value, if one breaks these rules
   */
  public static AudienceReachEstimate of(
      Platform platform, Optional<Ratio> reach, List<PersonaReach> personas) {
    Checks.notNull(platform, "platform");
    Checks.notNull(reach, "reach");
    Checks.noNullElements(personas, "personas");
    if (reach.isEmpty()) {
      if (!personas.isEmpty()) {
        throw new IllegalArgumentException(
            "personas must be empty without a reach: " + personas.size() + " personas");
      }
      return new AudienceReachEstimate(platform, reach, List.of());
    }
    if (personas.isEmpty()) {
      return new AudienceReachEstimate(platform, reach, List.of());
    }
    double sum = 0;
    double weights = 0;
    for (PersonaReach p : personas) {
      sum += p.weight() * p.reach().valueOr(0);
      weights += p.weight();
    }
    if (Math.abs(weights - 1) > 1e-9 * personas.size()) {
      throw new IllegalArgumentException("personas' weights must add up to 1: " + weights);
    }
    Ratio expected = Ratio.ofFraction(Math.min(1.0, sum));
    if (!reach.get().equals(expected)) {
      throw new IllegalArgumentException(
          "reach must be the personas' reach times their weights, " + expected + ": "
              + reach.get());
    }
    return new AudienceReachEstimate(platform, reach, personas);
  }

  /** The personas' weights rescaled to add up to 1; equal when the total is 0 or not finite. */
  static List<Double> personaWeights(Audience audience) {
    List<WeightedPersona> members = audience.members();
    double total = audience.totalWeight();
    boolean equal = !(total > 0) || !Double.isFinite(total);
    List<Double> weights = new ArrayList<>(members.size());
    for (WeightedPersona m : members) {
      weights.add(Math.min(1.0, equal ? 1.0 / members.size() : m.weight() / total));
    }
    return weights;
  }

  private static PersonaReach persona(Persona persona, double weight, AudienceReach figures) {
    Set<ReachAssumption> assumptions = EnumSet.noneOf(ReachAssumption.class);
    OptionalDouble known =
        persona.genderMix().map(GenderMix::womenAmongWomenAndMen).orElse(OptionalDouble.empty());
    if (known.isEmpty()) {
      assumptions.add(ReachAssumption.GENDER_UNKNOWN);
    }
    double women = known.orElse(EVEN);
    double share;
    if (persona.ageRange().isEmpty()) {
      assumptions.add(ReachAssumption.AGE_UNKNOWN);
      share = allAges(figures, women);
    } else {
      AgeRange ages = persona.ageRange().get();
      Optional<Ratio> estimate = figures.estimate(ages.min(), ages.max(), women);
      if (estimate.isEmpty()) {
        assumptions.add(ReachAssumption.UNDER_18_AS_YOUNGEST_ADULTS);
        estimate = figures.estimate(18, 18, women);
      }
      share = estimate.orElseThrow().valueOr(0);
    }
    return new PersonaReach(
        persona.name(),
        weight,
        persona.ageRange(),
        women,
        Ratio.ofFraction(Math.min(1.0, Math.max(0.0, share))),
        assumptions);
  }

  private static double allAges(AudienceReach figures, double women) {
    if (figures.men().isPresent() && figures.women().isPresent()) {
      return women * figures.women().get().valueOr(0)
          + (1 - women) * figures.men().get().valueOr(0);
    }
    return figures.all().valueOr(0);
  }

  /**
   * Returns the platform.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * Returns the estimated share of the audience who use the platform.
   *
   * @return the reach, a defined ratio between 0 and 1; empty when the profile has no reach figures
   */
  public Optional<Ratio> reach() {
    return reach;
  }

  /**
   * Returns the estimate of each persona, in the audience's order.
   *
   * @return the personas' estimates, unmodifiable; empty for an audience without personas or a
   *     profile without reach figures
   */
  public List<PersonaReach> personas() {
    return personas;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof AudienceReachEstimate)) {
      return false;
    }
    AudienceReachEstimate that = (AudienceReachEstimate) obj;
    return platform.equals(that.platform)
        && reach.equals(that.reach)
        && personas.equals(that.personas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, reach, personas);
  }

  /**
   * Returns a readable form: {@code AudienceReachEstimate[Instagram 0.88, [PersonaReach[...]]]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "AudienceReachEstimate["
        + platform
        + " "
        + reach.map(r -> Double.toString(r.valueOr(0))).orElse("unknown")
        + ", "
        + personas
        + "]";
  }
}
