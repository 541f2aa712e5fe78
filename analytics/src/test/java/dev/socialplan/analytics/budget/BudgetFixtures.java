package dev.socialplan.analytics.budget;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/** A USD 10,000 half-year budget and what was spent against it, shared by this package's tests. */
final class BudgetFixtures {
  static final Budget BUDGET =
      Budget.of(usd("10000"), LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)))
          .plusAllocation(Allocation.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, usd("3000")))
          .plusAllocation(Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, usd("4000")))
          .plusAllocation(Allocation.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, usd("1000")))
          .plusAllocation(Allocation.of(Platform.TIKTOK, BudgetCategory.INFLUENCERS, usd("2000")));

  /** Facebook ROI −20 %, Instagram +200 %, TikTok +100 %; one line in euros. */
  static List<SpendLine> spend() {
    return List.of(
            SpendLine.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, usd("2500"), usd("2000")),
            SpendLine.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, usd("3000"), usd("12000")),
            SpendLine.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, usd("1000"), usd("0")),
            SpendLine.of(Platform.TIKTOK, BudgetCategory.INFLUENCERS, usd("1500"), usd("3000")),
            SpendLine.of(
                Platform.LINKEDIN,
                BudgetCategory.PAID_PROMOTION,
                Money.of(CurrencyUnit.EUR, 100),
                Money.of(CurrencyUnit.EUR, 50)));
  }

  private BudgetFixtures() {}

  static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }
}
