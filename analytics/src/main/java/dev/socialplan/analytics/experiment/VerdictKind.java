package dev.socialplan.analytics.experiment;

/** What a marketer can conclude from an experiment; see {@link Verdict}. */
public enum VerdictKind {
  /**
   * Every variant reached the planned sample and one variant is significantly better than every
   * other: roll it out.
   */
  SIGNIFICANT_WINNER,
  /**
   * Every variant reached the planned sample but no variant is significantly better: if a
   * difference exists it is probably smaller than the one the test was designed to detect.
   */
  NO_DIFFERENCE_DETECTED,
  /**
   * At least one variant has fewer trials than the design requires: keep the test running, whatever
   * the numbers look like so far.
   */
  SAMPLE_TOO_SMALL
}
