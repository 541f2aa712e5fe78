package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import java.io.Serializable;

/**
 * An impossible combination of counts in a {@link PerformanceRecord}: a measure above the measure
 * that bounds it, such as reach above impressions. Records with anomalies are still constructible
 * (the numbers came from a platform's export and may be fixed later); {@link
 * PerformanceRecord#anomalies()} reports them so they are neither silently accepted nor thrown.
 *
 * @param measure the measure that is too high
 * @param value its value
 * @param bound the measure that should bound it
 * @param boundValue the bound's value, lower than {@code value}
 * @serial exclude
 */
public record PerformanceAnomaly(Measure measure, long value, Measure bound, long boundValue)
    implements Serializable {

  /**
   * Validates the parts.
   *
   * @param measure the measure that is too high
   * @param value its value
   * @param bound the measure that should bound it
   * @param boundValue the bound's value
   * @throws IllegalArgumentException if {@code value} does not exceed {@code boundValue}
   */
  public PerformanceAnomaly {
    Checks.notNull(measure, "measure");
    Checks.notNull(bound, "bound");
    if (value <= boundValue) {
      throw new IllegalArgumentException(
          "value must exceed boundValue for an anomaly: " + value + " <= " + boundValue);
    }
  }

  /**
   * Returns a stable code such as {@code REACH_ABOVE_IMPRESSIONS}.
   *
   * @return the code
   */
  public String code() {
    return measure.name() + "_ABOVE_" + bound.name();
  }

  /**
   * Returns a message such as {@code reach 120 is above impressions 100}.
   *
   * @return the message
   */
  public String message() {
    return measure.label() + " " + value + " is above " + bound.label() + " " + boundValue;
  }
}
