package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.Checks;
import java.util.Locale;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * A Bayesian comparison of two variants' rates with Beta-binomial posteriors: the probability that
 * B's true rate beats A's, and the expected loss of choosing either.
 *
 * <p>With a {@link BetaPrior} {@code Beta(α₀, β₀)} (Beta(1, 1) by default), variant A's rate has the
 * posterior {@code X_A ~ Beta(a₁, b₁)} with {@code a₁ = α₀ + successes}, {@code b₁ = β₀ +
 * failures}, and likewise {@code X_B ~ Beta(a₂, b₂)}.
 *
 * <p><b>Probability that B beats A</b>, Evan Miller's exact closed form ("Formulas for Bayesian A/B
 * Testing", evanmiller.org/bayesian-ab-testing.html, 2014), a finite sum for whole-number {@code
 * a₂}:
 *
 * <pre>P(X_B &gt; X_A) = Σ_{i=0}^{a₂−1} B(a₁+i, b₁+b₂) / ((b₂+i) · B(1+i, b₂) · B(a₁, b₁))</pre>
 *
 * <p>with each term evaluated through {@code log B} (Commons Numbers {@code LogBeta}) to avoid
 * overflow. The same probability can be written as a sum over {@code a₁}, {@code b₁} or {@code b₂}
 * (by {@code P(X_B > X_A) = 1 − P(X_A > X_B)} and {@code X ~ Beta(a, b) ⇔ 1 − X ~ Beta(b, a)}); the
 * shortest of the four sums is used, so the cost is proportional to {@code min(a₁, b₁, a₂, b₂)}.
 * Results are clamped to {@code [0, 1]} against rounding.
 *
 * <p><b>Expected loss</b> of choosing B is {@code E[max(X_A − X_B, 0)]}, the rate given up on
 * average if A is in fact better; exactly (Chris Stucchio, "Bayesian A/B Testing at VWO", 2015):
 *
 * <pre>E[max(X_A − X_B, 0)] = a₁/(a₁+b₁) · P(X_A' &gt; X_B) − a₂/(a₂+b₂) · P(X_A &gt; X_B')</pre>
 *
 * <p>where {@code X_A' ~ Beta(a₁+1, b₁)} and {@code X_B' ~ Beta(a₂+1, b₂)} (because {@code x ·
 * Beta(a, b) density = a/(a+b) · Beta(a+1, b) density}); each probability is the closed form above.
 * The two losses differ by the difference of posterior means: {@code loss(B) − loss(A) = E[X_A] −
 * E[X_B]}.
 *
 * <p>This record is immutable and thread-safe; results are computed on each call.
 *
 * @param control the control variant, A
 * @param treatment the treatment variant, B
 * @param prior the prior of both rates
 */
public record BayesianComparison(Variant control, Variant treatment, BetaPrior prior) {

  /**
   * Validates the parts.
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @param prior the prior of both rates
   * @throws NullPointerException if a part is null
   */
  public BayesianComparison {
    Checks.notNull(control, "control");
    Checks.notNull(treatment, "treatment");
    Checks.notNull(prior, "prior");
  }

  /**
   * Compares two variants with the uniform prior Beta(1, 1).
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @return the comparison
   */
  public static BayesianComparison of(Variant control, Variant treatment) {
    return new BayesianComparison(control, treatment, BetaPrior.UNIFORM);
  }

  /**
   * Compares two variants.
   *
   * @param control the control variant, A
   * @param treatment the treatment variant, B
   * @param prior the prior of both rates
   * @return the comparison
   */
  public static BayesianComparison of(Variant control, Variant treatment, BetaPrior prior) {
    return new BayesianComparison(control, treatment, prior);
  }

  /**
   * Returns the posterior distribution of the control's rate.
   *
   * @return {@code Beta(α₀ + successes, β₀ + failures)}
   */
  public BetaPrior controlPosterior() {
    return prior.posterior(control);
  }

  /**
   * Returns the posterior distribution of the treatment's rate.
   *
   * @return {@code Beta(α₀ + successes, β₀ + failures)}
   */
  public BetaPrior treatmentPosterior() {
    return prior.posterior(treatment);
  }

