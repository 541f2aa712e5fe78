package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.junit.jupiter.api.Test;

/**
 * The closed forms are checked against hand calculations, against numerical integration of Commons
 * Statistics' Beta densities and distribution functions (which the code under test does not use),
 * and against a seeded Monte Carlo simulation.
 */
class BayesianComparisonTest {
  private static Variant a() {
    return Variant.of("A", 1_000, 100);
  }

  private static Variant b() {
    return Variant.of("B", 1_000, 125);
  }

  private static BayesianComparison aVsB() {
    return BayesianComparison.of(a(), b());
  }

  @Test
  void handCalculatedSmallCase() {
    // A: no data → Beta(1, 1); B: one success in one trial → Beta(2, 1), density 2y.
    // P(X_B > X_A) = ∫ 2y · F_A(y) dy = ∫ 2y² dy = 2/3.
    // Loss of choosing B = ∫₀¹ ∫₀ˣ (x − y) · 2y dy dx = ∫₀¹ x³/3 dx = 1/12.
    // Loss of choosing A = loss(B) + E[X_B] − E[X_A] = 1/12 + 2/3 − 1/2 = 1/4.
    BayesianComparison tiny = BayesianComparison.of(Variant.of("A", 0, 0), Variant.of("B", 1, 1));
    assertThat(tiny.probabilityTreatmentBeatsControl()).isCloseTo(2.0 / 3, within(1e-14));
    assertThat(tiny.probabilityControlBeatsTreatment()).isCloseTo(1.0 / 3, within(1e-14));
    assertThat(tiny.expectedLossChoosingTreatment()).isCloseTo(1.0 / 12, within(1e-14));
    assertThat(tiny.expectedLossChoosingControl()).isCloseTo(1.0 / 4, within(1e-14));
  }

  @Test
  void identicalVariantsAreACoinFlip() {
    BayesianComparison same = BayesianComparison.of(a(), Variant.of("B", 1_000, 100));
    assertThat(same.probabilityTreatmentBeatsControl()).isCloseTo(0.5, within(1e-12));
    assertThat(same.expectedLossChoosingTreatment())
        .isCloseTo(same.expectedLossChoosingControl(), within(1e-14));
  }

  @Test
  void probabilityMatchesNumericalIntegration() {
    // P(X_B > X_A) = ∫₀¹ f_A(x) · (1 − F_B(x)) dx, Simpson's rule on 20,000 intervals.
    BetaDistribution a = BetaDistribution.of(101, 901);
    BetaDistribution b = BetaDistribution.of(126, 876);
    double oracle = simpson(x -> a.density(x) * b.survivalProbability(x), 20_000);
    assertThat(aVsB().probabilityTreatmentBeatsControl()).isCloseTo(oracle, within(1e-9));
    assertThat(aVsB().probabilityTreatmentBeatsControl()).isBetween(0.95, 0.99);
  }

  @Test
  void expectedLossMatchesNumericalIntegration() {
    // E[max(X_A − X_B, 0)] = ∫₀¹ f_A(x) · (x F_B(x) − E[X_B] · F_B'(x)) dx with B' = Beta(a₂ + 1, b₂),
    // because ∫₀ˣ y f_B(y) dy = E[X_B] · F_B'(x).
    BetaDistribution a = BetaDistribution.of(101, 901);
    BetaDistribution b = BetaDistribution.of(126, 876);
    BetaDistribution bShifted = BetaDistribution.of(127, 876);
    double lossB =
        simpson(
            x ->
                a.density(x)
                    * (x * b.cumulativeProbability(x)
                        - b.getMean() * bShifted.cumulativeProbability(x)),
            20_000);
    assertThat(aVsB().expectedLossChoosingTreatment()).isCloseTo(lossB, within(1e-10));
    BetaDistribution aShifted = BetaDistribution.of(102, 901);
    double lossA =
        simpson(
            x ->
                b.density(x)
                    * (x * a.cumulativeProbability(x)
                        - a.getMean() * aShifted.cumulativeProbability(x)),
            20_000);
    assertThat(aVsB().expectedLossChoosingControl()).isCloseTo(lossA, within(1e-10));
  }

