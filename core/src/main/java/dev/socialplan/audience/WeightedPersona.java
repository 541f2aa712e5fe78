package dev.socialplan.audience;

import dev.socialplan.internal.Checks;

/**
 * A persona with its weight in an {@link Audience}: the share of the audience it stands for, as a
 * fraction ({@code 0.6} for 60 %).
 *
 * <p>A weight is finite and not negative; whether an audience's weights add up to 100 % is for the
 * audience rules to judge, not for construction.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param persona the persona
 * @param weight the weight, a finite fraction, zero or more
 */
public record WeightedPersona(Persona persona, double weight) {

  /**
   * Validates the weight.
   *
   * @param persona the persona
   * @param weight the weight, a finite fraction, zero or more
   * @throws NullPointerException if the persona is null
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite
   */
  public WeightedPersona {
    Checks.notNull(persona, "persona");
    Checks.nonNegative(weight, "weight");
    weight = weight == 0 ? 0 : weight;
  }

  /**
   * Obtains a weighted persona.
   *
   * @param persona the persona
   * @param weight the weight, a finite fraction, zero or more
   * @return the weighted persona
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite
   */
  public static WeightedPersona of(Persona persona, double weight) {
    return new WeightedPersona(persona, weight);
  }

  /**
   * Obtains a weighted persona from a percentage.
   *
   * @param persona the persona
   * @param percent the weight in percent, zero or more
   * @return the weighted persona with weight {@code percent / 100}
   * @throws IllegalArgumentException if the percentage is negative, NaN or infinite
   */
  public static WeightedPersona ofPercent(Persona persona, double percent) {
    Checks.nonNegative(percent, "percent");
    return new WeightedPersona(persona, percent / 100);
  }
}
