package dev.socialplan.platform.recommendation;

import dev.socialplan.internal.Checks;

/**
 * One reason a strength is a priority: a source of the request (a goal's objective, the business
 * model, a product trait, a generation in the audience) and the weight it gives the strength.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source where the reason comes from
 * @param factor the constant's name within the source: an {@code Objective} such as {@code
 *     "CUSTOMER_SERVICE"}, a {@code BusinessModel} such as {@code "B2B"}, a {@link ProductTrait} such
 *     as {@code "VISUAL"}, a {@code Generation} such as {@code "GEN_Z"}
 * @param weight the share of all priorities this reason gives the strength, 0 to 1
 */
public record PriorityReason(PrioritySource source, String factor, double weight) {

  /**
   * Validates the reason.
   *
   * @param source where the reason comes from
   * @param factor the constant's name within the source, not blank
   * @param weight the share of all priorities, 0 to 1
   * @throws NullPointerException if the source or factor is null
   * @throws IllegalArgumentException if the factor is blank or the weight outside 0 to 1
   */
  public PriorityReason {
    Checks.notNull(source, "source");
    Checks.nonBlank(factor, "factor");
    Checks.fraction(weight, "weight");
  }
}
