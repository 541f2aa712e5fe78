package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Test vectors: Newcombe (1998), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, examples (a) 56/70
 * − 48/80 and (b) 9/10 − 3/10, method 10; the other figures are worked by hand in the comments.
 */
class TwoVariantAnalysisTest {
  // Newcombe's example (a), with the smaller rate as the control: A = 48/80, B = 56/70.
  private static Variant a() {
    return Variant.of("A", 80, 48);
  }

  private static Variant b() {
    return Variant.of("B", 70, 56);
  }

  private static TwoVariantAnalysis newcombeA() {
    return TwoVariantAnalysis.of(a(), b());
  }

  @Test
  void newcombeHybridScoreIntervalMatchesThePublishedExamples() {
    // Newcombe (1998), Table II, method 10: 0.0524 to 0.3339 for 56/70 − 48/80.
    ConfidenceInterval a = newcombeA().differenceInterval().orElseThrow();
    assertThat(a.lower()).isCloseTo(0.0524, within(5e-5));
    assertThat(a.upper()).isCloseTo(0.3339, within(5e-5));
    assertThat(a.confidenceLevel()).isEqualTo(0.95);
    // Example (b): 0.1705 to 0.8090 for 9/10 − 3/10.
    ConfidenceInterval b =
        TwoVariantAnalysis.of(Variant.of("A", 10, 3), Variant.of("B", 10, 9))
            .differenceInterval()
            .orElseThrow();
    assertThat(b.lower()).isCloseTo(0.1705, within(5e-5));
    assertThat(b.upper()).isCloseTo(0.8090, within(5e-5));
  }

  @Test
  void wilsonIntervalsMatchAHandCalculation() {
    // Wilson: centre (p + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p(1−p)/n + z²/4n²),
    // z = 1.959964, z² = 3.841459. For 56/70 (p = 0.8): centre 0.827439 / 1.054878 = 0.784393;
    // half 1.858006 · √(0.00228571 + 0.00019599) = 1.858006 · 0.0498168 = 0.092560
    // → [0.691833, 0.876953].
    ConfidenceInterval b = newcombeA().treatmentInterval().orElseThrow();
    assertThat(b.lower()).isCloseTo(0.691833, within(2e-6));
    assertThat(b.upper()).isCloseTo(0.876953, within(2e-6));
    assertThat(b.contains(0.8)).isTrue();
    // For 48/80 (p = 0.6): centre 0.624010 / 1.048018 = 0.595419;
    // half 1.870162 · √(0.003 + 0.00015006) = 1.870162 · 0.0561254 = 0.104964 → [0.490455, 0.700382].
    ConfidenceInterval a = newcombeA().controlInterval().orElseThrow();
    assertThat(a.lower()).isCloseTo(0.490455, within(2e-6));
    assertThat(a.upper()).isCloseTo(0.700382, within(2e-6));
  }

  @Test
  void zTestMatchesAHandCalculation() {
    // Pooled p̄ = 104/150 = 0.693333; SE = √(0.693333 · 0.306667 · (1/80 + 1/70))
    // = √(0.212622 · 0.0267857) = 0.0754668; z = (0.8 − 0.6) / 0.0754668 = 2.65018.
    SignificanceTest z = newcombeA().zTest().orElseThrow();
    assertThat(z.statistic()).isCloseTo(2.65018, within(1e-5));
    // Two-sided p = 2 · P(Z > 2.65018) ≈ 2 · 0.004023 (normal table: P(Z > 2.65) = 0.00402).
    assertThat(z.pValue()).isCloseTo(0.008045, within(1e-5));
    assertThat(z.degreesOfFreedom()).isEmpty();
  }

  @Test
  void zSquaredEqualsTheUncorrectedChiSquareAndTheyShareAPValue() {
    SignificanceTest z = newcombeA().zTest().orElseThrow();
    SignificanceTest chi = newcombeA().chiSquare().orElseThrow();
    assertThat(z.statistic() * z.statistic()).isCloseTo(chi.statistic(), within(1e-9));
    assertThat(z.pValue()).isCloseTo(chi.pValue(), within(1e-12));
    assertThat(chi.degreesOfFreedom()).hasValue(1);
  }

