package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairwiseComparisonTest {
  private static Variant a() {
    return Variant.of("A", 2_000, 400);
  }

  private static Variant c() {
    return Variant.of("C", 2_000, 520);
  }

  private static SignificanceTest z() {
    return SignificanceTest.builder()
            .method(TestMethod.TWO_PROPORTION_Z_TEST)
            .statistic(4.5)
            .pValue(0.01)
            .build();
  }

  @Test
  void significanceUsesTheAdjustedPValue() {
    PairwiseComparison pair =
        PairwiseComparison.builder().first(a()).second(c()).test(z()).holmAdjustedPValue(0.03).build();
    assertThat(pair.isSignificantAt(0.05)).isTrue();
    assertThat(pair.isSignificantAt(0.02)).isFalse();
    assertThat(pair.test().orElseThrow().pValue()).isEqualTo(0.01);
  }

  @Test
  void anUndefinedPairIsNeverSignificant() {
    PairwiseComparison pair = PairwiseComparison.builder().first(a()).second(c()).build();
    assertThat(pair.isSignificantAt(0.5)).isFalse();
    assertThat(pair.holmAdjustedPValue()).isEmpty();
  }

  @Test
  void refusesAnAdjustedPValueWithoutATestAndImpossibleValues() {
    assertThatThrownBy(
            () -> PairwiseComparison.builder().first(a()).second(c()).holmAdjustedPValue(0.2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holmAdjustedPValue must be present exactly when test is");
    assertThatThrownBy(
            () ->
                PairwiseComparison.builder()
                    .first(a())
                    .second(c())
                    .test(z())
                    .holmAdjustedPValue(1.2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holmAdjustedPValue must be between 0 and 1: 1.2");
  }
}
