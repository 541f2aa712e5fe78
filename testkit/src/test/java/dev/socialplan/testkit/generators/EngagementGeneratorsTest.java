package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.Exposure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EngagementGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void countsAndExposuresMixMissingZeroAndLargeValues() {
    List<EngagementCounts> counts = sample(EngagementGenerators.counts(), 300);
    assertThat(counts).anyMatch(c -> c.clicks().isEmpty()).anyMatch(c -> c.clicks().orElse(-1) == 0);
    List<Exposure> exposures = sample(EngagementGenerators.exposures(), 300);
    assertThat(exposures).anyMatch(e -> e.reach().isEmpty()).anyMatch(e -> e.reach().orElse(0) > 1_000_000);
  }

  @Test
  void definitionsVaryInComponentsOrderAndPolicy() {
    List<EngagementDefinition> definitions = sample(EngagementGenerators.definitions(), 300);
    assertThat(definitions).anyMatch(d -> d.components().size() == 1);
    assertThat(definitions).anyMatch(d -> d.denominators().size() == 4);
    assertThat(definitions).anyMatch(EngagementDefinition::sumsAvailableComponents);
    assertThat(definitions.stream().map(d -> d.denominators().get(0)).distinct()).hasSize(4);
  }
}
