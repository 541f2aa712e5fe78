package dev.socialplan.analytics.experiment;

/** How a {@link ConfidenceInterval} was computed. */
public enum IntervalMethod {
  /**
   * Wilson score interval for one proportion (Wilson, 1927), computed by Apache Commons Statistics
   * {@code BinomialConfidenceInterval.WILSON_SCORE} and clamped to {@code [0, 1]}. Unlike the
   * normal-approximation ("Wald") interval it behaves well for rates near 0 or 1 and small samples.
   */
  WILSON_SCORE,
  /**
   * Newcombe's hybrid score interval for a difference of two independent proportions {@code p̂B −
   * p̂A} (Newcombe, 1998, <i>Statistics in Medicine</i> 17:873–890, method 10), built from the two
   * Wilson intervals {@code [lA, uA]} and {@code [lB, uB]}: lower {@code δ − √((p̂B − lB)² + (uA −
   * p̂A)²)}, upper {@code δ + √((uB − p̂B)² + (p̂A − lA)²)}, clamped to {@code [−1, 1]}.
   */
  NEWCOMBE_HYBRID_SCORE
}