  @Test
  void agreesWithASeededMonteCarloSimulation() {
    SplittableRandom random = new SplittableRandom(20_261_124L);
    UniformRandomProvider rng = random::nextLong;
    ContinuousDistribution.Sampler a = BetaDistribution.of(101, 901).createSampler(rng);
    ContinuousDistribution.Sampler b = BetaDistribution.of(126, 876).createSampler(rng);
    int draws = 400_000;
    long bWins = 0;
    double lossB = 0;
    double lossA = 0;
    for (int i = 0; i < draws; i++) {
      double x = a.sample();
      double y = b.sample();
      if (y > x) {
        bWins++;
      }
      lossB += Math.max(x - y, 0);
      lossA += Math.max(y - x, 0);
    }
    // Standard error of a proportion near 0.97 with 400,000 draws: about 0.00027; allow 4 SE.
    assertThat(aVsB().probabilityTreatmentBeatsControl())
        .isCloseTo((double) bWins / draws, within(0.0011));
    assertThat(aVsB().expectedLossChoosingTreatment()).isCloseTo(lossB / draws, within(0.0001));
    assertThat(aVsB().expectedLossChoosingControl()).isCloseTo(lossA / draws, within(0.0003));
  }

  @Test
  void everyOneOfTheFourSumsGivesTheSameProbability() {
    // Skewed posteriors make a different parameter the smallest each time.
    long[][] cases = {{3, 50, 9, 40}, {30, 5, 40, 9}, {50, 40, 60, 3}, {20, 2, 15, 30}};
    for (long[] c : cases) {
      BetaDistribution first = BetaDistribution.of(c[0], c[1]);
      BetaDistribution second = BetaDistribution.of(c[2], c[3]);
      double oracle = simpson(x -> first.density(x) * second.survivalProbability(x), 20_000);
      assertThat(BayesianComparison.probabilitySecondExceedsFirst(c[0], c[1], c[2], c[3]))
          .as("Beta(%d,%d) vs Beta(%d,%d)", c[0], c[1], c[2], c[3])
          .isCloseTo(oracle, within(1e-8));
    }
  }

  @Test
  void theLossesDifferByTheDifferenceOfPosteriorMeans() {
    double difference =
        aVsB().expectedLossChoosingTreatment() - aVsB().expectedLossChoosingControl();
    assertThat(difference)
        .isCloseTo(aVsB().controlPosterior().mean() - aVsB().treatmentPosterior().mean(), within(1e-12));
  }

  @Test
  void aPriorShiftsThePosteriors() {
    BayesianComparison withPrior = BayesianComparison.of(a(), b(), BetaPrior.of(10, 90));
    assertThat(withPrior.controlPosterior()).isEqualTo(BetaPrior.of(110, 990));
    assertThat(withPrior.treatmentPosterior()).isEqualTo(BetaPrior.of(135, 965));
    assertThat(withPrior.probabilityTreatmentBeatsControl())
        .isNotEqualTo(aVsB().probabilityTreatmentBeatsControl());
  }

  @Test
  void largeTestsStayFinite() {
    BayesianComparison large =
        BayesianComparison.of(Variant.of("A", 2_000_000, 40_000), Variant.of("B", 2_000_000, 40_400));
    assertThat(large.probabilityTreatmentBeatsControl()).isBetween(0.9, 1.0);
    assertThat(large.expectedLossChoosingTreatment()).isBetween(0.0, 1e-4);
  }

  @Test
  void summarisesReadablyAndRefusesNulls() {
    assertThat(aVsB().toString()).startsWith("BayesianComparison{P(B > A) = 0.9");
    assertThatThrownBy(() -> BayesianComparison.of(a(), b(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("prior must not be null");
  }

  private static double simpson(java.util.function.DoubleUnaryOperator f, int intervals) {
    double h = 1.0 / intervals;
    double sum = f.applyAsDouble(0) + f.applyAsDouble(1);
    for (int i = 1; i < intervals; i++) {
      sum += (i % 2 == 0 ? 2 : 4) * f.applyAsDouble(i * h);
    }
    return sum * h / 3;
  }
}
