package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.analytics.experiment.BetaPrior;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.SampleSizeFormula;
import dev.socialplan.analytics.experiment.Variant;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.experiment} package: variants
 * (including the edge cases of no trials, no successes and all successes), designs, priors and
 * multi-variant analyses. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class ExperimentGenerators {

  private ExperimentGenerators() {}

  /**
   * Generates variants with the given name: trials from zero to {@code maxTrials}, successes from
   * zero to the trials, with extra weight on zero trials, zero successes and all successes.
   *
   * @param name the variant's name, not blank
   * @param maxTrials the largest number of trials, from 0 to {@link Integer#MAX_VALUE}
   * @return constructible variants
   */
  public static Gen<Variant> variants(String name, long maxTrials) {
    Gen<Long> trials = longs().between(0, maxTrials).mix(Generate.constant(0L), 5);
    return trials.flatMap(
        n -> {
          Gen<Long> successes =
              longs()
                  .between(0, n)
                  .mix(Generate.constant(0L), 10)
                  .mix(Generate.constant(n), 10);
          return successes.map(x -> Variant.of(name, n, x));
        });
  }

  /**
   * Generates variants named {@code "A"} with up to ten thousand trials.
   *
   * @return constructible variants
   */
  public static Gen<Variant> variants() {
    return variants("A", 10_000);
  }

  /**
   * Generates variants with at least one trial and a rate strictly between 0 and 1, so that tests
   * against any other such variant are defined.
   *
   * @param name the variant's name, not blank
   * @param maxTrials the largest number of trials, at least 2
   * @return variants with {@code 0 < successes < trials}
   */
  public static Gen<Variant> variantsWithVariance(String name, long maxTrials) {
    return longs()
        .between(2, maxTrials)
        .flatMap(n -> longs().between(1, n - 1).map(x -> Variant.of(name, n, x)));
  }

  /**
   * Generates experiment designs: baseline rates from 0.5 % to 90 %, effects that keep the target
   * rate below 1, significance levels from 0.1 % to 20 %, power from 50 % to 99 %, either formula.
   *
   * @return constructible designs
   */
  public static Gen<ExperimentDesign> designs() {
    Gen<Double> baseline = doubles().between(0.005, 0.9);
    Gen<Double> shareOfHeadroom = doubles().between(0.01, 0.95);
    Gen<Double> significance =
        Generate.pick(List.of(0.01, 0.05, 0.10)).mix(doubles().between(0.001, 0.2), 30);
    Gen<Double> power = Generate.pick(List.of(0.8, 0.9)).mix(doubles().between(0.5, 0.99), 30);
    Gen<SampleSizeFormula> formula = Generate.enumValues(SampleSizeFormula.class);
    return baseline.zip(
        shareOfHeadroom,
        significance,
        power,
        (p, share, alpha, beta) ->
            ExperimentDesign.builder()
                .baselineRate(p)
                .minimumDetectableEffect((1 - p) * share)
                .significance(alpha)
                .power(beta)
                .build())
        .zip(formula, ExperimentDesign::withFormula);
  }

  /**
   * Generates Beta priors with whole-number parameters from 1 to 20.
   *
   * @return constructible priors
   */
  public static Gen<BetaPrior> priors() {
    return integers()
        .between(1, 20)
        .zip(integers().between(1, 20), (a, b) -> BetaPrior.of(a, b))
        .mix(Generate.constant(BetaPrior.UNIFORM), 30);
  }

  /**
   * Generates analyses of two to {@code maxVariants} variants named {@code V0}, {@code V1}, … with
   * up to {@code maxTrials} trials each.
   *
   * @param maxVariants the largest number of variants, at least 2
   * @param maxTrials the largest number of trials per variant
   * @return constructible multi-variant analyses
   */
  public static Gen<MultiVariantAnalysis> multiVariantAnalyses(int maxVariants, long maxTrials) {
    return lists()
        .of(variants("V", maxTrials))
        .ofSizeBetween(2, maxVariants)
        .map(
            vs -> {
              List<Variant> named = new ArrayList<>(vs.size());
              for (int i = 0; i < vs.size(); i++) {
                named.add(Variant.of("V" + i, vs.get(i).trials(), vs.get(i).successes()));
              }
              return MultiVariantAnalysis.of(named);
            });
  }
}