  /**
   * Returns the probability that B's true rate is higher than A's.
   *
   * @return {@code P(X_B > X_A)}, in {@code [0, 1]}
   */
  public double probabilityTreatmentBeatsControl() {
    BetaPrior a = controlPosterior();
    BetaPrior b = treatmentPosterior();
    return probabilitySecondExceedsFirst(a.alpha(), a.beta(), b.alpha(), b.beta());
  }

  /**
   * Returns the probability that A's true rate is higher than B's.
   *
   * @return {@code P(X_A > X_B) = 1 − P(X_B > X_A)} (ties have probability zero)
   */
  public double probabilityControlBeatsTreatment() {
    BetaPrior a = controlPosterior();
    BetaPrior b = treatmentPosterior();
    return probabilitySecondExceedsFirst(b.alpha(), b.beta(), a.alpha(), a.beta());
  }

  /**
   * Returns the expected loss of choosing B: how much rate is given up, on average over the
   * posterior, if A is in fact better.
   *
   * @return {@code E[max(X_A − X_B, 0)]}, a fraction in {@code [0, 1]}
   */
  public double expectedLossChoosingTreatment() {
    return expectedLossChoosingSecond(controlPosterior(), treatmentPosterior());
  }

  /**
   * Returns the expected loss of choosing A: how much rate is given up, on average over the
   * posterior, if B is in fact better.
   *
   * @return {@code E[max(X_B − X_A, 0)]}, a fraction in {@code [0, 1]}
   */
  public double expectedLossChoosingControl() {
    return expectedLossChoosingSecond(treatmentPosterior(), controlPosterior());
  }

  /**
   * Returns a readable summary.
   *
   * @return the probability to four decimals and the two expected losses to four significant
   *     digits, in the form {@code "BayesianComparison{P(B > A) = …, loss(B) = …, loss(A) = …}"}
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BayesianComparison{P(%s > %s) = %.4f, loss(%s) = %.4g, loss(%s) = %.4g}",
        treatment.name(),
        control.name(),
        probabilityTreatmentBeatsControl(),
        treatment.name(),
        expectedLossChoosingTreatment(),
        control.name(),
        expectedLossChoosingControl());
  }

  /** E[max(X1 − X2, 0)] for X1 ~ first, X2 ~ second. */
  static double expectedLossChoosingSecond(BetaPrior first, BetaPrior second) {
    double a1 = first.alpha();
    double b1 = first.beta();
    double a2 = second.alpha();
    double b2 = second.beta();
    long a1Shifted = Math.addExact(first.alpha(), 1);
    long a2Shifted = Math.addExact(second.alpha(), 1);
    double loss =
        a1 / (a1 + b1) * probabilitySecondExceedsFirst(second.alpha(), second.beta(), a1Shifted, first.beta())
            - a2 / (a2 + b2) * probabilitySecondExceedsFirst(a2Shifted, second.beta(), first.alpha(), first.beta());
    return RateStatistics.clamp(loss, 0, 1);
  }

  /** P(X2 > X1) for X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2), by the shortest of four exact sums. */
  static double probabilitySecondExceedsFirst(long a1, long b1, long a2, long b2) {
    long shortest = Math.min(Math.min(a1, b1), Math.min(a2, b2));
    double p;
    if (shortest == a2) {
      p = millerSum(a1, b1, a2, b2);
    } else if (shortest == a1) {
      p = 1 - millerSum(a2, b2, a1, b1);
    } else if (shortest == b1) {
      // X2 > X1  <=>  1 − X1 > 1 − X2, with 1 − X ~ Beta(b, a).
      p = millerSum(b2, a2, b1, a1);
    } else {
      p = 1 - millerSum(b1, a1, b2, a2);
    }
    return RateStatistics.clamp(p, 0, 1);
  }

  /** Evan Miller's sum for P(X2 > X1), X1 ~ Beta(a1, b1), X2 ~ Beta(a2, b2), a2 whole; a2 terms. */
  private static double millerSum(long a1, long b1, long a2, long b2) {
    double logBetaFirst = LogBeta.value(a1, b1);
    double sum = 0;
    for (long i = 0; i < a2; i++) {
      sum +=
          Math.exp(
              LogBeta.value(a1 + i, (double) b1 + b2)
                  - Math.log(b2 + i)
                  - LogBeta.value(1 + i, b2)
                  - logBetaFirst);
    }
    return sum;
  }
}
