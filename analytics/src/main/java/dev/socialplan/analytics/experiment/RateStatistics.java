package dev.socialplan.analytics.experiment;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * The frequentist computations behind {@link TwoVariantAnalysis} and {@link MultiVariantAnalysis}.
 * Distributions, the chi-square test and the Wilson interval come from Apache Commons Statistics;
 * only test statistics (closed-form arithmetic on the counts) are computed here.
 */
final class RateStatistics {
  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final ChiSquaredDistribution CHI_SQUARE_1 = ChiSquaredDistribution.of(1);

  private RateStatistics() {}

  /** True when a test of the two variants is defined: both were shown, and the pooled rate is neither 0 nor 1. */
  static boolean testable(List<Variant> variants) {
    long successes = 0;
    long failures = 0;
    for (Variant v : variants) {
      if (v.trials() == 0) {
        return false;
      }
      successes += v.successes();
      failures += v.failures();
    }
    return successes > 0 && failures > 0;
  }

  /** Two-proportion z-test with pooled variance, two-sided; treatment minus control. */
  static Optional<SignificanceTest> zTest(Variant control, Variant treatment) {
    if (!testable(List.of(control, treatment))) {
      return Optional.empty();
    }
    double nA = control.trials();
    double nB = treatment.trials();
    double pA = control.successes() / nA;
    double pB = treatment.successes() / nB;
    double pooled = (double) (control.successes() + treatment.successes()) / (nA + nB);
    double standardError = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
    double z = (pB - pA) / standardError;
    double p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    return Optional.of(
        SignificanceTest.builder()
            .method(TestMethod.TWO_PROPORTION_Z_TEST)
            .statistic(z)
            .pValue(p)
            .build());
  }

  /** Pearson chi-square on the variants × (success, failure) table, by Commons Statistics. */
  static Optional<SignificanceTest> pearson(List<Variant> variants) {
    if (!testable(variants)) {
      return Optional.empty();
    }
    long[][] table = new long[variants.size()][];
    for (int i = 0; i < table.length; i++) {
      table[i] = new long[] {variants.get(i).successes(), variants.get(i).failures()};
    }
    var result = ChiSquareTest.withDefaults().test(table);
    return Optional.of(
        SignificanceTest.builder()
            .method(TestMethod.PEARSON_CHI_SQUARE)
            .statistic(result.getStatistic())
            .pValue(result.getPValue())
            .degreesOfFreedom(variants.size() - 1)
            .build());
  }

  /**
   * Chi-square on the 2×2 table with Yates' correction. In a 2×2 table every cell has the same
   * {@code |O − E| = |ad − bc| / N}; the correction subtracts {@code min(0.5, |O − E|)} from it, so
   * {@code χ² = (|O − E| − c)² · Σ 1/E}.
   */
  static Optional<SignificanceTest> yates(Variant control, Variant treatment) {
    if (!testable(List.of(control, treatment))) {
      return Optional.empty();
    }
    long a = control.successes();
    long b = control.failures();
    long c = treatment.successes();
    long d = treatment.failures();
    // Counts are at most 2^31 - 1, so the products fit in a long.
    long crossDifference = Math.subtractExact(Math.multiplyExact(a, d), Math.multiplyExact(b, c));
    double total = (double) control.trials() + treatment.trials();
    double deviation = Math.abs((double) crossDifference) / total;
    double corrected = deviation - Math.min(0.5, deviation);
    double rowA = control.trials();
    double rowB = treatment.trials();
    double successes = a + c;
    double failures = b + d;
    double sumOfInverseExpected =
        total / (rowA * successes)
            + total / (rowA * failures)
            + total / (rowB * successes)
            + total / (rowB * failures);
    double statistic = corrected * corrected * sumOfInverseExpected;
    return Optional.of(
        SignificanceTest.builder()
            .method(TestMethod.YATES_CHI_SQUARE)
            .statistic(statistic)
            .pValue(CHI_SQUARE_1.survivalProbability(statistic))
            .degreesOfFreedom(1)
            .build());
  }

  /** Wilson score interval by Commons Statistics, clamped to [0, 1]; empty without trials. */
  static Optional<ConfidenceInterval> wilson(Variant variant, double confidenceLevel) {
    if (variant.trials() == 0) {
      return Optional.empty();
    }
    Interval interval =
        BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(
            (int) variant.trials(), (int) variant.successes(), 1 - confidenceLevel);
    double lower = clamp(interval.getLowerBound(), 0, 1);
    double upper = clamp(interval.getUpperBound(), 0, 1);
    return Optional.of(
        ConfidenceInterval.of(lower, upper, confidenceLevel, IntervalMethod.WILSON_SCORE));
  }

  /** Newcombe's hybrid score interval (method 10) for treatment minus control. */
  static Optional<ConfidenceInterval> newcombe(
      Variant control, Variant treatment, double confidenceLevel) {
    Optional<ConfidenceInterval> a = wilson(control, confidenceLevel);
    Optional<ConfidenceInterval> b = wilson(treatment, confidenceLevel);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    double pA = (double) control.successes() / control.trials();
    double pB = (double) treatment.successes() / treatment.trials();
    double delta = pB - pA;
    double lower =
        delta - Math.hypot(pB - b.get().lower(), a.get().upper() - pA);
    double upper =
        delta + Math.hypot(b.get().upper() - pB, pA - a.get().lower());
    return Optional.of(
        ConfidenceInterval.of(
            clamp(lower, -1, 1),
            clamp(upper, -1, 1),
            confidenceLevel,
            IntervalMethod.NEWCOMBE_HYBRID_SCORE));
  }

  static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
