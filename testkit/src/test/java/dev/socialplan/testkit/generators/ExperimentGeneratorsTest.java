package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.experiment.BetaPrior;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.SampleSizeFormula;
import dev.socialplan.analytics.experiment.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExperimentGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void variantsIncludeNoTrialsNoSuccessesAndAllSuccesses() {
    List<Variant> variants = sample(ExperimentGenerators.variants("B", 500), 400);
    assertThat(variants)
        .allSatisfy(
            v -> {
              assertThat(v.name()).isEqualTo("B");
              assertThat(v.trials()).isBetween(0L, 500L);
              assertThat(v.successes()).isBetween(0L, v.trials());
            });
    assertThat(variants).anyMatch(v -> v.trials() == 0);
    assertThat(variants).anyMatch(v -> v.trials() > 0 && v.successes() == 0);
    assertThat(variants).anyMatch(v -> v.trials() > 0 && v.successes() == v.trials());
    assertThat(variants).anyMatch(v -> v.successes() > 0 && v.successes() < v.trials());
    assertThat(sample(ExperimentGenerators.variants(), 100))
        .allSatisfy(v -> assertThat(v.name()).isEqualTo("A"))
        .allSatisfy(v -> assertThat(v.trials()).isLessThanOrEqualTo(10_000));
  }

  @Test
  void variantsWithVarianceHaveARateStrictlyBetweenZeroAndOne() {
    List<Variant> variants = sample(ExperimentGenerators.variantsWithVariance("C", 50), 300);
    assertThat(variants)
        .allSatisfy(
            v -> {
              assertThat(v.trials()).isBetween(2L, 50L);
              assertThat(v.successes()).isPositive().isLessThan(v.trials());
            });
    assertThat(sample(ExperimentGenerators.variantsWithVariance("D", 2), 20))
        .allSatisfy(v -> assertThat(v).isEqualTo(Variant.of("D", 2, 1)));
  }

  @Test
  void designsKeepTheTargetRateBelowOneAndUseBothFormulas() {
    List<ExperimentDesign> designs = sample(ExperimentGenerators.designs(), 300);
    assertThat(designs)
        .allSatisfy(
            d -> {
              assertThat(d.baselineRate()).isBetween(0.005, 0.9);
              assertThat(d.targetRate()).isGreaterThan(d.baselineRate()).isLessThan(1.0);
              assertThat(d.significance()).isBetween(0.001, 0.2);
              assertThat(d.power()).isBetween(0.5, 0.99);
              assertThat(d.requiredSampleSizePerVariant()).isPositive();
            });
    assertThat(designs.stream().map(ExperimentDesign::formula).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(SampleSizeFormula.class));
    assertThat(designs).anyMatch(d -> d.significance() == 0.05 && d.power() == 0.8);
  }

  @Test
  void priorsHaveWholeParametersFromOneToTwenty() {
    List<BetaPrior> priors = sample(ExperimentGenerators.priors(), 200);
    assertThat(priors)
        .allSatisfy(
            p -> {
              assertThat(p.alpha()).isBetween(1L, 20L);
              assertThat(p.beta()).isBetween(1L, 20L);
            });
    assertThat(priors).contains(BetaPrior.UNIFORM);
    assertThat(priors).anyMatch(p -> p.alpha() > 10 && p.beta() < 5);
  }

  @Test
  void multiVariantAnalysesNameTheirVariantsInOrder() {
    List<MultiVariantAnalysis> analyses = sample(ExperimentGenerators.multiVariantAnalyses(5, 1_000), 200);
    assertThat(analyses)
        .allSatisfy(
            a -> {
              assertThat(a.variants()).hasSizeBetween(2, 5);
              for (int i = 0; i < a.variants().size(); i++) {
                assertThat(a.variants().get(i).name()).isEqualTo("V" + i);
                assertThat(a.variants().get(i).trials()).isLessThanOrEqualTo(1_000);
              }
              assertThat(a.control().name()).isEqualTo("V0");
            });
    assertThat(analyses).anyMatch(a -> a.variants().size() == 2);
    assertThat(analyses).anyMatch(a -> a.variants().size() == 5);
  }
}
