package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Experiment types at the edges their rules turn on. */
class ExperimentEdgesTest {
  @Test
  void anIntervalTouchingZeroIsNeitherAboveNorBelowIt() {
    ConfidenceInterval fromZero = ConfidenceInterval.of(0.0, 0.2, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(fromZero.isAboveZero()).isFalse();
    assertThat(fromZero.isBelowZero()).isFalse();
    ConfidenceInterval toZero = ConfidenceInterval.of(-0.2, 0.0, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(toZero.isAboveZero()).isFalse();
    assertThat(toZero.isBelowZero()).isFalse();
  }

  @Test
  void anIntervalMayBeASinglePoint() {
    ConfidenceInterval point = ConfidenceInterval.of(0.1, 0.1, 0.95, IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(point.lower()).isEqualTo(point.upper());
    assertThat(point.isAboveZero()).isTrue();
  }

  @Test
  void differencesInPointsCarryAMinusSignUnlessTheyRoundToZero() {
    assertThat(Percentages.signedPoints(-0.005)).isEqualTo("−0.5");
    assertThat(Percentages.signedPoints(0.005)).isEqualTo("0.5");
    assertThat(Percentages.signedPoints(-0.00001)).isEqualTo("0");
    assertThat(Percentages.signedPoints(0)).isEqualTo("0");
  }

  @Test
  void aRelativeEffectOfZeroIsRefused() {
    assertThatThrownBy(() -> ExperimentDesign.ofRelativeEffect(0.2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relativeEffect must be a finite number greater than 0: 0.0");
  }

  @Test
  void aListOfVariantsIsAnalysedAsTheSameVariantsGivenOneByOne() {
    Variant a = Variant.of("A", 1_000, 100);
    Variant b = Variant.of("B", 1_000, 120);
    Variant c = Variant.of("C", 1_000, 150);
    MultiVariantAnalysis fromList = MultiVariantAnalysis.of(List.of(a, b, c));
    assertThat(fromList.variants()).containsExactly(a, b, c);
    assertThat(fromList.leader()).contains(c);
    assertThat(fromList.pairwise()).hasSize(3);
  }

  @Test
  void aFamilywiseLevelOutsideTheOpenUnitIntervalIsRefused() {
    PairwiseComparison pair =
        MultiVariantAnalysis.of(Variant.of("A", 1_000, 100), Variant.of("B", 1_000, 150)).pairwise().get(0);
    assertThatThrownBy(() -> pair.isSignificantAt(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("familywiseSignificance must be greater than 0 and less than 1: 1.5");
    assertThatThrownBy(() -> pair.isSignificantAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("familywiseSignificance must be greater than 0 and less than 1: 0.0");
  }

  @Test
  void aRelativeEffectNeedsABaselineStrictlyBetweenZeroAndOne() {
    assertThatThrownBy(() -> ExperimentDesign.ofRelativeEffect(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate must be greater than 0 and less than 1: 0.0");
  }
}
