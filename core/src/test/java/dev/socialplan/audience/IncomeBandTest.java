package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class IncomeBandTest {
  private static final CurrencyUnit TWD = CurrencyUnit.of("TWD");
  private static final IncomeBand TAIPEI_MONTHLY =
      IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_001));

  @Test
  void keepsItsParts() {
    assertThat(TAIPEI_MONTHLY.low()).isEqualTo(Money.of(TWD, 30_000));
    assertThat(TAIPEI_MONTHLY.high()).isEqualTo(Money.of(TWD, 45_001));
    assertThat(TAIPEI_MONTHLY.basis()).isEqualTo(IncomeBand.Basis.MONTHLY);
    assertThat(TAIPEI_MONTHLY.currency()).isEqualTo(TWD);
    assertThat(TAIPEI_MONTHLY).hasToString("TWD 30000.00–45001.00 monthly");
  }

  @Test
  void yearlyIsTwelveMonths() {
    IncomeBand yearly = IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_001)).toYearly();
    assertThat(yearly).isEqualTo(IncomeBand.yearly(Money.of(TWD, 360_000), Money.of(TWD, 540_012)));
    assertThat(yearly.toYearly()).isSameAs(yearly);
  }

  @Test
  void midpointRoundsHalfEven() {
    assertThat(TAIPEI_MONTHLY.midpoint()).isEqualTo(Money.of(TWD, 37_500.50));
    IncomeBand cents = IncomeBand.yearly(Money.ofMinor(CurrencyUnit.USD, 1), Money.ofMinor(CurrencyUnit.USD, 2));
    assertThat(cents.midpoint()).isEqualTo(Money.ofMinor(CurrencyUnit.USD, 2));
    IncomeBand yen = IncomeBand.yearly(Money.ofMinor(CurrencyUnit.JPY, 1), Money.ofMinor(CurrencyUnit.JPY, 4));
    assertThat(yen.midpoint()).isEqualTo(Money.ofMinor(CurrencyUnit.JPY, 2));
  }

  @Test
  void containsBothEnds() {
    assertThat(TAIPEI_MONTHLY.contains(Money.of(TWD, 30_000))).isTrue();
    assertThat(TAIPEI_MONTHLY.contains(Money.of(TWD, 45_001))).isTrue();
    assertThat(TAIPEI_MONTHLY.contains(Money.of(TWD, 29_999.99))).isFalse();
    assertThat(TAIPEI_MONTHLY.contains(Money.of(TWD, 45_001.01))).isFalse();
    assertThatThrownBy(() -> TAIPEI_MONTHLY.contains(Money.of(CurrencyUnit.USD, 1)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aSingleFigureIsABandOfWidthZero() {
    IncomeBand exact = IncomeBand.yearly(Money.of(CurrencyUnit.EUR, 40_000), Money.of(CurrencyUnit.EUR, 40_000));
    assertThat(exact.midpoint()).isEqualTo(Money.of(CurrencyUnit.EUR, 40_000));
  }

  @Test
  void refusesImpossibleBands() {
    assertThatThrownBy(() -> IncomeBand.monthly(Money.of(TWD, 50_000), Money.of(TWD, 40_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("income band must not be upside down: high TWD 40000.00 < low TWD 50000.00");
    assertThatThrownBy(() -> IncomeBand.monthly(Money.of(TWD, -1), Money.of(TWD, 40_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("low must not be negative: TWD -1.00");
    assertThatThrownBy(
            () -> IncomeBand.monthly(Money.of(TWD, 1), Money.of(CurrencyUnit.USD, 40_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("low and high must be in one currency: TWD 1.00, USD 40000.00");
    assertThatThrownBy(() -> new IncomeBand(Money.of(TWD, 1), Money.of(TWD, 2), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basis must not be null");
  }
}
