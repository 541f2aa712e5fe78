package dev.socialplan.goal.rules;

/** The five letters of a SMART goal, in order. */
public enum SmartLetter {
  /** Specific: the objective, metric, target and scope (a platform, or all) are named. */
  SPECIFIC,
  /** Measurable: the metric is quantifiable and has a baseline to measure from. */
  MEASURABLE,
  /** Achievable: the required pace is within reach of the account's history or a benchmark. */
  ACHIEVABLE,
  /** Relevant: the goal serves one of the plan's business objectives. */
  RELEVANT,
  /** Time-bound: the deadline is set, after the start, and not already past. */
  TIME_BOUND
}
