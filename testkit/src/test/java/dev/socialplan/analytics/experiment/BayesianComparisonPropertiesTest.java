package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.ExperimentGenerators;
import org.junit.jupiter.api.Test;

class BayesianComparisonPropertiesTest {

  @Test
  void theTwoProbabilitiesAddUpToOne() {
    qt().forAll(
            ExperimentGenerators.variants("A", 5_000),
            ExperimentGenerators.variants("B", 5_000),
            ExperimentGenerators.priors())
        .checkAssert(
            (a, b, prior) -> {
              BayesianComparison c = BayesianComparison.of(a, b, prior);
              double bWins = c.probabilityTreatmentBeatsControl();
              assertThat(bWins).isBetween(0.0, 1.0);
              assertThat(bWins + c.probabilityControlBeatsTreatment()).isCloseTo(1.0, within(1e-9));
            });
  }

  @Test
  void swappingTheVariantsSwapsTheProbabilitiesAndTheLosses() {
    qt().forAll(ExperimentGenerators.variants("A", 5_000), ExperimentGenerators.variants("B", 5_000))
        .checkAssert(
            (a, b) -> {
              BayesianComparison forward = BayesianComparison.of(a, b);
              BayesianComparison backward = BayesianComparison.of(b, a);
              assertThat(backward.probabilityTreatmentBeatsControl())
                  .isCloseTo(forward.probabilityControlBeatsTreatment(), within(1e-9));
              assertThat(backward.expectedLossChoosingTreatment())
                  .isCloseTo(forward.expectedLossChoosingControl(), within(1e-9));
            });
  }

  @Test
  void identicalVariantsAreEvenOdds() {
    qt().forAll(ExperimentGenerators.variants("A", 5_000), ExperimentGenerators.priors())
        .checkAssert(
            (a, prior) -> {
              Variant twin = Variant.of("B", a.trials(), a.successes());
              BayesianComparison c = BayesianComparison.of(a, twin, prior);
              assertThat(c.probabilityTreatmentBeatsControl()).isCloseTo(0.5, within(1e-9));
            });
  }

  @Test
  void lossesAreNonNegativeAndDifferByTheDifferenceOfMeans() {
    qt().forAll(ExperimentGenerators.variants("A", 5_000), ExperimentGenerators.variants("B", 5_000))
        .checkAssert(
            (a, b) -> {
              BayesianComparison c = BayesianComparison.of(a, b);
              assertThat(c.expectedLossChoosingTreatment()).isBetween(0.0, 1.0);
              assertThat(c.expectedLossChoosingControl()).isBetween(0.0, 1.0);
              assertThat(c.expectedLossChoosingTreatment() - c.expectedLossChoosingControl())
                  .isCloseTo(c.controlPosterior().mean() - c.treatmentPosterior().mean(), within(1e-9));
            });
  }

  @Test
  void oneMoreSuccessForBNeverLowersItsChance() {
    qt().forAll(ExperimentGenerators.variants("A", 2_000), ExperimentGenerators.variants("B", 2_000))
        .assuming((a, b) -> b.successes() < b.trials())
        .checkAssert(
            (a, b) -> {
              Variant better = Variant.of("B", b.trials(), b.successes() + 1);
              assertThat(BayesianComparison.of(a, better).probabilityTreatmentBeatsControl())
                  .isGreaterThanOrEqualTo(BayesianComparison.of(a, b).probabilityTreatmentBeatsControl() - 1e-9);
            });
  }
}
