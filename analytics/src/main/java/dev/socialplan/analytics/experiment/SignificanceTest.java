package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The outcome of a hypothesis test: which test, its statistic, its p-value and, for chi-square
 * tests, the degrees of freedom.
 *
 * <p>Obtained from {@link TwoVariantAnalysis} and {@link MultiVariantAnalysis}; {@link #builder()}
 * exists for users who record outcomes computed elsewhere. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SignificanceTest {

  SignificanceTest() {}

  /**
   * Returns the test that was run.
   *
   * @return the method
   */
  public abstract TestMethod method();

  /**
   * Returns the test statistic: z for the z-test, χ² for the chi-square tests.
   *
   * @return the statistic, a finite number
   */
  public abstract double statistic();

  /**
   * Returns the p-value: the probability, if there were no difference, of a statistic at least as
   * extreme as the one observed. Two-sided for the z-test.
   *
   * @return the p-value, in {@code [0, 1]}
   */
  public abstract double pValue();

  /**
   * Returns the degrees of freedom of a chi-square test.
   *
   * @return the degrees of freedom; empty for the z-test
   */
  public abstract OptionalInt degreesOfFreedom();

  /**
   * Tells whether the test rejects "no difference" at a significance level.
   *
   * @param significance the significance level α, in {@code (0, 1)}, for example 0.05
   * @return true if {@code pValue() <= significance}
   * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
   */
  public boolean isSignificantAt(double significance) {
    ExperimentChecks.openUnit(significance, "significance");
    return pValue() <= significance;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.finite(statistic(), "statistic");
    Checks.fraction(pValue(), "pValue");
    degreesOfFreedom().ifPresent(df -> Checks.inRange(df, 1, Integer.MAX_VALUE, "degreesOfFreedom"));
  }

  /** Builds a {@link SignificanceTest}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSignificanceTest.Builder {
    Builder() {}
  }
}
