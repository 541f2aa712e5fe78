package dev.socialplan.audience;

/** What a persona does for a living; the strategy guide's single mothers are working. */
public enum EmploymentStatus {
  /** Employed by someone else, full or part time. */
  EMPLOYED,
  /** Self-employed, freelance or running a business. */
  SELF_EMPLOYED,
  /** In education. */
  STUDENT,
  /** Looking for work. */
  UNEMPLOYED,
  /** Running the home without paid work. */
  HOMEMAKER,
  /** Retired. */
  RETIRED;

  /**
   * Tells whether the status is paid work.
   *
   * @return true for {@link #EMPLOYED} and {@link #SELF_EMPLOYED}
   */
  public boolean isWorking() {
    return this == EMPLOYED || this == SELF_EMPLOYED;
  }
}
