package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verdicts at the edges their rules turn on: exactly the planned sample, ties, undefined tests. */
class VerdictEdgesTest {
  /** Detect 20 % → 25 %, α = 0.05, power 0.80: 1,031 trials per variant. */
  private static ExperimentDesign design() {
    return ExperimentDesign.of(0.20, 0.05);
  }

  @Test
  void exactlyThePlannedSampleIsEnoughForTwoVariants() {
    Verdict verdict =
        Verdict.of(
            TwoVariantAnalysis.of(Variant.of("A", 1_031, 206), Variant.of("B", 1_031, 309)), design());
    assertThat(verdict.requiredSampleSizePerVariant()).isEqualTo(1_031);
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("B");
  }

  @Test
  void exactlyThePlannedSampleIsEnoughForThreeVariants() {
    Verdict verdict =
        Verdict.of(
            MultiVariantAnalysis.of(
                Variant.of("A", 1_031, 206), Variant.of("B", 1_031, 206), Variant.of("C", 1_031, 309)),
            design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("C");
  }

  @Test
  void aRunnerUpTiedWithAnotherIsTheOneListedFirst() {
    MultiVariantAnalysis analysis =
        MultiVariantAnalysis.of(
            Variant.of("A", 2_000, 400), Variant.of("B", 2_000, 400), Variant.of("C", 2_000, 520));
    Verdict verdict = Verdict.of(analysis, design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("C");
    assertThat(verdict.runnerUp()).contains("A");
    Verdict reversed =
        Verdict.of(
            MultiVariantAnalysis.of(
                Variant.of("B", 2_000, 400), Variant.of("A", 2_000, 400), Variant.of("C", 2_000, 520)),
            design());
    assertThat(reversed.runnerUp()).contains("B");
  }

  @Test
  void theMultiVariantPValueIsTheLargestHolmAdjustedPValueOfTheLeadersPairs() {
    MultiVariantAnalysis analysis =
        MultiVariantAnalysis.of(
            Variant.of("A", 2_000, 400), Variant.of("B", 2_000, 430), Variant.of("C", 2_000, 520));
    Verdict verdict = Verdict.of(analysis, design());
    double largest =
        analysis.pairsOf("C").stream()
            .mapToDouble(c -> c.holmAdjustedPValue().getAsDouble())
            .max()
            .getAsDouble();
    assertThat(largest).isGreaterThan(0);
    assertThat(verdict.pValue()).hasValue(largest);
  }

  @Test
  void aPairWithoutVarianceLeavesTheMultiVariantPValueEmpty() {
    // A and B convert every trial: their pooled rate is 1, so their z-test is undefined.
    Verdict verdict =
        Verdict.of(
            MultiVariantAnalysis.of(
                Variant.of("A", 2_000, 2_000), Variant.of("B", 2_000, 2_000), Variant.of("C", 2_000, 1_000)),
            design());
    assertThat(verdict.pValue()).isEmpty();
    assertThat(verdict.kind()).isNotEqualTo(VerdictKind.SIGNIFICANT_WINNER);
  }
}
