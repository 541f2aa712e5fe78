package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The people a plan speaks to: personas with weights.
 *
 * <p>Construction refuses negative weights (in {@link WeightedPersona}) but <em>not</em> weights that
 * do not add up to 100 %: that is something a planner gets wrong while drafting, reported as an error
 * by the audience rules, which read {@link #totalWeight()}. {@link #normalised()} rescales the
 * weights to add up to 1 for calculations that need shares. The weights must add up to a finite
 * double: an audience whose total overflows (two weights of 10<sup>308</sup>) is refused, so {@link
 * #totalWeight()} is never infinite and the shares never NaN.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Audience {

  private static final Audience EMPTY = new Builder().build();

  Audience() {}

  /**
   * Returns the personas with their weights, in the order given.
   *
   * @return the members, unmodifiable
   */
  public abstract List<WeightedPersona> members();

  /**
   * Returns the audience without personas.
   *
   * @return the empty audience
   */
  public static Audience empty() {
    return EMPTY;
  }

  /**
   * Obtains an audience of one persona with weight 1 (100 %).
   *
   * @param persona the persona
   * @return the audience
   * @throws NullPointerException if the persona is null
   */
  public static Audience of(Persona persona) {
    return builder().add(persona, 1).build();
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
   * Returns the personas, without their weights.
   *
   * @return the personas in order, unmodifiable
   */
  public List<Persona> personas() {
    return members().stream().map(WeightedPersona::persona).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the sum of the weights; a complete audience has 1 (100 %).
   *
   * @return the total weight, finite, zero for an empty audience
   */
  public double totalWeight() {
    double total = 0;
    for (WeightedPersona m : members()) {
      total += m.weight();
    }
    return total;
  }

  /**
   * Tells whether the audience has no personas.
   *
   * @return true if there are no members
   */
  public boolean isEmpty() {
    return members().isEmpty();
  }

  /**
   * Returns the audience with weights rescaled to add up to 1.
   *
   * @return the rescaled audience, or empty when the total weight is zero (no way to rescale)
   */
  public Optional<Audience> normalised() {
    double total = totalWeight();
    if (total == 0 || !Double.isFinite(total)) {
      return Optional.empty();
    }
    Builder b = builder();
    for (WeightedPersona m : members()) {
      b.add(m.persona(), m.weight() / total);
    }
    return Optional.of(b.build());
  }

  /**
   * Returns a copy with one more persona.
   *
   * @param persona the persona
   * @param weight its weight, a finite fraction, zero or more
   * @return the new audience
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite, or the total weight
   *     would overflow a double
   */
  public Audience plus(Persona persona, double weight) {
    return builder().from(this).add(persona, weight).build();
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(totalWeight())) {
      throw new IllegalArgumentException(
          "the weights must add up to a finite number: "
              + members().stream().map(m -> Double.toString(m.weight())).toList());
    }
  }

  /** Builds an {@link Audience}. Not thread-safe. */
  public static final class Builder extends ImmutableAudience.Builder {
    Builder() {}

    /**
     * Adds a persona with its weight.
     *
     * @param persona the persona
     * @param weight the weight, a finite fraction, zero or more
     * @return this builder
     * @throws NullPointerException if the persona is null
     * @throws IllegalArgumentException if the weight is negative, NaN or infinite
     */
    public Builder add(Persona persona, double weight) {
      Checks.notNull(persona, "persona");
      return addMember(WeightedPersona.of(persona, weight));
    }
  }
}
