package dev.socialplan.analytics.experiment;

import dev.socialplan.analytics.internal.Text;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * What an experiment was planned to detect: the baseline rate, the smallest change worth detecting
 * (absolute, in rate units), the two-sided significance level, the power, and the sample-size
 * formula. It decides the trials each variant needs before a {@link Verdict} is trusted.
 *
 * <p>Decide the sample size before the test starts and do not stop as soon as a difference looks
 * significant: checking repeatedly and stopping at the first significant result inflates false
 * winners (Evan Miller, "How Not To Run an A/B Test", 2010).
 *
 * <p>Example: {@code ExperimentDesign.of(0.20, 0.05)} (a 20 % conversion rate, detect five points
 * either way, α = 0.05, power 0.80) needs 1,031 trials per variant (1,030.22 rounded up). With
 * the default formula a baseline above 50 % is mirrored as Evan Miller's calculator does, so the
 * sample size covers a change of the planned size in either direction ({@link
 * SampleSizeFormula#EVAN_MILLER}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperimentDesign {

  /** The default significance level α: 0.05. */
  public static final double DEFAULT_SIGNIFICANCE = 0.05;

  /** The default power: 0.80. */
  public static final double DEFAULT_POWER = 0.80;

  ExperimentDesign() {}

  /**
   * Returns the baseline rate, the control's expected rate.
   *
   * @return the rate, in {@code (0, 1)}
   */
  public abstract double baselineRate();

  /**
   * Returns the minimum detectable effect as an absolute change of the rate (0.05 is five
   * percentage points).
   *
   * @return the effect, greater than 0, with {@code baselineRate() + effect < 1}
   */
  public abstract double minimumDetectableEffect();

  /**
   * Returns the two-sided significance level α.
   *
   * @return the level, {@value #DEFAULT_SIGNIFICANCE} unless set
   */
  @Value.Default
  public double significance() {
    return DEFAULT_SIGNIFICANCE;
  }

  /**
   * Returns the power, the chance of detecting an effect of the planned size if it exists.
   *
   * @return the power, {@value #DEFAULT_POWER} unless set
   */
  @Value.Default
  public double power() {
    return DEFAULT_POWER;
  }

  /**
   * Returns the formula used for the required sample size.
   *
   * @return the formula, {@link SampleSizeFormula#EVAN_MILLER} unless set
   */
  @Value.Default
  public SampleSizeFormula formula() {
    return SampleSizeFormula.EVAN_MILLER;
  }

  /**
   * Obtains a design with the default significance (0.05), power (0.80) and formula (Evan Miller's).
   *
   * @param baselineRate the baseline rate, in {@code (0, 1)}
   * @param minimumDetectableEffect the absolute effect, greater than 0
   * @return the design
   * @throws IllegalArgumentException if a value is out of range, their sum is not below 1, or the
   *     effect is so small that more than 2<sup>53</sup> trials per variant would be needed
   */
  public static ExperimentDesign of(double baselineRate, double minimumDetectableEffect) {
    return builder()
        .baselineRate(baselineRate)
        .minimumDetectableEffect(minimumDetectableEffect)
        .build();
  }

  /**
   * Obtains a design whose minimum detectable effect is relative to the baseline: {@code
   * ofRelativeEffect(0.20, 0.25)} detects a change from 20 % to 25 % (δ = 0.20 × 0.25 = 0.05).
   *
   * @param baselineRate the baseline rate, in {@code (0, 1)}
   * @param relativeEffect the effect as a fraction of the baseline, greater than 0
   * @return the design, with defaults as for {@link #of(double, double)}
   * @throws IllegalArgumentException if a value is out of range, the target rate is not below 1,
   *     or the effect is so small that more than 2<sup>53</sup> trials per variant would be needed
   */
  public static ExperimentDesign ofRelativeEffect(double baselineRate, double relativeEffect) {
    ExperimentChecks.openUnit(baselineRate, "baselineRate");
    if (!(relativeEffect > 0) || !Double.isFinite(relativeEffect)) {
      throw new IllegalArgumentException(
          "relativeEffect must be a finite number greater than 0: " + relativeEffect);
    }
    return of(baselineRate, baselineRate * relativeEffect);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with another significance level.
   *
   * @param significance the two-sided level, in {@code (0, 1)}
   * @return the new design
   */
  public abstract ExperimentDesign withSignificance(double significance);

  /**
   * Returns a copy with another power.
   *
   * @param power the power, in {@code [0.5, 1)}
   * @return the new design
   */
  public abstract ExperimentDesign withPower(double power);

  /**
   * Returns a copy with another sample-size formula.
   *
   * @param formula the formula
   * @return the new design
   */
  public abstract ExperimentDesign withFormula(SampleSizeFormula formula);

  /**
   * Returns the rate the treatment would have with the minimum detectable effect.
   *
   * @return {@code baselineRate() + minimumDetectableEffect()}
   */
  public double targetRate() {
    return baselineRate() + minimumDetectableEffect();
  }

  /**
   * Returns the trials each variant needs, by {@link #formula()}.
   *
   * @return the trials per variant, rounded up; never more than 2<sup>53</sup> (a design that would
   *     need more is refused when built)
   */
  public long requiredSampleSizePerVariant() {
    return formula()
        .perVariant(baselineRate(), minimumDetectableEffect(), significance(), power());
  }

  /**
   * Returns the trials each variant needs, unrounded.
   *
   * @return the trials per variant, finite
   */
  public double exactSampleSizePerVariant() {
    return formula()
        .exactPerVariant(baselineRate(), minimumDetectableEffect(), significance(), power());
  }

  /**
   * Describes what the design is for, in words.
   *
   * @param locale the language; a locale without its own bundle gets English
   * @return for example {@code "detect a change from 20% to 25% with 95% confidence and 80% power"}
   * @throws NullPointerException if the locale is null
   */
  public String describe(Locale locale) {
    return describeText().format(locale);
  }

  /** The description before it is written out in a language. */
  Text describeText() {
    return Text.of(
        "experiment.design",
        Percentages.format(baselineRate()),
        Percentages.format(targetRate()),
        Percentages.format(1 - significance()),
        Percentages.format(power()));
  }

  @Value.Check
  void check() {
    // exactPerVariant checks the arguments and refuses an effect too small to plan for, so a
    // design that exists always has a finite sample size.
    formula().exactPerVariant(baselineRate(), minimumDetectableEffect(), significance(), power());
  }

  /** Builds an {@link ExperimentDesign}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableExperimentDesign.Builder {
    Builder() {}
  }
}
