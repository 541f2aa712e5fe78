package dev.socialplan.analytics.experiment;

/** The hypothesis test that produced a {@link SignificanceTest}. */
public enum TestMethod {
  /**
   * Two-proportion z-test with pooled variance: {@code z = (p̂B − p̂A) / √(p̄(1 − p̄)(1/nA + 1/nB))}
   * with {@code p̄} the pooled rate, two-sided p-value from the standard normal distribution. Its
   * square equals {@link #PEARSON_CHI_SQUARE} on the same 2×2 table (Agresti, <i>Categorical Data
   * Analysis</i>, 3rd ed., §3.1.2).
   */
  TWO_PROPORTION_Z_TEST,
  /**
   * Pearson's chi-square test of independence on the variants × (success, failure) table, without
   * continuity correction; computed by Apache Commons Statistics {@code ChiSquareTest}.
   */
  PEARSON_CHI_SQUARE,
  /**
   * Pearson's chi-square on a 2×2 table with Yates' continuity correction: each {@code |O − E|} is
   * reduced by {@code min(0.5, |O − E|)} before squaring (the convention of R's {@code chisq.test}
   * and SciPy's {@code chi2_contingency}); p-value from the chi-square distribution with one degree
   * of freedom (Yates, 1934). More conservative than the uncorrected test.
   */
  YATES_CHI_SQUARE
}
