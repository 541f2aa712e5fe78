package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.MetricGenerators;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetricKindPropertiesTest {

  @Test
  void redefiningAMetricWithItsOwnUnitAndDirectionGivesAnEqualMetric() {
    qt().forAll(MetricGenerators.kinds())
        .checkAssert(
            m -> {
              MetricKind again =
                  MetricKind.of(
                      m.id().toUpperCase(Locale.ROOT), "Other name", m.unit(), m.higherIsBetter());
              assertThat(again).isEqualTo(m).hasSameHashCodeAs(m);
              assertThat(again.compareTo(m)).isZero();
              assertThat(MetricKind.wellKnown(m.id()).isPresent()).isEqualTo(m.isWellKnown());
            });
  }

  @Test
  void improvementIsStrictAndFollowsTheDirection() {
    qt().forAll(
            MetricGenerators.kinds(),
            org.quicktheories.generators.SourceDSL.doubles().between(-1e9, 1e9),
            org.quicktheories.generators.SourceDSL.doubles().between(-1e9, 1e9))
        .checkAssert(
            (m, a, b) -> {
              assertThat(m.isImprovement(a, a)).isFalse();
              if (a.doubleValue() != b.doubleValue()) {
                assertThat(m.isImprovement(a, b)).isNotEqualTo(m.isImprovement(b, a));
                assertThat(m.isImprovement(a, b)).isEqualTo(m.higherIsBetter() == (b > a));
              }
            });
  }

  @Test
  void kindsOfAUnitHaveThatUnit() {
    qt().forAll(MetricGenerators.units())
        .checkAssert(
            u -> qt().withExamples(20).forAll(MetricGenerators.kinds(u)).checkAssert(m -> assertThat(m.unit()).isEqualTo(u)));
  }
}
