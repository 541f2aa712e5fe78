package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Money-based metrics at their edges: zero factors allowed, negative amounts refused by name. */
class AmountEdgesTest {
  @Test
  void lifetimeValueAllowsZeroFactorsAndRefusesNegativeOnes() {
    Money order = Money.parse("USD 300");
    assertThat(CustomerLifetimeValue.gross(order, BigDecimal.ZERO, new BigDecimal("3"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 0"));
    assertThat(CustomerLifetimeValue.gross(order, new BigDecimal("4"), BigDecimal.ZERO, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 0"));
    assertThatThrownBy(
            () -> CustomerLifetimeValue.gross(Money.parse("USD -1"), BigDecimal.ONE, BigDecimal.ONE, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageOrderValue must not be negative: USD -1.00");
    assertThatThrownBy(
            () -> CustomerLifetimeValue.gross(order, new BigDecimal("-0.5"), BigDecimal.ONE, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ordersPerYear must not be negative: -0.5");
    assertThatThrownBy(
            () -> CustomerLifetimeValue.gross(order, BigDecimal.ONE, new BigDecimal("-2"), RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years must not be negative: -2");
  }

  @Test
  void returnOnAdSpendRefusesNegativeRevenueAndSpendByName() {
    assertThatThrownBy(() -> ReturnOnAdSpend.ratio(Money.parse("USD -5"), Money.parse("USD 10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue must not be negative: USD -5.00");
    assertThatThrownBy(() -> ReturnOnAdSpend.ratio(Money.parse("USD 5"), Money.parse("USD -10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adSpend must not be negative: USD -10.00");
    assertThatThrownBy(() -> ReturnOnAdSpend.ratio(Money.parse("USD 5"), Money.parse("EUR 10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue and adSpend must be in the same currency: USD 5.00, EUR 10.00");
  }

  @Test
  void aTinyReturnOnAHugeSpendKeepsItsPrecision() {
    // USD 0.01 on USD 10^20: a ROAS of 10^-22, exact in a double's range without any scaling.
    Ratio roas = ReturnOnAdSpend.ratio(Money.parse("USD 0.01"), Money.of(org.joda.money.CurrencyUnit.USD, new BigDecimal("1E+20")));
    assertThat(roas.value().getAsDouble()).isCloseTo(1e-22, org.assertj.core.api.Assertions.within(1e-30));
  }

  @Test
  void anAccountMayLoseEveryFollowerButNoMore() {
    assertThat(AudienceGrowth.rateFromNetNew(-1_000, 1_000).value().getAsDouble()).isEqualTo(-1.0);
    assertThatThrownBy(() -> AudienceGrowth.rateFromNetNew(-1_001, 1_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
