package dev.socialplan.analytics.budget;

import dev.socialplan.internal.Checks;

/**
 * Limits on a reallocation suggestion: the largest share of the weakest line's spend that may move
 * at once, and the smallest gap in ROI worth acting on. The {@linkplain #STANDARD standard policy}
 * moves at most 20 % when the ROIs differ at all. This record is immutable and thread-safe.
 *
 * @param maxShare the largest share of the donor's spend to move, in {@code (0, 1]}
 * @param minimumRoiGap the smallest difference between the highest and the lowest ROI (as
 *     fractions: 0.5 is 50 points) for which a move is suggested, zero or more
 */
public record ReallocationPolicy(double maxShare, double minimumRoiGap) {

  /** At most 20 % of the donor's spend, for any ROI gap. */
  public static final ReallocationPolicy STANDARD = new ReallocationPolicy(0.20, 0);

  /**
   * Validates the limits.
   *
   * @param maxShare the largest share of the donor's spend to move, in {@code (0, 1]}
   * @param minimumRoiGap the smallest ROI gap worth acting on, zero or more
   * @throws IllegalArgumentException if a limit is out of range
   */
  public ReallocationPolicy {
    Checks.fraction(maxShare, "maxShare");
    if (maxShare == 0) {
      throw new IllegalArgumentException("maxShare must be greater than 0: " + maxShare);
    }
    Checks.nonNegative(minimumRoiGap, "minimumRoiGap");
  }

  /**
   * Obtains a policy that moves at most a share of the donor's spend, for any ROI gap.
   *
   * @param maxShare the largest share, in {@code (0, 1]}
   * @return the policy
   * @throws IllegalArgumentException if the share is out of range
   */
  public static ReallocationPolicy cappedAt(double maxShare) {
    return new ReallocationPolicy(maxShare, 0);
  }
}
