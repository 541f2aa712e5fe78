package dev.socialplan.calendar.approval;

import dev.socialplan.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who must approve a post, in order: one to three {@linkplain ApprovalTier tiers} ({@code editor},
 * then {@code legal}, then {@code brand lead}). A post is approved when every tier, in turn, is
 * satisfied.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tiers the tiers in the order they approve, one to three, with distinct names
 */
public record ApprovalPolicy(List<ApprovalTier> tiers) {

  /** The most tiers a policy may have. */
  public static final int MAX_TIERS = 3;

  /**
   * Validates the policy.
   *
   * @param tiers the tiers in the order they approve, one to three, with distinct names
   * @throws NullPointerException if the list or a tier is null
   * @throws IllegalArgumentException if there are no tiers or more than three, or two share a name
   */
  public ApprovalPolicy {
    Checks.noNullElements(tiers, "tiers");
    if (tiers.isEmpty() || tiers.size() > MAX_TIERS) {
      throw new IllegalArgumentException(
          "tiers must number 1 to " + MAX_TIERS + ": " + tiers.size());
    }
    Set<String> names = new HashSet<>();
    for (ApprovalTier tier : tiers) {
      if (!names.add(tier.name())) {
        throw new IllegalArgumentException("tiers must have distinct names: \"" + tier.name() + "\"");
      }
    }
    tiers = List.copyOf(tiers);
  }

  /**
   * Obtains a policy.
   *
   * @param tiers the tiers in order, one to three
   * @return the policy
   */
  public static ApprovalPolicy of(ApprovalTier... tiers) {
    Checks.notNull(tiers, "tiers");
    return new ApprovalPolicy(List.of(tiers));
  }

  /**
   * Returns the number of tiers.
   *
   * @return 1 to 3
   */
  public int size() {
    return tiers.size();
  }

  /**
   * Returns a tier by position.
   *
   * @param index the position, from 0
   * @return the tier
   * @throws IndexOutOfBoundsException if there is no such tier
   */
  public ApprovalTier tier(int index) {
    return tiers.get(index);
  }
}
