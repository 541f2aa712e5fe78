package dev.socialplan.goal.rules;

/** The verdict on one letter of a SMART goal. */
public enum SmartVerdict {
  /** The goal meets the letter. */
  MET,
  /** The goal does not meet the letter; the check carries the finding that says why. */
  NOT_MET,
  /** The letter cannot be judged from what the plan says (for example no growth history). */
  UNKNOWN
}
