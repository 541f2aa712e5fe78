package dev.socialplan.analytics.budget;

import static dev.socialplan.analytics.budget.BudgetFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceLineTest {
  /** Google Ads' ROI example: $1,200 revenue on $800 cost → 50 %. */
  private static PerformanceLine googleExample() {
    return PerformanceLine.builder().label("Search").planned(usd("1000")).spent(usd("800")).revenue(usd("1200")).build();
  }

  @Test
  void computesReturnsAndRemainder() {
    assertThat(googleExample().roi().value().getAsDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(googleExample().roas().value().getAsDouble()).isCloseTo(1.5, within(1e-15));
    assertThat(googleExample().remaining()).isEqualTo(usd("200"));
    assertThat(googleExample().utilisation().value().getAsDouble()).isCloseTo(0.8, within(1e-15));
    assertThat(googleExample().isOverspent()).isFalse();
  }

  @Test
  void noSpendMeansUndefinedReturns() {
    PerformanceLine idle = PerformanceLine.builder().label("X").planned(usd("0")).spent(usd("0")).revenue(usd("0")).build();
    assertThat(idle.roi().isDefined()).isFalse();
    assertThat(idle.roas().isDefined()).isFalse();
    assertThat(idle.utilisation().isDefined()).isFalse();
  }

  @Test
  void overspendingShowsAsANegativeRemainder() {
    PerformanceLine over = PerformanceLine.builder().label("X").planned(usd("100")).spent(usd("130.50")).revenue(usd("0")).build();
    assertThat(over.remaining()).isEqualTo(usd("-30.50"));
    assertThat(over.isOverspent()).isTrue();
  }

  @Test
  void refusesMixedCurrenciesAndNegativeAmounts() {
    assertThatThrownBy(
            () -> PerformanceLine.builder().label("X").planned(usd("1")).spent(Money.of(CurrencyUnit.EUR, 1)).revenue(usd("0")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("planned, spent and revenue must share one currency");
    assertThatThrownBy(
            () -> PerformanceLine.builder().label("X").planned(usd("1")).spent(usd("-1")).revenue(usd("0")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("amounts must not be negative");
  }
}
