package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestMethodTest {
  @Test
  void namesTheThreeTestsOnARate() {
    assertThat(TestMethod.values())
        .containsExactly(
            TestMethod.TWO_PROPORTION_Z_TEST,
            TestMethod.PEARSON_CHI_SQUARE,
            TestMethod.YATES_CHI_SQUARE);
  }

  @Test
  void theTwoVariantAnalysisReportsEachTestUnderItsOwnName() {
    TwoVariantAnalysis analysis =
        TwoVariantAnalysis.of(Variant.of("A", 80, 48), Variant.of("B", 70, 56));
    assertThat(analysis.zTest().orElseThrow().method()).isEqualTo(TestMethod.TWO_PROPORTION_Z_TEST);
    assertThat(analysis.chiSquare().orElseThrow().method()).isEqualTo(TestMethod.PEARSON_CHI_SQUARE);
    assertThat(analysis.yatesChiSquare().orElseThrow().method())
        .isEqualTo(TestMethod.YATES_CHI_SQUARE);
  }
}
