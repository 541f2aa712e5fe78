package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;

/** Preconditions specific to this package. */
final class ExperimentChecks {
  private ExperimentChecks() {}

  /** Requires a finite number strictly between 0 and 1 (a significance level, a power). */
  static void openUnit(double value, String field) {
    Checks.finite(value, field);
    if (value <= 0 || value >= 1) {
      throw new IllegalArgumentException(
          field + " must be greater than 0 and less than 1: " + value);
    }
  }
}
