package dev.socialplan.platform.recommendation;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Strength;
import java.util.List;

/**
 * A platform strength the request asks for, with its weight among all the request's priorities and
 * the reasons it is asked for. The weights of a request's priorities add up to 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param strength the strength asked for
 * @param weight its share of all priorities, 0 to 1
 * @param reasons why it is asked for, heaviest first; their weights add up to {@code weight}
 */
public record Priority(Strength strength, double weight, List<PriorityReason> reasons) {

  /**
   * Validates the priority and copies the reasons.
   *
   * @param strength the strength asked for
   * @param weight its share of all priorities, 0 to 1
   * @param reasons why it is asked for, not empty
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if the weight is outside 0 to 1 or there is no reason
   */
  public Priority {
    Checks.notNull(strength, "strength");
    Checks.fraction(weight, "weight");
    reasons = List.copyOf(Checks.noNullElements(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty for " + strength);
    }
  }
}
