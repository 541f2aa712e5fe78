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
 * <p><b>Four eyes.</b> By default nobody approves their own post: the author (whoever submitted it
 * for review) cannot approve it, an {@link ApprovalMode#ALL_OF} tier that names the author is
 * satisfied by its other approvers, and every tier must name someone besides the author. A team
 * that accepts self-approval says so explicitly with {@link #allowingSelfApproval()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tiers the tiers in the order they approve, one to three, with distinct names
 * @param selfApprovalAllowed whether an author may approve their own post; false for four-eyes
 *     approval
 */
public record ApprovalPolicy(List<ApprovalTier> tiers, boolean selfApprovalAllowed) {

  /** The most tiers a policy may have. */
  public static final int MAX_TIERS = 3;

  /**
   * Validates the policy.
   *
   * @param tiers the tiers in the order they approve, one to three, with distinct names
   * @param selfApprovalAllowed whether an author may approve their own post
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
   * Obtains a four-eyes policy: nobody approves their own post.
   *
   * @param tiers the tiers in the order they approve, one to three, with distinct names
   * @throws NullPointerException if the list or a tier is null
   * @throws IllegalArgumentException if there are no tiers or more than three, or two share a name
   */
  public ApprovalPolicy(List<ApprovalTier> tiers) {
    this(tiers, false);
  }

  /**
   * Obtains a four-eyes policy: nobody approves their own post.
   *
   * @param tiers the tiers in order, one to three
   * @return the policy
   */
  public static ApprovalPolicy of(ApprovalTier... tiers) {
    Checks.notNull(tiers, "tiers");
    return new ApprovalPolicy(List.of(tiers));
  }

  /**
   * Returns a copy of this policy under which an author may approve their own post, counting as
   * any other approver of the tiers that name them.
   *
   * @return the policy allowing self-approval
   */
  public ApprovalPolicy allowingSelfApproval() {
    return new ApprovalPolicy(tiers, true);
  }

  /**
   * Tells whether an approver's approval counts, for a post submitted by an author.
   *
   * @param approver who approves
   * @param author who submitted the post
   * @return true unless the approver is the author and self-approval is not allowed
   */
  public boolean admits(String approver, String author) {
    Checks.notNull(approver, "approver");
    Checks.notNull(author, "author");
    return selfApprovalAllowed || !approver.equals(author);
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
