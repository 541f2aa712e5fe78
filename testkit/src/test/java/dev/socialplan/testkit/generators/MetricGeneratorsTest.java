package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MetricGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final double MAX = 0x1p40;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void unitsCoverEveryUnit() {
    assertThat(EnumSet.copyOf(sample(MetricGenerators.units(), 100))).isEqualTo(EnumSet.allOf(MetricUnit.class));
  }

  @Test
  void wellKnownAndCustomKindsAreApart() {
    Set<MetricKind> wellKnown = Set.copyOf(sample(MetricGenerators.wellKnownKinds(), 500));
    assertThat(wellKnown).allMatch(MetricKind::isWellKnown);
    assertThat(wellKnown).hasSize(MetricKind.wellKnown().size());
    List<MetricKind> custom = sample(MetricGenerators.customKinds(), 300);
    assertThat(custom)
        .allSatisfy(
            k -> {
              assertThat(k.isWellKnown()).isFalse();
              assertThat(k.id()).matches("custom-[0-9]{1,3}");
            });
    assertThat(custom).anyMatch(MetricKind::higherIsBetter);
    assertThat(custom).anyMatch(k -> !k.higherIsBetter());
    assertThat(custom.stream().map(MetricKind::unit).distinct()).hasSize(MetricUnit.values().length);
  }

  @Test
  void kindsAreMostlyWellKnown() {
    List<MetricKind> kinds = sample(MetricGenerators.kinds(), 500);
    long custom = kinds.stream().filter(k -> !k.isWellKnown()).count();
    assertThat(custom).isBetween(25L, 200L);
  }

  @Test
  void kindsOfAUnitAreAllInThatUnit() {
    for (MetricUnit unit : MetricUnit.values()) {
      List<MetricKind> kinds = sample(MetricGenerators.kinds(unit), 200);
      assertThat(kinds).as("%s", unit).allSatisfy(k -> assertThat(k.unit()).isEqualTo(unit));
      assertThat(kinds).as("%s", unit).anyMatch(k -> !k.isWellKnown());
    }
    assertThat(sample(MetricGenerators.kinds(MetricUnit.COUNT), 200)).contains(MetricKind.FOLLOWERS);
  }

  @Test
  void ratiosAreSometimesUndefined() {
    List<Ratio> ratios = sample(MetricGenerators.ratios(), 400);
    assertThat(ratios).anyMatch(r -> !r.isDefined());
    assertThat(ratios).anyMatch(Ratio::isDefined);
    assertThat(ratios)
        .allSatisfy(
            r -> {
              assertThat(r.numerator()).isBetween(0.0, MAX);
              assertThat(r.denominator()).isBetween(0.0, MAX);
            });
    assertThat(sample(MetricGenerators.definedRatios(), 300))
        .allSatisfy(r -> assertThat(r.denominator()).isBetween(1.0, MAX));
  }
}
