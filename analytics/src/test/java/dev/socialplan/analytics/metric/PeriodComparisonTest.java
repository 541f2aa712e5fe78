package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.socialplan.metric.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PeriodComparisonTest {
  @Test
  void countsGiveAbsoluteAndPercentageChange() {
    PeriodComparison<Long> clicks = PeriodComparison.ofCounts(1_200, 1_000);
    assertThat(clicks.current()).isEqualTo(1_200L);
    assertThat(clicks.previous()).isEqualTo(1_000L);
    assertThat(clicks.absoluteChange()).contains(200L);
    assertThat(clicks.relativeChange()).isEqualTo(Ratio.of(200, 1_000));
    assertThat(clicks.percentChange().getAsDouble()).isCloseTo(20.0, within(1e-12));
    assertThat(clicks.toString()).isEqualTo("PeriodComparison[1200 vs 1000: 200, 20% (200/1000)]");
  }

  @Test
  void zeroPreviousValueHasNoRelativeChange() {
    PeriodComparison<Long> fromNothing = PeriodComparison.ofCounts(50, 0);
    assertThat(fromNothing.absoluteChange()).contains(50L);
    assertThat(fromNothing.relativeChange().isDefined()).isFalse();
    assertThat(fromNothing.percentChange()).isEmpty();
  }

  @Test
  void negativePreviousValueKeepsUpMeaningUp() {
    PeriodComparison<Double> roi = PeriodComparison.ofValues(0.1, -0.2);
    assertThat(roi.relativeChange().value().getAsDouble()).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void ratesChangeInPointsAndPercent() {
    PeriodComparison<Ratio> rate =
        PeriodComparison.ofRatios(Ratio.of(30, 1_000), Ratio.of(25, 1_000));
    assertThat(rate.absoluteChange().orElseThrow().value().getAsDouble())
        .isCloseTo(0.005, within(1e-12));
    assertThat(rate.percentChange().getAsDouble()).isCloseTo(20.0, within(1e-9));
    PeriodComparison<Ratio> undefined = PeriodComparison.ofRatios(Ratio.of(3, 100), Ratio.EMPTY);
    assertThat(undefined.absoluteChange()).isEmpty();
    assertThat(undefined.relativeChange().isDefined()).isFalse();
  }

  @Test
  void moneyAndDurationsChangeExactly() {
    PeriodComparison<Money> spend =
        PeriodComparison.ofMoney(Money.parse("USD 110.10"), Money.parse("USD 100.00"));
    assertThat(spend.absoluteChange()).contains(Money.parse("USD 10.10"));
    assertThat(spend.percentChange().getAsDouble()).isCloseTo(10.1, within(1e-9));
    PeriodComparison<Duration> response =
        PeriodComparison.ofDurations(Duration.ofMinutes(45), Duration.ofHours(1));
    assertThat(response.absoluteChange()).contains(Duration.ofMinutes(-15));
    assertThat(response.percentChange().getAsDouble()).isCloseTo(-25.0, within(1e-9));
    assertThatThrownBy(() -> PeriodComparison.ofMoney(Money.parse("USD 1"), Money.parse("EUR 1")))
        .hasMessage("current and previous must be in the same currency: USD 1.00, EUR 1.00");
  }

  @Test
  void previousPeriodHasTheSameLength() {
    LocalDateRange march = LocalDateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
    assertThat(PeriodComparison.previousPeriod(march))
        .isEqualTo(LocalDateRange.of(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 3, 1)));
    assertThatThrownBy(
            () -> PeriodComparison.previousPeriod(LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalByValue() {
    new EqualsTester()
        .addEqualityGroup(PeriodComparison.ofCounts(3, 2), PeriodComparison.ofCounts(3, 2))
        .addEqualityGroup(PeriodComparison.ofCounts(3, 1))
        .addEqualityGroup(PeriodComparison.ofCounts(2, 3))
        .addEqualityGroup(PeriodComparison.ofValues(3, 2))
        .addEqualityGroup(
            PeriodComparison.ofMoney(Money.parse("USD 3"), Money.parse("USD 2")),
            PeriodComparison.ofMoney(Money.parse("USD 3.00"), Money.parse("USD 2.00")))
        .addEqualityGroup(PeriodComparison.ofDurations(Duration.ofMinutes(3), Duration.ofMinutes(2)))
        .testEquals();
    assertThatThrownBy(() -> PeriodComparison.ofValues(Double.NaN, 1))
        .hasMessage("current must be a finite number: NaN");
  }

  /** Before the fix a relative change from a tiny previous value was infinite. */
  @Test
  void aRelativeChangeBeyondARateIsRefusedNotInfinite() {
    assertThatThrownBy(() -> PeriodComparison.ofValues(1e300, 1e-300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the relative change from previous 1.0E-300 to current 1.0E300 is too large for a rate");
    assertThatThrownBy(
            () -> PeriodComparison.ofRatios(Ratio.ofFraction(1e300), Ratio.ofFraction(Double.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is too large for a rate");
    Money big = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("2E+400"));
    Money bigBefore = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1E+400"));
    assertThat(PeriodComparison.ofMoney(big, bigBefore).relativeChange().value().getAsDouble())
        .isCloseTo(1.0, within(1e-12));
    assertThatThrownBy(() -> PeriodComparison.ofMoney(big, Money.parse("USD 0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("(current - previous) / |previous| is too large for a rate");
    assertThat(PeriodComparison.ofCounts(Long.MAX_VALUE, 1).relativeChange().value()).isPresent();
    assertThat(PeriodComparison.ofCounts(Long.MIN_VALUE + 1, -1).relativeChange().value()).isPresent();
  }
}
