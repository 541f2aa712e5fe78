package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ReturnOnInvestmentTest {
  @Test
  void workedExample() {
    // docs/metrics.md: ($1,200 − $800) ÷ $800 → 50 %.
    assertThat(ReturnOnInvestment.ratio(Money.parse("USD 1200"), Money.parse("USD 800")).value())
        .hasValue(0.5);
  }

  @Test
  void lossIsNegativeAndNoCostIsUndefined() {
    assertThat(ReturnOnInvestment.ratio(Money.parse("USD 600"), Money.parse("USD 800")).value())
        .hasValue(-0.25);
    assertThat(ReturnOnInvestment.ratio(Money.parse("USD 600"), Money.parse("USD 0")).isDefined())
        .isFalse();
  }

  @Test
  void refusesMixedCurrenciesAndNegativeAmounts() {
    assertThatThrownBy(() -> ReturnOnInvestment.ratio(Money.parse("USD 1"), Money.parse("EUR 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue and cost must be in the same currency: USD 1.00, EUR 1.00");
    assertThatThrownBy(() -> ReturnOnInvestment.ratio(Money.parse("USD -1"), Money.parse("USD 1")))
        .hasMessage("revenue must not be negative: USD -1.00");
  }

  /**
   * Before the fix amounts beyond a double gave an infinite numerator (then an unclear refusal) and
   * a tiny cost an infinite ROI. Now: amounts of any size give the exact rate, and a rate beyond a
   * double is refused naming both amounts.
   */
  @Test
  void neverInfiniteForAmountsOfAnySize() {
    Money huge = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("3E+400"));
    Money hugeCost = Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1E+400"));
    assertThat(ReturnOnInvestment.ratio(huge, hugeCost).value().getAsDouble())
        .isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThatThrownBy(() -> ReturnOnInvestment.ratio(huge, Money.parse("USD 0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("(revenue - cost) / cost is too large for a rate: 3");
    assertThat(ReturnOnInvestment.ratio(huge, Money.parse("USD 0")).isDefined()).isFalse();
  }
}
