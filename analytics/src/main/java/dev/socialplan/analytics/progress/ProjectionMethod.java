package dev.socialplan.analytics.progress;

/**
 * How a goal's metric is projected from the baseline at the goal's start and the latest
 * observation to the deadline. Months are calendar months as {@code Goal.monthsBetween} counts
 * them; {@code m₀} is the months from start to the latest observation and {@code m₁} the months
 * from the latest observation to the deadline.
 */
public enum ProjectionMethod {
  /**
   * Linear growth at the average pace so far: pace {@code = (latest − baseline) / m₀} per month,
   * projection {@code = latest + pace · m₁}. Suits counts that grow by a steady amount (the
   * article's "+400 followers a month").
   */
  LINEAR,
  /**
   * Compound growth at the average monthly rate so far: {@code g = (latest / baseline)^(1/m₀) − 1},
   * projection {@code = latest · (1 + g)^m₁} (the compound monthly growth rate, CMGR). Suits
   * audiences that grow by a steady percentage. Undefined when the baseline or the latest value is
   * not positive.
   */
  COMPOUND
}
