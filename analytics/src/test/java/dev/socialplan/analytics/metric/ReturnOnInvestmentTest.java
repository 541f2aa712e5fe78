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
}
