package dev.socialplan.analytics.progress;

import dev.socialplan.goal.Target;
import dev.socialplan.internal.Checks;
import java.time.LocalDate;

/**
 * A measured value of a goal's metric on a date: 10,420 followers on 1 February. The value reuses
 * the goal's {@link Target} forms so that units (and currencies) are checked against the goal. This
 * record is immutable and thread-safe.
 *
 * @param date the day the value was measured
 * @param value the measured value
 */
public record MetricObservation(LocalDate date, Target value) {

  /**
   * Validates the parts.
   *
   * @param date the day the value was measured
   * @param value the measured value
   * @throws NullPointerException if a part is null
   */
  public MetricObservation {
    Checks.notNull(date, "date");
    Checks.notNull(value, "value");
  }

  /**
   * Obtains an observation.
   *
   * @param date the day the value was measured
   * @param value the measured value
   * @return the observation
   */
  public static MetricObservation of(LocalDate date, Target value) {
    return new MetricObservation(date, value);
  }

  /**
   * Obtains an observation of a count.
   *
   * @param date the day the value was measured
   * @param count the count, zero or more
   * @return the observation
   * @throws IllegalArgumentException if the count is negative
   */
  public static MetricObservation ofCount(LocalDate date, long count) {
    return new MetricObservation(date, Target.ofCount(count));
  }
}
