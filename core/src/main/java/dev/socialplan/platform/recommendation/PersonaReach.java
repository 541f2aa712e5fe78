package dev.socialplan.platform.recommendation;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The estimated share of one persona who use a platform, with what went into the estimate: the
 * persona's weight in the audience, the ages and the share of women used, and the assumptions made
 * where the persona or the survey says too little. See {@link AudienceReachEstimate} for the method.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonaReach {
  private final String persona;
  private final double weight;
  private final Optional<AgeRange> ages;
  private final double womenShare;
  private final Ratio reach;
  private final Set<ReachAssumption> assumptions;

  PersonaReach(
      String persona,
      double weight,
      Optional<AgeRange> ages,
      double womenShare,
      Ratio reach,
      Set<ReachAssumption> assumptions) {
    this.persona = persona;
    this.weight = weight;
    this.ages = ages;
    this.womenShare = womenShare;
    this.reach = reach;
    EnumSet<ReachAssumption> copy = EnumSet.noneOf(ReachAssumption.class);
    copy.addAll(assumptions);
    this.assumptions = Collections.unmodifiableSet(copy);
  }

  /**
   * Obtains a persona's reach from its state, as {@link AudienceReachEstimate#of(
   * dev.socialplan.audience.Audience, dev.socialplan.platform.PlatformProfile)} computes it (a
   * reach stored as JSON, for example), checking what that computation guarantees.
   *
   * @param persona the persona's name, not blank
   * @param weight the persona's share of the audience, 0 to 1
   * @param ages the age range used; empty when the persona has none
   * @param womenShare the share of women used, 0 to 1 (exactly 0.5 when the gender is unknown)
   * @param reach the estimated share who use the platform, a defined fraction from 0 to 1
   * @param assumptions the assumptions made: {@link ReachAssumption#AGE_UNKNOWN} exactly when
   *     there is no age range, {@link ReachAssumption#UNDER_18_AS_YOUNGEST_ADULTS} only for a range
   *     that starts under 18
   * @return the persona's reach
   * @throws IllegalArgumentException naming the field and the value, if one breaks these rules
   */
  public static PersonaReach of(
      String persona,
      double weight,
      Optional<AgeRange> ages,
      double womenShare,
      Ratio reach,
      Set<ReachAssumption> assumptions) {
    Checks.notNull(persona, "persona");
    Checks.notNull(ages, "ages");
    Checks.notNull(reach, "reach");
    Checks.noNullElements(assumptions, "assumptions");
    Checks.nonBlank(persona, "persona");
    Checks.fraction(weight, "weight");
    Checks.fraction(womenShare, "womenShare");
    if (!reach.isDefined() || !(reach.valueOr(-1) >= 0 && reach.valueOr(-1) <= 1)) {
      throw new IllegalArgumentException("reach must be a fraction between 0 and 1: " + reach);
    }
    if (assumptions.contains(ReachAssumption.AGE_UNKNOWN) == ages.isPresent()) {
      throw new IllegalArgumentException(
          "assumptions must hold AGE_UNKNOWN exactly when ages are absent: " + assumptions);
    }
    if (assumptions.contains(ReachAssumption.UNDER_18_AS_YOUNGEST_ADULTS)
        && !ages.map(a -> a.min() < 18).orElse(false)) {
      throw new IllegalArgumentException(
          "assumptions must not hold UNDER_18_AS_YOUNGEST_ADULTS without an age range starting"
              + " under 18: " + ages.map(AgeRange::toString).orElse("no ages"));
    }
    if (assumptions.contains(ReachAssumption.GENDER_UNKNOWN) && womenShare != 0.5) {
      throw new IllegalArgumentException(
          "womenShare must be 0.5 when the gender is unknown: " + womenShare);
    }
    return new PersonaReach(persona, weight, ages, womenShare, reach, assumptions);
  }

  /**
   * Returns the persona's name.
   *
   * @return the name
   */
  public String persona() {
    return persona;
  }

  /**
   * Returns the persona's weight in the audience, rescaled so that the weights add up to 1.
   *
   * @return the weight, 0 to 1
   */
  public double weight() {
    return weight;
  }

  /**
   * Returns the persona's ages, as the persona gives them.
   *
   * @return the age range, or empty when unknown ({@link ReachAssumption#AGE_UNKNOWN})
   */
  public Optional<AgeRange> ages() {
    return ages;
  }

  /**
   * Returns the share of women among the persona's women and men, as used in the estimate.
   *
   * @return the share, 0 to 1; 0.5 when unknown ({@link ReachAssumption#GENDER_UNKNOWN})
   */
  public double womenShare() {
    return womenShare;
  }

  /**
   * Returns the estimated share of the persona who use the platform.
   *
   * @return the reach, a defined ratio between 0 and 1
   */
  public Ratio reach() {
    return reach;
  }

  /**
   * Returns the assumptions made for this persona.
   *
   * @return the assumptions, in enum order; empty when none was needed
   */
  public Set<ReachAssumption> assumptions() {
    return assumptions;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PersonaReach)) {
      return false;
    }
    PersonaReach that = (PersonaReach) obj;
    return persona.equals(that.persona)
        && Double.compare(weight, that.weight) == 0
        && ages.equals(that.ages)
        && Double.compare(womenShare, that.womenShare) == 0
        && reach.equals(that.reach)
        && assumptions.equals(that.assumptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(persona, weight, ages, womenShare, reach, assumptions);
  }

  /**
   * Returns a readable form: {@code PersonaReach[Single mothers, weight 1.0, ages 20–29, women 1.0,
   * reach 0.88]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PersonaReach["
        + persona
        + ", weight "
        + weight
        + ", ages "
        + ages.map(AgeRange::toString).orElse("unknown")
        + ", women "
        + womenShare
        + ", reach "
        + reach.valueOr(0)
        + (assumptions.isEmpty() ? "" : ", assuming " + assumptions)
        + "]";
  }
}
