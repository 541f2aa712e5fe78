package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.socialplan.testkit.generators.ExperimentGenerators;
import org.junit.jupiter.api.Test;

class ExperimentDesignPropertiesTest {

  @Test
  void aLargerEffectNeverNeedsMoreTrials() {
    qt().forAll(ExperimentGenerators.designs(), doubles().between(0.01, 0.99))
        .checkAssert(
            (design, shareOfHeadroom) -> {
              // Grow the effect by a share of what is left below a rate of 1.
              double headroom = 1 - design.targetRate();
              ExperimentDesign larger =
                  ExperimentDesign.builder()
                      .from(design)
                      .minimumDetectableEffect(
                          design.minimumDetectableEffect() + headroom * shareOfHeadroom)
                      .build();
              assertThat(larger.exactSampleSizePerVariant())
                  .isLessThanOrEqualTo(design.exactSampleSizePerVariant());
            });
  }

  @Test
  void theRequiredSampleIsPositiveAndCloseToTheExactOne() {
    qt().forAll(ExperimentGenerators.designs())
        .checkAssert(
            design -> {
              double exact = design.exactSampleSizePerVariant();
              long required = design.requiredSampleSizePerVariant();
              assertThat(exact).isPositive().isFinite();
              assertThat((double) required).isBetween(exact - 0.5, exact + 1);
            });
  }

  @Test
  void twoVariantVerdictsAgreeWithTheZTest() {
    qt().forAll(
            ExperimentGenerators.variantsWithVariance("A", 20_000),
            ExperimentGenerators.variantsWithVariance("B", 20_000),
            ExperimentGenerators.designs())
        .checkAssert(
            (a, b, design) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              Verdict verdict = Verdict.of(analysis, design);
              boolean enough = Math.min(a.trials(), b.trials()) >= design.requiredSampleSizePerVariant();
              boolean significant = analysis.zTest().orElseThrow().pValue() <= design.significance();
              VerdictKind expected =
                  !enough
                      ? VerdictKind.SAMPLE_TOO_SMALL
                      : significant ? VerdictKind.SIGNIFICANT_WINNER : VerdictKind.NO_DIFFERENCE_DETECTED;
              assertThat(verdict.kind()).isEqualTo(expected);
            });
  }
}