  @Test
  void yatesCorrectionMatchesTheClosedFormAndIsMoreConservative() {
    // χ²_Yates = N (|ad − bc| − N/2)² / (R1 R2 C1 C2) with a = 48, b = 32, c = 56, d = 14:
    // |672 − 1792| = 1120; 150 · (1120 − 75)² / (80 · 70 · 104 · 46) = 163,803,750 / 26,790,400
    // = 6.114270.
    SignificanceTest yates = newcombeA().yatesChiSquare().orElseThrow();
    assertThat(yates.statistic()).isCloseTo(163_803_750.0 / 26_790_400.0, within(1e-9));
    // With one degree of freedom, P(χ² > x) = 2 · P(Z > √x): an oracle independent of the
    // chi-square distribution used by the code.
    double expectedP = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.sqrt(yates.statistic()));
    assertThat(yates.pValue()).isCloseTo(expectedP, within(1e-12));
    assertThat(yates.pValue()).isGreaterThan(newcombeA().chiSquare().orElseThrow().pValue());
  }

  @Test
  void yatesCorrectionNeverOvershootsWhenTheTableMatchesItsExpectation() {
    // |O − E| = 0 here: the correction is capped at |O − E|, so the statistic is 0, not positive.
    TwoVariantAnalysis equal = TwoVariantAnalysis.of(Variant.of("A", 10, 5), Variant.of("B", 10, 5));
    assertThat(equal.yatesChiSquare().orElseThrow().statistic()).isZero();
    assertThat(equal.yatesChiSquare().orElseThrow().pValue()).isEqualTo(1.0);
  }

  @Test
  void relativeLiftIsExact() {
    // (0.8 − 0.6) / 0.6 = 1/3, kept as (56·80 − 48·70) / (48·70) = 1120 / 3360.
    assertThat(newcombeA().relativeLift()).isEqualTo(Ratio.of(1120, 3360));
    assertThat(newcombeA().relativeLift().value().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(newcombeA().difference().getAsDouble()).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void undefinedResultsAreEmptyNotNaN() {
    TwoVariantAnalysis notShown = TwoVariantAnalysis.of(Variant.of("A", 0, 0), b());
    assertThat(notShown.zTest()).isEmpty();
    assertThat(notShown.chiSquare()).isEmpty();
    assertThat(notShown.yatesChiSquare()).isEmpty();
    assertThat(notShown.controlInterval()).isEmpty();
    assertThat(notShown.treatmentInterval()).isPresent();
    assertThat(notShown.differenceInterval()).isEmpty();
    assertThat(notShown.difference()).isEmpty();
    assertThat(notShown.relativeLift().isDefined()).isFalse();

    TwoVariantAnalysis noneConverted =
        TwoVariantAnalysis.of(Variant.of("A", 100, 0), Variant.of("B", 100, 0));
    assertThat(noneConverted.zTest()).isEmpty();
    assertThat(noneConverted.chiSquare()).isEmpty();
    assertThat(noneConverted.relativeLift().isDefined()).isFalse();
    assertThat(noneConverted.controlInterval().orElseThrow().lower()).isZero();

    TwoVariantAnalysis allConverted =
        TwoVariantAnalysis.of(Variant.of("A", 100, 100), Variant.of("B", 50, 50));
    assertThat(allConverted.zTest()).isEmpty();
    assertThat(allConverted.treatmentInterval().orElseThrow().upper()).isEqualTo(1.0);
  }

  @Test
  void theConfidenceLevelWidensTheIntervals() {
    TwoVariantAnalysis at99 = TwoVariantAnalysis.of(a(), b(), 0.99);
    assertThat(at99.differenceInterval().orElseThrow().width())
        .isGreaterThan(newcombeA().differenceInterval().orElseThrow().width());
    assertThat(at99.confidenceLevel()).isEqualTo(0.99);
    assertThatThrownBy(() -> TwoVariantAnalysis.of(a(), b(), 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(() -> TwoVariantAnalysis.of(null, b()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("control must not be null");
  }

  @Test
  void summarisesReadably() {
    assertThat(newcombeA().toString()).startsWith("TwoVariantAnalysis{A: 60%").contains("B: 80%", "p 0.008");
  }
}
