package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import java.math.BigDecimal;
import java.time.Duration;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final Target FOLLOWERS = Target.ofCount(2_400);
  private static final Target ENGAGEMENT = Target.ofRate(Ratio.of(69, 2_000));
  private static final Target REVENUE = Target.ofMoney(Money.of(CurrencyUnit.USD, 1_500));
  private static final Target RESPONSE = Target.ofDuration(Duration.ofMinutes(90).plusNanos(5));
  private static final Target NPS = Target.ofScore(-12.5);

  @Test
  void unitsFollowTheForm() {
    assertThat(FOLLOWERS.unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(ENGAGEMENT.unit()).isEqualTo(MetricUnit.RATE);
    assertThat(REVENUE.unit()).isEqualTo(MetricUnit.MONEY);
    assertThat(RESPONSE.unit()).isEqualTo(MetricUnit.DURATION);
    assertThat(NPS.unit()).isEqualTo(MetricUnit.SCORE);
  }

  @Test
  void magnitudesAreInTheCanonicalScale() {
    assertThat(FOLLOWERS.magnitude()).isEqualByComparingTo("2400");
    assertThat(ENGAGEMENT.magnitude()).isEqualByComparingTo("0.0345");
    assertThat(Target.ofPercent(5).magnitude()).isEqualByComparingTo("0.05");
    assertThat(Target.ofFraction(4.0).magnitude()).isEqualByComparingTo("4");
    assertThat(REVENUE.magnitude()).isEqualByComparingTo("1500.00");
    assertThat(RESPONSE.magnitude()).isEqualByComparingTo("5400.000000005");
    assertThat(NPS.magnitude()).isEqualByComparingTo("-12.5");
  }

  @Test
  void deconstructsAsRecords() {
    assertThat(FOLLOWERS).isEqualTo(new Target.Count(2_400));
    assertThat(((Target.Rate) ENGAGEMENT).value()).isEqualTo(Ratio.of(69, 2_000));
    assertThat(Target.ofRate(Ratio.of(1, 4))).isEqualTo(new Target.Rate(Ratio.of(1, 4)));
    assertThat(((Target.Amount) REVENUE).value()).isEqualTo(Money.of(CurrencyUnit.USD, 1_500));
    assertThat(((Target.TimeSpan) RESPONSE).value()).isEqualTo(Duration.ofSeconds(5_400, 5));
    assertThat(((Target.Score) NPS).value()).isEqualTo(-12.5);
    assertThat(Target.ofScore(-0.0)).isEqualTo(Target.ofScore(0.0));
  }

  @Test
  void readableText() {
    assertThat(FOLLOWERS).hasToString("2400");
    assertThat(ENGAGEMENT).hasToString("3.45% (69/2000)");
    assertThat(REVENUE).hasToString("USD 1500.00");
    assertThat(Target.ofDuration(Duration.ofHours(1))).hasToString("PT1H");
    assertThat(Target.ofScore(40)).hasToString("40 points");
    assertThat(NPS).hasToString("-12.5 points");
  }

  @Test
  void sameKindMeansSameUnitAndCurrency() {
    assertThat(FOLLOWERS.isSameKindAs(Target.ofCount(0))).isTrue();
    assertThat(FOLLOWERS.isSameKindAs(ENGAGEMENT)).isFalse();
    assertThat(REVENUE.isSameKindAs(Target.ofMoney(Money.zero(CurrencyUnit.USD)))).isTrue();
    assertThat(REVENUE.isSameKindAs(Target.ofMoney(Money.zero(CurrencyUnit.EUR)))).isFalse();
    assertThat(REVENUE.isSameKindAs(FOLLOWERS)).isFalse();
    assertThat(FOLLOWERS.isSameKindAs(REVENUE)).isFalse();
  }

  @Test
  void fitsAMetricOfItsUnit() {
    assertThat(FOLLOWERS.fits(MetricKind.FOLLOWERS)).isTrue();
    assertThat(FOLLOWERS.fits(MetricKind.ENGAGEMENT_RATE)).isFalse();
    assertThat(REVENUE.fits(MetricKind.COST_PER_ACQUISITION)).isTrue();
    assertThat(RESPONSE.fits(MetricKind.RESPONSE_TIME)).isTrue();
    assertThat(NPS.fits(MetricKind.NET_PROMOTER_SCORE)).isTrue();
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(() -> Target.ofCount(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative: -3");
    assertThatThrownBy(() -> Target.ofRate(Ratio.of(5, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be defined: undefined (5/0)");
    assertThatThrownBy(() -> Target.ofMoney(Money.of(CurrencyUnit.USD, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must not be negative: USD -1.00");
    assertThatThrownBy(() -> Target.ofDuration(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative: PT-1S");
    assertThatThrownBy(() -> Target.ofScore(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be a finite number: NaN");
    assertThatThrownBy(() -> Target.ofPercent(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.ofMoney(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("money must not be null");
  }

  @Test
  void negativeRatesAreAllowed() {
    assertThat(Target.ofPercent(-10).magnitude()).isEqualByComparingTo(BigDecimal.valueOf(-0.1));
  }
}
