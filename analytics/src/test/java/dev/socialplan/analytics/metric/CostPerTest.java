package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CostPerTest {
  private static final Money SIXTY_CENTS = Money.of(CurrencyUnit.USD, 0.60);

  @Test
  void costPerClickWorkedExample() {
    // docs/metrics.md: clicks at $0.20 and $0.40 → $0.30.
    assertThat(CostPer.click(SIXTY_CENTS, 2, RoundingMode.HALF_EVEN))
        .contains(Money.of(CurrencyUnit.USD, 0.30));
  }

  @Test
  void costPerMilleWorkedExample() {
    // docs/metrics.md: $100 ÷ 10,000 × 1,000 → $10.
    assertThat(CostPer.mille(Money.of(CurrencyUnit.USD, 100), 10_000, RoundingMode.UNNECESSARY))
        .contains(Money.of(CurrencyUnit.USD, 10));
  }

  @Test
  void costPerAcquisitionWorkedExample() {
    // docs/metrics.md: conversions at £2 and £4 → £3.
    assertThat(CostPer.acquisition(Money.of(CurrencyUnit.GBP, 6), 2, RoundingMode.UNNECESSARY))
        .contains(Money.of(CurrencyUnit.GBP, 3));
  }

  @Test
  void costPerEngagementWorkedExample() {
    // docs/metrics.md: $5,000 ÷ 2,500 → $2.
    assertThat(CostPer.engagement(Money.of(CurrencyUnit.USD, 5_000), 2_500, RoundingMode.UNNECESSARY))
        .contains(Money.of(CurrencyUnit.USD, 2));
  }

  @Test
  void roundsOnceToTheCurrencyScaleWithTheCallersMode() {
    Money ten = Money.of(CurrencyUnit.USD, 10);
    assertThat(CostPer.click(ten, 3, RoundingMode.HALF_EVEN)).contains(Money.parse("USD 3.33"));
    assertThat(CostPer.click(ten, 3, RoundingMode.UP)).contains(Money.parse("USD 3.34"));
    assertThat(CostPer.click(Money.parse("JPY 1000"), 3, RoundingMode.DOWN))
        .contains(Money.parse("JPY 333"));
    assertThatThrownBy(() -> CostPer.click(ten, 3, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void zeroCountIsUndefined() {
    assertThat(CostPer.click(SIXTY_CENTS, 0, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(CostPer.mille(SIXTY_CENTS, 0, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(CostPer.acquisition(SIXTY_CENTS, 0, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(CostPer.engagement(SIXTY_CENTS, 0, RoundingMode.HALF_EVEN)).isEmpty();
  }

  @Test
  void refusesNegativeCostOrCount() {
    assertThatThrownBy(() -> CostPer.click(Money.parse("USD -1.00"), 2, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost must not be negative: USD -1.00");
    assertThatThrownBy(() -> CostPer.engagement(SIXTY_CENTS, -2, RoundingMode.HALF_EVEN))
        .hasMessage("engagements must not be negative: -2");
  }
}
