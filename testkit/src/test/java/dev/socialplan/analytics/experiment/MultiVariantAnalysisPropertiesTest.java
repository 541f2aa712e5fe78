package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.ExperimentGenerators;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MultiVariantAnalysisPropertiesTest {

  @Test
  void holmAdjustedPValuesAreAtLeastTheRawOnesAndAtMostOne() {
    qt().forAll(ExperimentGenerators.multiVariantAnalyses(6, 50_000))
        .checkAssert(
            analysis -> {
              List<PairwiseComparison> pairs = analysis.pairwise();
              int k = analysis.variants().size();
              assertThat(pairs).hasSize(k * (k - 1) / 2);
              long defined = pairs.stream().filter(p -> p.test().isPresent()).count();
              for (PairwiseComparison p : pairs) {
                p.test()
                    .ifPresent(
                        t -> {
                          double adjusted = p.holmAdjustedPValue().getAsDouble();
                          assertThat(adjusted).isBetween(t.pValue(), 1.0);
                          assertThat(adjusted).isLessThanOrEqualTo(Math.min(1, defined * t.pValue()) + 1e-15);
                        });
              }
            });
  }

  @Test
  void holmPreservesTheOrderOfRawPValues() {
    qt().forAll(ExperimentGenerators.multiVariantAnalyses(6, 50_000))
        .checkAssert(
            analysis -> {
              List<PairwiseComparison> defined =
                  analysis.pairwise().stream().filter(p -> p.test().isPresent()).toList();
              for (PairwiseComparison x : defined) {
                for (PairwiseComparison y : defined) {
                  if (x.test().get().pValue() < y.test().get().pValue()) {
                    assertThat(x.holmAdjustedPValue().getAsDouble())
                        .isLessThanOrEqualTo(y.holmAdjustedPValue().getAsDouble());
                  }
                }
              }
            });
  }

  @Test
  void theVerdictIsAlwaysConsistentWithTheDesign() {
    qt().forAll(ExperimentGenerators.multiVariantAnalyses(4, 20_000), ExperimentGenerators.designs())
        .checkAssert(
            (analysis, design) -> {
              Verdict verdict = Verdict.of(analysis, design);
              long smallest = analysis.variants().stream().mapToLong(Variant::trials).min().orElseThrow();
              assertThat(verdict.kind() == VerdictKind.SAMPLE_TOO_SMALL)
                  .isEqualTo(smallest < design.requiredSampleSizePerVariant());
              assertThat(verdict.winner().isPresent())
                  .isEqualTo(verdict.kind() == VerdictKind.SIGNIFICANT_WINNER);
              verdict.winner().ifPresent(w -> assertThat(analysis.leader().orElseThrow().name()).isEqualTo(w));
              assertThat(verdict.reason(Locale.ENGLISH)).isNotBlank();
            });
  }
}
