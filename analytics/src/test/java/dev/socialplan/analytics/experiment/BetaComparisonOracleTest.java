package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * P(X2 > X1) for two Beta variables, whichever of its four exact sums is the shortest, against
 * numerical integration of {@code ∫ f2(x) F1(x) dx} with Commons Statistics' Beta distribution.
 */
class BetaComparisonOracleTest {
  /** Composite Simpson's rule over [0, 1]; the integrand is smooth for parameters above 1. */
  private static double integrated(long a1, long b1, long a2, long b2) {
    BetaDistribution first = BetaDistribution.of(a1, b1);
    BetaDistribution second = BetaDistribution.of(a2, b2);
    int n = 20_000;
    double h = 1.0 / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double x = i * h;
      double f = second.density(x) * first.cumulativeProbability(x);
      sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
    }
    return sum * h / 3;
  }

  private static void matches(long a1, long b1, long a2, long b2) {
    double p = BayesianComparison.probabilitySecondExceedsFirst(a1, b1, a2, b2);
    assertThat(p).isCloseTo(integrated(a1, b1, a2, b2), within(1e-7));
    // The two orders are complementary: ties have probability zero.
    assertThat(p + BayesianComparison.probabilitySecondExceedsFirst(a2, b2, a1, b1)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void theSecondsSuccessesAreTheShortestSum() {
    matches(40, 30, 12, 20);
  }

  @Test
  void theFirstsSuccessesAreTheShortestSum() {
    matches(12, 20, 40, 30);
  }

  @Test
  void theFirstsFailuresAreTheShortestSum() {
    matches(50, 6, 40, 9);
  }

  @Test
  void theSecondsFailuresAreTheShortestSum() {
    matches(50, 10, 40, 5);
  }
}
