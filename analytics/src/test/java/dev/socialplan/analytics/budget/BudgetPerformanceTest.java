package dev.socialplan.analytics.budget;

import static dev.socialplan.analytics.budget.BudgetFixtures.BUDGET;
import static dev.socialplan.analytics.budget.BudgetFixtures.spend;
import static dev.socialplan.analytics.budget.BudgetFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BudgetPerformanceTest {
  private static BudgetPerformance performance() {
    return BudgetPerformance.of(BUDGET, spend());
  }

  @Test
  void totalAgainstTheBudget() {
    // Spent 2,500 + 3,000 + 1,000 + 1,500 = 8,000 of 10,000; revenue 17,000; ROI 9,000 / 8,000.
    PerformanceLine total = performance().total();
    assertThat(total.label()).isEqualTo("total");
    assertThat(total.planned()).isEqualTo(usd("10000"));
    assertThat(total.spent()).isEqualTo(usd("8000"));
    assertThat(total.revenue()).isEqualTo(usd("17000"));
    assertThat(total.remaining()).isEqualTo(usd("2000"));
    assertThat(total.roi().value().getAsDouble()).isCloseTo(1.125, within(1e-15));
    assertThat(total.roas().value().getAsDouble()).isCloseTo(2.125, within(1e-15));
  }

  @Test
  void perPlatformInAllocationOrder() {
    List<PerformanceLine> lines = performance().byPlatform();
    assertThat(lines).extracting(PerformanceLine::label).containsExactly("Facebook", "Instagram", "TikTok", "LinkedIn");
    PerformanceLine instagram = lines.get(1);
    assertThat(instagram.platform()).contains(Platform.INSTAGRAM);
    assertThat(instagram.planned()).isEqualTo(usd("5000"));
    assertThat(instagram.spent()).isEqualTo(usd("4000"));
    assertThat(instagram.revenue()).isEqualTo(usd("12000"));
    assertThat(instagram.roi().value().getAsDouble()).isCloseTo(2.0, within(1e-15));
    assertThat(lines.get(0).roi().value().getAsDouble()).isCloseTo(-0.2, within(1e-15));
    // LinkedIn was only spent on in euros: nothing in dollars, so no return to compare.
    assertThat(lines.get(3).spent()).isEqualTo(usd("0"));
    assertThat(lines.get(3).roi().isDefined()).isFalse();
  }

  @Test
  void perCategoryInCategoryOrder() {
    List<PerformanceLine> lines = performance().byCategory();
    assertThat(lines).extracting(PerformanceLine::category)
        .containsExactly(
            java.util.Optional.of(BudgetCategory.CONTENT_CREATION),
            java.util.Optional.of(BudgetCategory.PAID_PROMOTION),
            java.util.Optional.of(BudgetCategory.INFLUENCERS));
    PerformanceLine paid = lines.get(1);
    assertThat(paid.label()).isEqualTo("Paid promotion");
    assertThat(paid.planned()).isEqualTo(usd("7000"));
    assertThat(paid.spent()).isEqualTo(usd("5500"));
    assertThat(paid.revenue()).isEqualTo(usd("14000"));
  }

  @Test
  void linesInAnotherCurrencyAreListedNotSummed() {
    assertThat(performance().otherCurrencyLines()).containsExactly(spend().get(4));
    assertThat(performance().currency()).isEqualTo(CurrencyUnit.USD);
  }

  @Test
  void suggestsMovingTwentyPercentFromTheLowestToTheHighestReturn() {
    Reallocation move = performance().suggestReallocation(Breakdown.PLATFORM);
    assertThat(move.donor()).contains("Facebook");
    assertThat(move.recipient()).contains("Instagram");
    // 20 % of Facebook's USD 2,500 spend.
    assertThat(move.amount()).isEqualTo(usd("500"));
    assertThat(move.reasoning())
        .isEqualTo(
            "Move USD 500.00 (20% of its USD 2,500.00 spend) from Facebook to Instagram. Each USD 1.00"
                + " spent on Instagram brought in USD 3.00 (ROI 200%, ROAS 3.00), on Facebook USD 0.80"
                + " (ROI −20%, ROAS 0.80). Spending on Facebook loses money: do not invest more than"
                + " you gain. The move is capped at 20% so its effect can be measured: returns usually"
                + " fall as spend on a channel grows, so compare again after the next period before"
                + " moving more.");
    Reallocation byCategory = performance().suggestReallocation(Breakdown.CATEGORY, ReallocationPolicy.cappedAt(0.5));
    assertThat(byCategory.donor()).contains("Content creation");
    assertThat(byCategory.recipient()).contains("Paid promotion");
    assertThat(byCategory.amount()).isEqualTo(usd("500"));
  }

  @Test
  void theAmountIsRoundedDownToTheMinorUnit() {
    Budget yen = Budget.of(Money.ofMajor(CurrencyUnit.JPY, 10_000), BUDGET.period());
    BudgetPerformance p =
        BudgetPerformance.of(
            yen,
            List.of(
                SpendLine.of(Platform.X, BudgetCategory.PAID_PROMOTION, Money.ofMajor(CurrencyUnit.JPY, 1_001), Money.ofMajor(CurrencyUnit.JPY, 500)),
                SpendLine.of(Platform.of("line", "LINE"), BudgetCategory.PAID_PROMOTION, Money.ofMajor(CurrencyUnit.JPY, 1_000), Money.ofMajor(CurrencyUnit.JPY, 3_000))));
    // 20 % of ¥1,001 is ¥200.2 → ¥200.
    assertThat(p.suggestReallocation(Breakdown.PLATFORM).amount()).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 200));
    BudgetPerformance cents =
        BudgetPerformance.of(
            BUDGET,
            List.of(
                SpendLine.of(Platform.X, BudgetCategory.TOOLS, usd("333.33"), usd("100")),
                SpendLine.of(Platform.FACEBOOK, BudgetCategory.TOOLS, usd("100"), usd("300"))));
    // 20 % of 333.33 is 66.666 → 66.66.
    assertThat(cents.suggestReallocation(Breakdown.PLATFORM).amount()).isEqualTo(usd("66.66"));
  }

  @Test
  void noMoveWithoutTwoLinesWithSpendOrWhenReturnsAreClose() {
    BudgetPerformance single =
        BudgetPerformance.of(BUDGET, List.of(SpendLine.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, usd("100"), usd("90"))));
    Reallocation none = single.suggestReallocation(Breakdown.PLATFORM);
    assertThat(none.isMove()).isFalse();
    assertThat(none.amount()).isEqualTo(usd("0"));
    assertThat(none.reasoning())
        .isEqualTo("No move suggested: comparing returns needs spend on at least two platforms, and 1 had any.");
    Reallocation close = performance().suggestReallocation(Breakdown.PLATFORM, new ReallocationPolicy(0.2, 3.0));
    assertThat(close.isMove()).isFalse();
    assertThat(close.reasoning())
        .isEqualTo(
            "No move suggested: the returns per platform are too close to act on (ROI from −20% on"
                + " Facebook to 200% on Instagram; a gap above 300 points is required).");
  }

  @Test
  void anEmptyBudgetPerformsAtZero() {
    Budget empty = Budget.of(usd("0"), BUDGET.period()).plusAllocation(Allocation.of(Platform.X, usd("0")));
    BudgetPerformance p = BudgetPerformance.of(empty, List.of());
    assertThat(p.total().spent()).isEqualTo(usd("0"));
    assertThat(p.byPlatform()).hasSize(1);
    assertThat(p.byCategory()).isEmpty();
  }
}
