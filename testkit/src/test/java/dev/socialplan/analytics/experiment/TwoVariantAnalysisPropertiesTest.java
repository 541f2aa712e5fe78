package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.ExperimentGenerators;
import org.junit.jupiter.api.Test;

class TwoVariantAnalysisPropertiesTest {

  @Test
  void zSquaredEqualsTheChiSquareOfEveryTable() {
    qt().forAll(
            ExperimentGenerators.variants("A", 1_000_000),
            ExperimentGenerators.variants("B", 1_000_000))
        .checkAssert(
            (a, b) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              assertThat(analysis.zTest().isPresent()).isEqualTo(analysis.chiSquare().isPresent());
              analysis
                  .zTest()
                  .ifPresent(
                      z -> {
                        SignificanceTest chi = analysis.chiSquare().orElseThrow();
                        double zz = z.statistic() * z.statistic();
                        assertThat(zz).isCloseTo(chi.statistic(), within(1e-9 * Math.max(1, chi.statistic())));
                        assertThat(z.pValue()).isCloseTo(chi.pValue(), within(1e-9));
                      });
            });
  }

  @Test
  void yatesIsNeverLargerThanTheUncorrectedChiSquare() {
    qt().forAll(ExperimentGenerators.variants("A", 100_000), ExperimentGenerators.variants("B", 100_000))
        .checkAssert(
            (a, b) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              analysis
                  .yatesChiSquare()
                  .ifPresent(
                      yates -> {
                        SignificanceTest chi = analysis.chiSquare().orElseThrow();
                        assertThat(yates.statistic()).isBetween(0.0, chi.statistic() * (1 + 1e-12));
                        assertThat(yates.pValue()).isGreaterThanOrEqualTo(chi.pValue() - 1e-12);
                      });
            });
  }

  @Test
  void wilsonBoundsLieInTheUnitIntervalAndContainTheObservedRate() {
    qt().forAll(ExperimentGenerators.variants("A", 1_000_000), ExperimentGenerators.variants("B", 10))
        .checkAssert(
            (a, b) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              assertThat(analysis.controlInterval().isPresent()).isEqualTo(a.trials() > 0);
              analysis
                  .controlInterval()
                  .ifPresent(
                      i -> {
                        assertThat(i.lower()).isBetween(0.0, 1.0);
                        assertThat(i.upper()).isBetween(0.0, 1.0);
                        double rate = a.rate().value().getAsDouble();
                        assertThat(i.lower()).isLessThanOrEqualTo(rate + 1e-12);
                        assertThat(i.upper()).isGreaterThanOrEqualTo(rate - 1e-12);
                      });
            });
  }

  @Test
  void theDifferenceIntervalContainsTheObservedDifference() {
    qt().forAll(ExperimentGenerators.variants("A", 100_000), ExperimentGenerators.variants("B", 100_000))
        .checkAssert(
            (a, b) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              analysis
                  .differenceInterval()
                  .ifPresent(
                      i -> {
                        double d = analysis.difference().getAsDouble();
                        assertThat(i.lower()).isBetween(-1.0, d + 1e-12);
                        assertThat(i.upper()).isBetween(d - 1e-12, 1.0);
                      });
            });
  }

  @Test
  void swappingTheVariantsNegatesZAndKeepsThePValue() {
    qt().forAll(ExperimentGenerators.variants("A", 100_000), ExperimentGenerators.variants("B", 100_000))
        .checkAssert(
            (a, b) -> {
              var forward = TwoVariantAnalysis.of(a, b).zTest();
              var backward = TwoVariantAnalysis.of(b, a).zTest();
              assertThat(forward.isPresent()).isEqualTo(backward.isPresent());
              forward.ifPresent(
                  f -> {
                    assertThat(backward.get().statistic()).isCloseTo(-f.statistic(), within(1e-9));
                    assertThat(backward.get().pValue()).isCloseTo(f.pValue(), within(1e-12));
                  });
            });
  }
}
