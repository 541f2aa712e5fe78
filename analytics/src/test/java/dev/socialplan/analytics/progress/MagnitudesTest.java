package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.goal.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The figures goal progress writes into its explanations, in each target unit. */
class MagnitudesTest {
  private static final Target COUNT = Target.ofCount(1);
  private static final Target RATE = Target.ofFraction(0.5);
  private static final Target USD = Target.ofMoney(Money.of(CurrencyUnit.USD, BigDecimal.ONE));
  private static final Target YEN = Target.ofMoney(Money.of(CurrencyUnit.JPY, BigDecimal.ONE));
  private static final Target SPAN = Target.ofDuration(Duration.ofMinutes(1));
  private static final Target SCORE = Target.ofScore(7);

  private static String format(String value, Target kind) {
    return Magnitudes.format(new BigDecimal(value), kind).format(Locale.ENGLISH);
  }

  private static String change(String value, Target kind) {
    return Magnitudes.formatChange(new BigDecimal(value), kind).format(Locale.ENGLISH);
  }

  @Test
  void countsHaveOneDecimalBelowAHundredAndThousandsSeparatorsAbove() {
    assertThat(format("12.75", COUNT)).isEqualTo("12.8");
    assertThat(format("12", COUNT)).isEqualTo("12");
    assertThat(format("99.5", COUNT)).isEqualTo("99.5");
    assertThat(format("100.4", COUNT)).isEqualTo("100");
    assertThat(format("12400", COUNT)).isEqualTo("12,400");
    assertThat(format("-150.6", COUNT)).isEqualTo("-151");
  }

  @Test
  void ratesArePercentagesWithUpToTwoDecimals() {
    assertThat(format("0.125", RATE)).isEqualTo("12.5%");
    assertThat(format("0.04", RATE)).isEqualTo("4%");
    assertThat(format("0.012345", RATE)).isEqualTo("1.23%");
  }

  @Test
  void amountsHaveTheCurrencyCodeAndItsDecimals() {
    assertThat(format("1234.5", USD)).isEqualTo("USD 1,234.50");
    assertThat(format("1234.5", YEN)).isEqualTo("JPY 1,235");
  }

  @Test
  void durationsAreInSecondsMinutesOrHoursFromTheFirstWholeUnit() {
    assertThat(format("45", SPAN)).isEqualTo("45 s");
    assertThat(format("59.9", SPAN)).isEqualTo("59.9 s");
    assertThat(format("60", SPAN)).isEqualTo("1 min");
    assertThat(format("90", SPAN)).isEqualTo("1.5 min");
    assertThat(format("3599", SPAN)).isEqualTo("60 min");
    assertThat(format("3600", SPAN)).isEqualTo("1 h");
    assertThat(format("5400", SPAN)).isEqualTo("1.5 h");
    assertThat(format("-5400", SPAN)).isEqualTo("-1.5 h");
    assertThat(format("-90", SPAN)).isEqualTo("-1.5 min");
  }

  @Test
  void scoresAreInPoints() {
    assertThat(format("7.25", SCORE)).isEqualTo("7.3 points");
    assertThat(format("8", SCORE)).isEqualTo("8 points");
  }

  @Test
  void magnitudesBeyondADoubleKeepSevenSignificantDigitsAndTheCurrency() {
    assertThat(format("1.23456789E+400", COUNT)).isEqualTo("1.234568E+400");
    assertThat(format("1E+400", USD)).isEqualTo("USD 1E+400");
    assertThat(format("-1E+400", SCORE)).isEqualTo("-1E+400");
  }

  @Test
  void changesCarryTheirSignAndRatesChangeInPercentagePoints() {
    assertThat(change("400", COUNT)).isEqualTo("+400");
    assertThat(change("-0.5", COUNT)).isEqualTo("−0.5");
    assertThat(change("0", COUNT)).isEqualTo("+0");
    assertThat(change("-90", SPAN)).isEqualTo("−1.5 min");
    assertThat(change("0.015", RATE)).isEqualTo("+1.5 points");
    assertThat(change("-0.0025", RATE)).isEqualTo("−0.25 points");
    assertThat(change("0", RATE)).isEqualTo("+0 points");
  }

  @Test
  void sharesAreWholePercentagesAndBoundsBeyondADouble() {
    assertThat(Magnitudes.percent(0.5)).isEqualTo("50%");
    assertThat(Magnitudes.percent(-0.256)).isEqualTo("-26%");
    assertThat(Magnitudes.percent(12.34)).isEqualTo("1234%");
    assertThat(Magnitudes.percent(1e307)).isEqualTo(">1E+306%");
    assertThat(Magnitudes.percent(-1e307)).isEqualTo("<-1E+306%");
    assertThat(Magnitudes.percent(Double.MAX_VALUE)).isEqualTo(">1E+306%");
  }

  @Test
  void fractionalMonthsAreShareOfTheNextMonthRoundedUpToTheDayReached() {
    LocalDate apr1 = LocalDate.of(2025, 4, 1);
    assertThat(Magnitudes.plusMonths(apr1, 0)).contains(apr1);
    assertThat(Magnitudes.plusMonths(apr1, 2)).contains(LocalDate.of(2025, 6, 1));
    // April has 30 days: half a month is exactly 15 days, and a little more is the 16th day.
    assertThat(Magnitudes.plusMonths(apr1, 0.5)).contains(LocalDate.of(2025, 4, 16));
    assertThat(Magnitudes.plusMonths(apr1, 0.51)).contains(LocalDate.of(2025, 4, 17));
    // The fraction is of the month after the whole months: May has 31 days.
    assertThat(Magnitudes.plusMonths(apr1, 1.5)).contains(LocalDate.of(2025, 5, 17));
    assertThat(Magnitudes.plusMonths(apr1, Magnitudes.MAX_MONTHS)).contains(LocalDate.of(2125, 4, 1));
    assertThat(Magnitudes.plusMonths(apr1, Magnitudes.MAX_MONTHS + 0.01)).isEmpty();
    assertThat(Magnitudes.plusMonths(apr1, -0.01)).isEmpty();
    assertThat(Magnitudes.plusMonths(apr1, Double.NaN)).isEmpty();
  }

  @Test
  void sharesBeyondADoubleAreNotFinite() {
    assertThat(Magnitudes.share(new BigDecimal("3"), new BigDecimal("4"))).isEqualTo(0.75);
    assertThat(Magnitudes.finiteShare(new BigDecimal("3"), new BigDecimal("4"))).hasValue(0.75);
    assertThat(Magnitudes.finiteShare(new BigDecimal("1E+400"), BigDecimal.ONE)).isEmpty();
  }
}
