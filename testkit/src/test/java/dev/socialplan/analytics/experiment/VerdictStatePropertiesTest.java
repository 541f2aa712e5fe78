package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.ExperimentGenerators;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A verdict keeps what it was decided from, and deciding again from that state gives the same
 * verdict, reason included, so a verdict read back from its state equals the one written.
 */
class VerdictStatePropertiesTest {

  private static void decidedAgainEqual(Verdict v) {
    Verdict back = Verdict.of(v.analysis(), v.design());
    assertThat(back).isEqualTo(v).hasSameHashCodeAs(v);
    assertThat(back.reason(Locale.ENGLISH)).isEqualTo(v.reason(Locale.ENGLISH));
    assertThat(back.reason(Locale.TAIWAN)).isEqualTo(v.reason(Locale.TAIWAN));
    assertThat(v.requiredSampleSizePerVariant())
        .isEqualTo(v.design().requiredSampleSizePerVariant());
  }

  @Test
  void aTwoVariantVerdictIsDecidedAgainEqualFromItsAnalysisAndDesign() {
    qt().withExamples(500)
        .forAll(
            ExperimentGenerators.variants("A", 1_000_000),
            ExperimentGenerators.variants("B", 1_000_000),
            ExperimentGenerators.designs())
        .checkAssert(
            (a, b, design) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              Verdict v = Verdict.of(analysis, design);
              assertThat(v.analysis()).isEqualTo(analysis);
              assertThat(v.analysis().variants()).containsExactly(a, b);
              assertThat(v.design()).isEqualTo(design);
              decidedAgainEqual(v);
            });
  }

  @Test
  void aMultiVariantVerdictIsDecidedAgainEqualFromItsAnalysisAndDesign() {
    qt().withExamples(300)
        .forAll(
            ExperimentGenerators.multiVariantAnalyses(5, 1_000_000),
            ExperimentGenerators.designs())
        .checkAssert(
            (analysis, design) -> {
              Verdict v = Verdict.of(analysis, design);
              assertThat(v.analysis()).isEqualTo(analysis);
              assertThat(v.design()).isEqualTo(design);
              decidedAgainEqual(v);
            });
  }
}
