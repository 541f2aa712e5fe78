package dev.socialplan.calendar.approval;

import dev.socialplan.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One tier of an approval policy: a name ({@code "legal"}), a mode and the approvers.
 *
 * <p>The approvers are kept sorted and distinct; there is at least one. This record is immutable
 * and thread-safe.
 *
 * @param name the tier's name, not blank
 * @param mode whether any one or all approvers must approve
 * @param approvers the approvers' ids, not blank, at least one
 */
public record ApprovalTier(String name, ApprovalMode mode, SortedSet<String> approvers) {

  /**
   * Validates the tier.
   *
   * @param name the tier's name, not blank
   * @param mode whether any one or all approvers must approve
   * @param approvers the approvers' ids, not blank, at least one
   * @throws NullPointerException if an argument or an approver is null
   * @throws IllegalArgumentException if the name or an approver is blank, or there is no approver
   */
  public ApprovalTier {
    Checks.notNull(name, "name");
    Checks.notNull(mode, "mode");
    Checks.noNullElements(approvers, "approvers");
    Checks.nonBlank(name, "name");
    if (approvers.isEmpty()) {
      throw new IllegalArgumentException("approvers of tier \"" + name + "\" must not be empty: []");
    }
    for (String approver : approvers) {
      Checks.nonBlank(approver, "approvers");
    }
    approvers = Collections.unmodifiableSortedSet(new TreeSet<>(approvers));
  }

  /**
   * Obtains a tier.
   *
   * @param name the tier's name, not blank
   * @param mode whether any one or all approvers must approve
   * @param approvers the approvers' ids, at least one
   * @return the tier
   */
  public static ApprovalTier of(String name, ApprovalMode mode, Collection<String> approvers) {
    Checks.notNull(name, "name");
    Checks.notNull(mode, "mode");
    Checks.noNullElements(approvers, "approvers");
    return new ApprovalTier(name, mode, new TreeSet<>(approvers));
  }

  /**
   * Obtains a tier that any one of the approvers passes.
   *
   * @param name the tier's name
   * @param approvers the approvers' ids, at least one
   * @return the tier
   */
  public static ApprovalTier anyOf(String name, String... approvers) {
    Checks.notNull(approvers, "approvers");
    return of(name, ApprovalMode.ANY_OF, List.of(approvers));
  }

  /**
   * Obtains a tier that all of the approvers must pass.
   *
   * @param name the tier's name
   * @param approvers the approvers' ids, at least one
   * @return the tier
   */
  public static ApprovalTier allOf(String name, String... approvers) {
    Checks.notNull(approvers, "approvers");
    return of(name, ApprovalMode.ALL_OF, List.of(approvers));
  }

  /**
   * Tells whether an approver belongs to this tier.
   *
   * @param approver the approver's id
   * @return true if the approver is one of {@link #approvers()}
   */
  public boolean includes(String approver) {
    Checks.notNull(approver, "approver");
    return approvers.contains(approver);
  }

  /**
   * Tells whether some approvals pass this tier: one of its approvers for {@link
   * ApprovalMode#ANY_OF}, all of them for {@link ApprovalMode#ALL_OF}. Approvals by people outside
   * the tier are ignored.
   *
   * @param approvedBy the ids of those who approved
   * @return true if the tier is passed
   */
  public boolean isSatisfiedBy(Set<String> approvedBy) {
    Checks.noNullElements(approvedBy, "approvedBy");
    return mode == ApprovalMode.ANY_OF
        ? approvers.stream().anyMatch(approvedBy::contains)
        : approvedBy.containsAll(approvers);
  }
}
