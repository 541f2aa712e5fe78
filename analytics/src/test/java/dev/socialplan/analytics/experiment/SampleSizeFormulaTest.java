package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/metrics.md: p = 0.20, δ = 0.05, α = 0.05 two-sided, power 0.80.
 * By hand with z₀.₉₇₅ = 1.959964 and z₀.₈₀ = 0.841621: √(p(1−p) + (p+δ)(1−p−δ)) = √0.3475 =
 * 0.589491, so the power term is 0.496128.
 */
class SampleSizeFormulaTest {
  @Test
  void evanMillersFormulaGives1030Point22RoundedUpTo1031() {
    // √(2 · 0.16) = 0.565685; (1.108722 + 0.496128)² / 0.0025 = 2.575544 / 0.0025 = 1030.22.
    assertThat(SampleSizeFormula.EVAN_MILLER.exactPerVariant(0.20, 0.05, 0.05, 0.80))
        .isCloseTo(1030.22, within(0.01));
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.80)).isEqualTo(1_031);
  }

  @Test
  void pooledTextbookFormulaGives1094() {
    // p̄ = 0.225, √(2 · 0.225 · 0.775) = 0.590551; (1.157459 + 0.496128)² / 0.0025 = 1093.74,
    // rounded up.
    assertThat(SampleSizeFormula.POOLED_TEXTBOOK.exactPerVariant(0.20, 0.05, 0.05, 0.80))
        .isCloseTo(1093.74, within(0.01));
    assertThat(SampleSizeFormula.POOLED_TEXTBOOK.perVariant(0.20, 0.05, 0.05, 0.80))
        .isEqualTo(1_094);
  }

  @Test
  void smallerEffectsStricterLevelsAndMorePowerNeedMoreTrials() {
    long base = SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.80);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.02, 0.05, 0.80)).isGreaterThan(base);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.01, 0.80)).isGreaterThan(base);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.90)).isGreaterThan(base);
  }

  @Test
  void refusesArgumentsOutsideTheirRanges() {
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0, 0.05, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumDetectableEffect must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 1, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significance must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(() -> SampleSizeFormula.POOLED_TEXTBOOK.perVariant(0.2, 0.05, 0.05, 1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power must be greater than 0 and less than 1: 1.2");
    // Power 0.03 would otherwise need 0 trials and 0.001 would need 203: the power term cancels.
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 0.05, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power must be at least 0.5: 0.03");
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 0.05, 0.5)).isPositive();
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.9, 0.1, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate + minimumDetectableEffect must be less than 1: 0.9 + 0.1");
  }

  /**
   * Evan Miller's calculator mirrors a baseline above 50 %: p = 0.6 is planned as p = 0.4, δ = 0.05:
   * √(2 · 0.24) = 0.692820, √(0.24 + 0.45 · 0.55) = 0.698212; (1.357903 + 0.587630)² / 0.0025 =
   * 1514.04, rounded up to 1,515. Before the fix the unmirrored 1,495 was returned.
   */
  @Test
  void evanMillersFormulaMirrorsABaselineAboveHalf() {
    assertThat(SampleSizeFormula.EVAN_MILLER.exactPerVariant(0.60, 0.05, 0.05, 0.80))
        .isCloseTo(1514.04, within(0.01));
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.60, 0.05, 0.05, 0.80)).isEqualTo(1_515);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.60, 0.05, 0.05, 0.80))
        .isEqualTo(SampleSizeFormula.EVAN_MILLER.perVariant(0.40, 0.05, 0.05, 0.80));
    // The textbook formula plans for the rise it is given.
    assertThat(SampleSizeFormula.POOLED_TEXTBOOK.exactPerVariant(0.60, 0.05, 0.05, 0.80))
        .isLessThan(SampleSizeFormula.POOLED_TEXTBOOK.exactPerVariant(0.40, 0.05, 0.05, 0.80));
  }

  /** Before the fix 1,030.22 was rounded to 1,030, whose power falls short of 0.80. */
  @Test
  void roundsUpSoThePlannedPowerIsReached() {
    assertThat(powerEitherWay(0.20, 0.05, 0.05, 1_030)).isLessThan(0.80);
    assertThat(powerEitherWay(0.20, 0.05, 0.05, 1_031)).isGreaterThanOrEqualTo(0.80);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.80)).isEqualTo(1_031);
  }

  /**
   * Before the fix a vanishing effect gave {@code Long.MAX_VALUE} trials and an infinite exact size.
   */
  @Test
  void refusesAnEffectTooSmallToPlanForInsteadOfSaturating() {
    for (SampleSizeFormula formula : SampleSizeFormula.values()) {
      assertThatThrownBy(() -> formula.perVariant(0.2, 1e-200, 0.05, 0.8))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "minimumDetectableEffect is too small: 1.0E-200 would need more than 2^53 trials");
      assertThatThrownBy(() -> formula.exactPerVariant(0.2, 1e-200, 0.05, 0.8))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ExperimentDesign.of(0.2, 1e-200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("minimumDetectableEffect is too small");
  }

  /**
   * Over the whole range of arguments: either a refusal, or a whole number of trials at which the
   * power against a change of δ in either feasible direction reaches the target, computed
   * independently from the normal approximation's power function, and one trial fewer would not
   * (for Evan Miller's formula, whose variance terms the power function mirrors).
   */
  @Test
  void evanMillersSizeIsTheSmallestThatReachesThePowerEitherWay() {
    qt().withExamples(2_000)
        .forAll(
            doubles().between(0.001, 0.999),
            doubles().between(0.001, 0.999),
            doubles().between(0.001, 0.5),
            doubles().between(0.5, 0.999))
        .assuming((p, share, alpha, power) -> (1 - p) * share > 0)
        .check(
            (p, share, alpha, power) -> {
              double delta = Math.min(p, 1 - p) * share;
              long n = SampleSizeFormula.EVAN_MILLER.perVariant(p, delta, alpha, power);
              return n >= 1
                  && powerEitherWay(p, delta, alpha, n) >= power - 1e-9
                  && (n == 1 || powerEitherWay(p, delta, alpha, n - 1) < power + 1e-9);
            });
  }

  /** Over the whole range: a finite result of at most 2^53, or a refusal; never saturation. */
  @Test
  void neverInfiniteNorSaturatedOverTheWholeRange() {
    qt().withExamples(2_000)
        .forAll(
            doubles().between(Double.MIN_VALUE, 1),
            doubles().between(Double.MIN_VALUE, 1),
            doubles().between(Double.MIN_VALUE, 1),
            doubles().between(0.5, 1))
        .checkAssert(
            (p, delta, alpha, power) -> {
              for (SampleSizeFormula formula : SampleSizeFormula.values()) {
                try {
                  double exact = formula.exactPerVariant(p, delta, alpha, power);
                  long n = formula.perVariant(p, delta, alpha, power);
                  assertThat(exact).isFinite().isPositive().isLessThanOrEqualTo(0x1p53);
                  assertThat(n).isBetween(1L, 1L << 53);
                } catch (IllegalArgumentException refused) {
                  assertThat(refused).hasMessageContaining(": ");
                }
              }
            });
  }

  /**
   * The power of the two-sided test with n trials per variant against the smaller-powered of a rise
   * and a drop by δ, where each is possible, with the variance terms of Evan Miller's formula.
   */
  private static double powerEitherWay(double p, double delta, double alpha, long n) {
    NormalDistribution normal = NormalDistribution.of(0, 1);
    double zAlpha = normal.inverseSurvivalProbability(alpha / 2);
    double power = 1;
    for (double q : new double[] {p + delta, p - delta}) {
      if (q > 0 && q < 1) {
        double under = Math.sqrt(2 * p * (1 - p));
        double over = Math.sqrt(p * (1 - p) + q * (1 - q));
        power =
            Math.min(
                power, normal.cumulativeProbability((delta * Math.sqrt(n) - zAlpha * under) / over));
      }
    }
    return power;
  }
}
