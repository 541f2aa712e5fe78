package dev.socialplan.audience;

/**
 * Whom a persona lives with. The strategy guide's "single mothers" are women whose household is
 * {@link #SINGLE_PARENT}.
 */
public enum HouseholdType {
  /** Lives alone. */
  LIVING_ALONE,
  /** A single parent living with their children. */
  SINGLE_PARENT,
  /** A couple without children at home. */
  COUPLE_WITHOUT_CHILDREN,
  /** A couple with children at home. */
  COUPLE_WITH_CHILDREN,
  /** An adult living with their parents. */
  WITH_PARENTS,
  /** Flatmates or other shared housing. */
  SHARED,
  /** Three or more generations under one roof. */
  MULTIGENERATIONAL;

  /**
   * Tells whether children live in the household.
   *
   * @return true for {@link #SINGLE_PARENT} and {@link #COUPLE_WITH_CHILDREN}; false for {@link
   *     #MULTIGENERATIONAL}, whose youngest generation may be grown up
   */
  public boolean hasChildren() {
    return this == SINGLE_PARENT || this == COUPLE_WITH_CHILDREN;
  }
}
