package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiVariantAnalysisTest {
  private static Variant a() {
    return Variant.of("A", 1_000, 100);
  }

  private static Variant b() {
    return Variant.of("B", 1_000, 120);
  }

  private static Variant c() {
    return Variant.of("C", 1_000, 150);
  }

  private static MultiVariantAnalysis abc() {
    return MultiVariantAnalysis.of(a(), b(), c());
  }

  @Test
  void chiSquareAcrossAllVariantsMatchesAHandCalculation() {
    // p̄ = 370/3000; expected successes 123.333 and failures 876.667 per row. Squared deviations
    // 544.444, 11.111, 711.111: χ² = (544.444 + 11.111 + 711.111) · (1/123.333 + 1/876.667)
    // = 1266.667 · 1000 / (123.333 · 876.667) = 1266.667 · 0.00924880 = 11.71514. With two degrees of freedom P(χ² > x) = exp(−x/2).
    SignificanceTest chi = abc().chiSquare().orElseThrow();
    assertThat(chi.statistic()).isCloseTo(11.71514, within(1e-5));
    assertThat(chi.degreesOfFreedom()).hasValue(2);
    assertThat(chi.pValue()).isCloseTo(Math.exp(-chi.statistic() / 2), within(1e-12));
  }

  @Test
  void pairwiseTestsCoverEveryPairInOrderAndMatchTheTwoVariantZTest() {
    List<PairwiseComparison> pairs = abc().pairwise();
    assertThat(pairs).extracting(p -> p.first().name() + p.second().name())
        .containsExactly("AB", "AC", "BC");
    assertThat(pairs.get(1).test()).isEqualTo(TwoVariantAnalysis.of(a(), c()).zTest());
    assertThat(abc().pairsOf("B")).extracting(p -> p.first().name() + p.second().name())
        .containsExactly("AB", "BC");
    assertThat(abc().pairsOf("Z")).isEmpty();
  }

  @Test
  void holmAdjustsStepDownAndKeepsTheOrderMonotone() {
    // Raw 0.01, 0.04, 0.03 (m = 3): sorted 0.01 · 3 = 0.03, 0.03 · 2 = 0.06, 0.04 · 1 = 0.04 → max
    // with the previous gives 0.06. In the original order: 0.03, 0.06, 0.06.
    double[] adjusted =
        MultiVariantAnalysis.holm(List.of(Optional.of(p(0.01)), Optional.of(p(0.04)), Optional.of(p(0.03))));
    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-15));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-15));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
  }

  @Test
  void holmCapsAtOneAndSkipsUndefinedTests() {
    // Only two defined tests: m = 2, so 0.02 · 2 = 0.04 and 0.7 · 1 = 0.7; 0.6 · 2 caps at 1 for the
    // other case.
    double[] adjusted = MultiVariantAnalysis.holm(List.of(Optional.of(p(0.7)), Optional.empty(), Optional.of(p(0.02))));
    assertThat(adjusted[0]).isCloseTo(0.7, within(1e-15));
    assertThat(adjusted[2]).isCloseTo(0.04, within(1e-15));
    assertThat(MultiVariantAnalysis.holm(List.of(Optional.of(p(0.6)), Optional.of(p(0.9)))))
        .containsExactly(1.0, 1.0);
  }

  @Test
  void pairsWithoutVarianceAreLeftOutOfTheFamily() {
    MultiVariantAnalysis withZeros =
        MultiVariantAnalysis.of(Variant.of("A", 100, 0), Variant.of("B", 100, 0), Variant.of("C", 100, 9));
    List<PairwiseComparison> pairs = withZeros.pairwise();
    assertThat(pairs.get(0).test()).isEmpty();
    assertThat(pairs.get(0).holmAdjustedPValue()).isEmpty();
    // Two defined tests with identical raw p-values: both adjusted to 2p.
    assertThat(pairs.get(1).holmAdjustedPValue().getAsDouble())
        .isCloseTo(Math.min(1, 2 * pairs.get(1).test().orElseThrow().pValue()), within(1e-15));
  }

  @Test
  void theLeaderHasTheHighestRateAndTiesGoToTheEarlierVariant() {
    assertThat(abc().leader()).contains(c());
    assertThat(MultiVariantAnalysis.of(a(), Variant.of("B", 500, 50)).leader()).contains(a());
    assertThat(MultiVariantAnalysis.of(Variant.of("A", 0, 0), Variant.of("B", 0, 0)).leader()).isEmpty();
    assertThat(abc().control()).isEqualTo(a());
  }

  @Test
  void chiSquareIsUndefinedWhenAVariantHasNoTrials() {
    assertThat(MultiVariantAnalysis.of(a(), Variant.of("B", 0, 0), c()).chiSquare()).isEmpty();
  }

  @Test
  void refusesFewerThanTwoVariantsAndDuplicateNames() {
    assertThatThrownBy(() -> MultiVariantAnalysis.of(List.of(a())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variants must hold at least two variants: 1");
    assertThatThrownBy(() -> MultiVariantAnalysis.of(a(), Variant.of("A", 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variants must have distinct names: A");
  }

  private static SignificanceTest p(double value) {
    return SignificanceTest.builder()
        .method(TestMethod.TWO_PROPORTION_Z_TEST)
        .statistic(1)
        .pValue(value)
        .build();
  }
}
