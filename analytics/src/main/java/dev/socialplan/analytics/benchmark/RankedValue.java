package dev.socialplan.analytics.benchmark;

import dev.socialplan.internal.Checks;

/**
 * A brand's place in a ranking: its rank (1 is best; equal values share a rank, the next rank is
 * skipped: 1, 2, 2, 4), its name and its value. This record is immutable and thread-safe.
 *
 * @param rank the rank, 1 or more
 * @param name the brand's name
 * @param value the brand's value of the metric
 */
public record RankedValue(int rank, String name, double value) {

  /**
   * Validates the parts.
   *
   * @param rank the rank, 1 or more
   * @param name the brand's name, not blank
   * @param value the value, finite
   * @throws IllegalArgumentException if the rank is below 1, the name blank or the value not finite
   */
  public RankedValue {
    Checks.notNull(name, "name");
    Checks.inRange(rank, 1, Integer.MAX_VALUE, "rank");
    Checks.nonBlank(name, "name");
    Checks.finite(value, "value");
  }
}
