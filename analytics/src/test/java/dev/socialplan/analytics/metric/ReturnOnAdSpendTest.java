package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ReturnOnAdSpendTest {
  @Test
  void roasWorkedExample() {
    // docs/metrics.md: $20,000 ÷ $5,000 → 4.0.
    assertThat(ReturnOnAdSpend.ratio(Money.parse("USD 20000"), Money.parse("USD 5000")).value())
        .hasValue(4.0);
  }

  @Test
  void breakEvenWorkedExample() {
    // docs/metrics.md: $100 − $20 − $15 = $65 margin → 100 ÷ 65 ≈ 1.54.
    double breakEven =
        ReturnOnAdSpend.breakEven(Money.parse("USD 100"), Money.parse("USD 35"))
            .value()
            .getAsDouble();
    assertThat(breakEven).isCloseTo(1.54, within(0.005));
  }

  @Test
  void undefinedWithoutSpendOrMarginAndNegativeWhenCostsExceedPrice() {
    assertThat(ReturnOnAdSpend.ratio(Money.parse("USD 5"), Money.parse("USD 0")).isDefined()).isFalse();
    assertThat(ReturnOnAdSpend.breakEven(Money.parse("USD 5"), Money.parse("USD 5")).isDefined())
        .isFalse();
    assertThat(
            ReturnOnAdSpend.breakEven(Money.parse("USD 5"), Money.parse("USD 10"))
                .value()
                .getAsDouble())
        .isNegative();
  }

  @Test
  void refusesMixedCurrencies() {
    assertThatThrownBy(() -> ReturnOnAdSpend.breakEven(Money.parse("USD 5"), Money.parse("GBP 1")))
        .hasMessage("price and variableCosts must be in the same currency: USD 5.00, GBP 1.00");
  }

  /** Before the fix these gave infinity or an unclear refusal; see ReturnOnInvestmentTest. */
  @Test
  void neverInfiniteForAmountsOfAnySize() {
    Money huge = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("4E+400"));
    Money hugeSpend = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1E+400"));
    assertThat(ReturnOnAdSpend.ratio(huge, hugeSpend).value().getAsDouble()).isCloseTo(4.0, within(1e-12));
    assertThatThrownBy(() -> ReturnOnAdSpend.ratio(huge, Money.parse("USD 0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("revenue / adSpend is too large for a rate: 4");
    Money price = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1E+400"));
    assertThat(ReturnOnAdSpend.breakEven(price, Money.zero(org.joda.money.CurrencyUnit.USD)).value())
        .hasValue(1.0);
    assertThatThrownBy(() -> ReturnOnAdSpend.breakEven(price, price.minus(Money.parse("USD 0.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price / (price - variableCosts) is too large for a rate");
  }
}
