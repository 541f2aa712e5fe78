package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A frequentist comparison of two variants on a rate (click-through, engagement, conversion): the
 * control {@code A} and the treatment {@code B}.
 *
 * <ul>
 *   <li>{@link #zTest()}: two-proportion z-test with pooled variance, two-sided;
 *   <li>{@link #chiSquare()}: Pearson's chi-square on the 2×2 table, by Apache Commons Statistics
 *       {@code ChiSquareTest}; it equals the square of the z statistic and gives the same p-value;
 *   <li>{@link #yatesChiSquare()}: the same with Yates' continuity correction, more conservative;
 *   <li>{@link #controlInterval()} and {@link #treatmentInterval()}: Wilson score intervals;
 *   <li>{@link #differenceInterval()}: Newcombe's hybrid score interval for {@code p̂B − p̂A};
 *   <li>{@link #relativeLift()}: {@code (p̂B − p̂A) / p̂A}.
 * </ul>
 *
 * <p>Results that cannot be computed are empty or undefined rather than NaN or an exception: the
 * tests when a variant has no trials or when every trial of both variants succeeded or failed (there
 * is no variance to test), the intervals of a variant without trials, the lift when the control has
 * no successes.
 *
 * <p>Worked example (Newcombe, 1998, example (a)): A = 56/70, B = 48/80; the difference is −0.20,
 * Newcombe's 95 % interval for {@code p̂A − p̂B} is {@code [0.0524, 0.3339]}, so {@code [−0.3339,
 * −0.0524]} for {@code p̂B − p̂A}. This record is immutable and thread-safe; results are computed on
 * each call.
 *
 * @param control the control variant, A
 * @param treatment the treatment variant, B
 * @param confidenceLevel the level of the intervals, in {@code (0, 1)}, for example 0.95
 */
public record TwoVariantAnalysis(Variant control, Variant treatment, double confidenceLevel)
    implements ExperimentAnalysis {

  /** The confidence level used by {@link #of(Variant, Variant)}: 95 %. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /**
   * Validates the parts.
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @param confidenceLevel the level of the intervals, in {@code (0, 1)}
   * @throws NullPointerException if a variant is null
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public TwoVariantAnalysis {
    Checks.notNull(control, "control");
    Checks.notNull(treatment, "treatment");
    ExperimentChecks.openUnit(confidenceLevel, "confidenceLevel");
  }

  /**
   * Compares two variants with 95 % intervals.
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @return the analysis
   */
  public static TwoVariantAnalysis of(Variant control, Variant treatment) {
    return new TwoVariantAnalysis(control, treatment, DEFAULT_CONFIDENCE_LEVEL);
  }

  /**
   * Compares two variants.
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @param confidenceLevel the level of the intervals, in {@code (0, 1)}
   * @return the analysis
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public static TwoVariantAnalysis of(Variant control, Variant treatment, double confidenceLevel) {
    return new TwoVariantAnalysis(control, treatment, confidenceLevel);
  }

  /**
   * Returns the two variants.
   *
   * @return the control and the treatment, in that order
   */
  @Override
  public List<Variant> variants() {
    return List.of(control, treatment);
  }

  /**
   * Returns the two-proportion z-test with pooled variance; positive z means B's rate is higher.
   *
   * @return the test; empty when a variant has no trials or the pooled rate is 0 or 1
   */
  public Optional<SignificanceTest> zTest() {
    return RateStatistics.zTest(control, treatment);
  }

  /**
   * Returns Pearson's chi-square test on the 2×2 table without continuity correction (Apache Commons
   * Statistics {@code ChiSquareTest}).
   *
   * @return the test, one degree of freedom; empty when the z-test is
   */
  public Optional<SignificanceTest> chiSquare() {
    return RateStatistics.pearson(java.util.List.of(control, treatment));
  }

  /**
   * Returns the chi-square test on the 2×2 table with Yates' continuity correction.
   *
   * @return the test, one degree of freedom; empty when the z-test is
   */
  public Optional<SignificanceTest> yatesChiSquare() {
    return RateStatistics.yates(control, treatment);
  }

  /**
   * Returns the Wilson score interval of the control's rate.
   *
   * @return the interval; empty when the control has no trials
   */
  public Optional<ConfidenceInterval> controlInterval() {
    return RateStatistics.wilson(control, confidenceLevel);
  }

  /**
   * Returns the Wilson score interval of the treatment's rate.
   *
   * @return the interval; empty when the treatment has no trials
   */
  public Optional<ConfidenceInterval> treatmentInterval() {
    return RateStatistics.wilson(treatment, confidenceLevel);
  }

  /**
   * Returns the observed difference of rates, {@code p̂B − p̂A}, as a fraction (0.05 is five
   * percentage points).
   *
   * @return the difference; empty when a variant has no trials
   */
  public OptionalDouble difference() {
    if (control.trials() == 0 || treatment.trials() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        (double) treatment.successes() / treatment.trials()
            - (double) control.successes() / control.trials());
  }

  /**
   * Returns Newcombe's hybrid score interval for the difference {@code p̂B − p̂A}.
   *
   * @return the interval, within {@code [−1, 1]}; empty when a variant has no trials
   */
  public Optional<ConfidenceInterval> differenceInterval() {
    return RateStatistics.newcombe(control, treatment, confidenceLevel);
  }

  /**
   * Returns the relative lift of B over A, {@code (p̂B − p̂A) / p̂A}, kept exact as {@code (xB·nA −
   * xA·nB) / (xA·nB)}: 0.25 means B's rate is 25 % higher than A's.
   *
   * @return the lift; undefined when A has no successes or B no trials
   */
  public Ratio relativeLift() {
    long numerator =
        Math.subtractExact(
            Math.multiplyExact(treatment.successes(), control.trials()),
            Math.multiplyExact(control.successes(), treatment.trials()));
    long denominator = Math.multiplyExact(control.successes(), treatment.trials());
    return Ratio.of(numerator, denominator);
  }

  /**
   * Returns a readable summary: the two rates, the lift and the z-test's p-value.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TwoVariantAnalysis{%s: %s, %s: %s, lift %s, p %s}",
        control.name(),
        control.rate(),
        treatment.name(),
        treatment.rate(),
        relativeLift(),
        zTest().map(t -> String.format(Locale.ROOT, "%.4g", t.pValue())).orElse("undefined"));
  }
}
