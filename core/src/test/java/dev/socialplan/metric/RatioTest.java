package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTest {
  /** docs/metrics.md, engagement rate by impressions: 500 ÷ 20,000 → 2.5 %. */
  private static final Ratio BY_IMPRESSIONS = Ratio.of(500, 20_000);

  private static final Ratio UNDEFINED = Ratio.of(5, 0);

  @Test
  void computesFractionAndPercent() {
    assertThat(BY_IMPRESSIONS.value()).hasValue(0.025);
    assertThat(BY_IMPRESSIONS.valueOr(-1)).isEqualTo(0.025);
    assertThat(BY_IMPRESSIONS.asPercent().getAsDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(BY_IMPRESSIONS.isDefined()).isTrue();
    assertThat(BY_IMPRESSIONS.numerator()).isEqualTo(500);
    assertThat(BY_IMPRESSIONS.denominator()).isEqualTo(20_000);
  }

  @Test
  void zeroDenominatorIsUndefinedNotNanOrZero() {
    assertThat(UNDEFINED.isDefined()).isFalse();
    assertThat(UNDEFINED.value()).isEmpty();
    assertThat(UNDEFINED.asPercent()).isEmpty();
    assertThat(UNDEFINED.valueOr(-1)).isEqualTo(-1);
    assertThat(Ratio.EMPTY.isDefined()).isFalse();
  }

  @Test
  void poolsNumeratorsAndDenominators() {
    // Two posts at 3.4 % and 3.5 % of reach (docs/metrics.md): pooled is a ratio of sums.
    Ratio first = Ratio.of(34, 1_000);
    Ratio second = Ratio.of(105, 3_000);
    assertThat(first.plus(second)).isEqualTo(Ratio.of(139, 4_000));
    assertThat(Ratio.pooled(List.of(first, second))).isEqualTo(Ratio.of(139, 4_000));
    assertThat(Ratio.pooled(List.of())).isEqualTo(Ratio.EMPTY);
    assertThat(first.plus(Ratio.EMPTY)).isEqualTo(first);
  }

  @Test
  void fractionAndPercentFactories() {
    assertThat(Ratio.ofFraction(0.05).value()).hasValue(0.05);
    assertThat(Ratio.ofPercent(5).value().getAsDouble()).isCloseTo(0.05, within(1e-15));
  }

  @Test
  void refusesNanAndInfinity() {
    assertThatThrownBy(() -> Ratio.of(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator must be a finite number: NaN");
    assertThatThrownBy(() -> Ratio.of(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be a finite number: Infinity");
    assertThatThrownBy(() -> Ratio.ofPercent(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent");
  }

  @Test
  void comparesByValueWithUndefinedFirst() {
    assertThat(Ratio.of(1, 2).compareTo(Ratio.of(2, 4))).isZero();
    assertThat(Ratio.of(1, 3)).isLessThan(Ratio.of(1, 2));
    assertThat(UNDEFINED).isLessThan(Ratio.of(-5, 1));
    assertThat(UNDEFINED.compareTo(Ratio.EMPTY)).isZero();
  }

  @Test
  void equalityKeepsTheParts() {
    assertThat(Ratio.of(1, 2))
        .isNotEqualTo(Ratio.of(2, 4))
        .doesNotHaveSameHashCodeAs(Ratio.of(2, 4));
    assertThat(Ratio.of(0.0, 1)).isEqualTo(Ratio.of(-0.0, 1)).hasSameHashCodeAs(Ratio.of(-0.0, 1));
    assertThat(Ratio.of(1, 2)).isNotEqualTo("1/2");
    new EqualsTester()
        .addEqualityGroup(Ratio.of(1, 2), Ratio.of(1, 2))
        .addEqualityGroup(Ratio.of(2, 4))
        .addEqualityGroup(Ratio.of(0.0, 1), Ratio.of(-0.0, 1))
        .addEqualityGroup(Ratio.of(1, 0))
        .testEquals();
  }

  @Test
  void readableToString() {
    assertThat(BY_IMPRESSIONS).hasToString("2.5% (500/20000)");
    assertThat(Ratio.of(1, 3)).hasToString("33.33333333333333% (1/3)");
    assertThat(UNDEFINED).hasToString("undefined (5/0)");
    assertThat(Ratio.of(1.5, 3)).hasToString("50% (1.5/3)");
  }
}
