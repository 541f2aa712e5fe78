package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RatioPropertiesTest {
  private static final Gen<Ratio> COUNTS =
      longs().between(0, 1L << 40).zip(longs().between(0, 1L << 40), Ratio::of);

  @Test
  void poolingIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(COUNTS, COUNTS, COUNTS)
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(Ratio.EMPTY)).isEqualTo(a);
            });
  }

  @Test
  void pooledRateLiesBetweenThePartsRates() {
    qt().forAll(COUNTS, COUNTS)
        .assuming((a, b) -> a.isDefined() && b.isDefined())
        .checkAssert(
            (a, b) -> {
              double pooled = a.plus(b).value().getAsDouble();
              double low = Math.min(a.value().getAsDouble(), b.value().getAsDouble());
              double high = Math.max(a.value().getAsDouble(), b.value().getAsDouble());
              assertThat(pooled).isBetween(low - 1e-12, high + 1e-12);
            });
  }

  @Test
  void definedExactlyWhenTheDenominatorIsNotZero() {
    qt().forAll(COUNTS)
        .checkAssert(
            r -> {
              assertThat(r.isDefined()).isEqualTo(r.denominator() != 0);
              assertThat(r.value().isPresent()).isEqualTo(r.isDefined());
              r.value().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
            });
  }
}
