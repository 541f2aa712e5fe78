package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {
  private static final Money AVERAGE_ORDER = Money.parse("USD 300");

  @Test
  void workedExample() {
    // docs/metrics.md: $300 × 5 × 2 → $3,000.
    assertThat(
            CustomerLifetimeValue.gross(
                AVERAGE_ORDER, BigDecimal.valueOf(5), BigDecimal.valueOf(2), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.parse("USD 3000"));
    assertThat(
            CustomerLifetimeValue.net(
                AVERAGE_ORDER,
                BigDecimal.valueOf(5),
                BigDecimal.valueOf(2),
                Money.parse("USD 500"),
                RoundingMode.UNNECESSARY))
        .isEqualTo(Money.parse("USD 2500"));
  }

  @Test
  void fractionalInputsRoundOnce() {
    Money value =
        CustomerLifetimeValue.gross(
            Money.parse("USD 19.99"), new BigDecimal("2.5"), new BigDecimal("1.3"), RoundingMode.HALF_UP);
    // 19.99 × 2.5 × 1.3 = 64.9675 → 64.97
    assertThat(value).isEqualTo(Money.parse("USD 64.97"));
  }

  @Test
  void refusesNegativesAndMixedCurrencies() {
    assertThatThrownBy(
            () ->
                CustomerLifetimeValue.gross(
                    AVERAGE_ORDER, BigDecimal.valueOf(-1), BigDecimal.ONE, RoundingMode.HALF_UP))
        .hasMessage("ordersPerYear must not be negative: -1");
    assertThatThrownBy(
            () ->
                CustomerLifetimeValue.net(
                    AVERAGE_ORDER,
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    Money.parse("EUR 5"),
                    RoundingMode.HALF_UP))
        .hasMessage(
            "averageOrderValue and acquisitionCost must be in the same currency: USD 300.00, EUR 5.00");
  }
}
