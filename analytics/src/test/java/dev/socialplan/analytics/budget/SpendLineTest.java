package dev.socialplan.analytics.budget;

import static dev.socialplan.analytics.budget.BudgetFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SpendLineTest {
  @Test
  void keepsItsParts() {
    SpendLine line = SpendLine.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, usd("3000"), usd("12000"));
    assertThat(line.platform()).contains(Platform.INSTAGRAM);
    assertThat(line.category()).contains(BudgetCategory.PAID_PROMOTION);
    assertThat(line.spend()).isEqualTo(usd("3000"));
    assertThat(line.revenue()).isEqualTo(usd("12000"));
    assertThat(SpendLine.builder().category(BudgetCategory.TOOLS).spend(usd("10")).revenue(usd("0")).build().platform())
        .isEmpty();
  }

  @Test
  void refusesImpossibleLines() {
    assertThatThrownBy(() -> SpendLine.builder().spend(usd("1")).revenue(usd("1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a spend line must name a platform, a category or both");
    assertThatThrownBy(() -> SpendLine.of(Platform.X, BudgetCategory.TOOLS, usd("-1"), usd("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spend must not be negative: USD -1.00");
    assertThatThrownBy(
            () -> SpendLine.of(Platform.X, BudgetCategory.TOOLS, usd("1"), Money.of(CurrencyUnit.EUR, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue must be in the spend's currency USD: EUR 1.00");
  }
}
