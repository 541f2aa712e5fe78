package dev.socialplan.validation;

/**
 * How serious a finding is. Declared from the most to the least severe, so the natural order of the
 * constants is the order in which a planner should deal with findings.
 */
public enum Severity {
  /** The plan is wrong or incomplete in a way that must be fixed; a report with one is not valid. */
  ERROR,
  /** Probably a mistake or a missed opportunity; worth fixing, but the plan is still usable. */
  WARNING,
  /** Advice: something the method recommends that the plan does differently. */
  INFO;

  /**
   * Tells whether this severity is at least as serious as another: {@code ERROR.isAtLeast(WARNING)}
   * is true, {@code INFO.isAtLeast(WARNING)} is false.
   *
   * @param other the severity to compare with
   * @return true if this severity is the same as or more serious than {@code other}
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
