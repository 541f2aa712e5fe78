package dev.socialplan.budget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class BudgetRulesTest {
  private static final ValidationContext CONTEXT = ValidationContext.standard();
  private static final LocalDateRange Q2 =
      LocalDateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1));
  private static final Budget TWD_100K = Budget.of(Money.parse("TWD 100000"), Q2);
  private static final StrategyPlan BASE =
      StrategyPlan.builder()
          .brand(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C))
          .addPlatform(PlatformChoice.of(Platform.INSTAGRAM, "visual product"))
          .addPlatform(PlatformChoice.of(Platform.TIKTOK, "short video"))
          .build();

  private static StrategyPlan with(Allocation... allocations) {
    return StrategyPlan.builder()
        .from(BASE)
        .budget(TWD_100K.withAllocations(List.of(allocations)))
        .build();
  }

  @Test
  void allocationsOverTheTotalAreAnErrorWithTheNumbers() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, Money.parse("TWD 70000")),
            Allocation.of(Platform.TIKTOK, Money.parse("TWD 45000")));
    List<Finding> findings = BudgetRules.OVER_TOTAL.check(plan, CONTEXT);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                BudgetRules.BUDGET_OVER_TOTAL,
                "budget.allocations",
                FindingArgument.money("allocated", Money.parse("TWD 115000.00")),
                FindingArgument.money("total", Money.parse("TWD 100000.00")),
                FindingArgument.money("excess", Money.parse("TWD 15000.00"))));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The allocations add up to TWD 115000.00, TWD 15000.00 more than the total of TWD"
                + " 100000.00.");
  }

  @Test
  void allocationsExactlyAtTheTotalPass() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, Money.parse("TWD 55000")),
            Allocation.of(Platform.TIKTOK, Money.parse("TWD 45000")));
    assertThat(BudgetRules.standard().validate(plan).isEmpty()).isTrue();
  }

  @Test
  void mixedCurrenciesAreReportedPerAmount() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, Money.parse("USD 2000")),
            Allocation.of(Platform.TIKTOK, Money.parse("TWD 45000"))
                .withExpectedReturn(Money.parse("EUR 3000")));
    assertThat(BudgetRules.ONE_CURRENCY.check(plan, CONTEXT))
        .containsExactly(
            Finding.of(
                BudgetRules.BUDGET_MIXED_CURRENCIES,
                "budget.allocations[0].amount",
                FindingArgument.money("amount", Money.parse("USD 2000.00")),
                FindingArgument.text("currency", "TWD")),
            Finding.of(
                BudgetRules.BUDGET_MIXED_CURRENCIES,
                "budget.allocations[1].expectedReturn",
                FindingArgument.money("amount", Money.parse("EUR 3000.00")),
                FindingArgument.text("currency", "TWD")));
    // USD is not added to TWD: the TWD allocations alone stay under the total.
    assertThat(BudgetRules.OVER_TOTAL.check(plan, CONTEXT)).isEmpty();
  }

  @Test
  void chosenPlatformWithoutAllocationIsAWarning() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, Money.parse("TWD 50000")),
            Allocation.of(BudgetCategory.TOOLS, Money.parse("TWD 5000")));
    assertThat(BudgetRules.PLATFORMS_FUNDED.check(plan, CONTEXT))
        .containsExactly(
            Finding.of(BudgetRules.BUDGET_PLATFORM_WITHOUT_ALLOCATION, "platforms[1]", FindingArgument.text("platform", "TikTok")));
  }

  @Test
  void returnBelowSpendIsAWarning() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, Money.parse("TWD 30000"))
                .withExpectedReturn(Money.parse("TWD 20000")),
            Allocation.of(Platform.TIKTOK, Money.parse("TWD 10000"))
                .withExpectedReturn(Money.parse("TWD 10000")));
    assertThat(BudgetRules.RETURN_COVERS_SPEND.check(plan, CONTEXT))
        .containsExactly(
            Finding.of(
                BudgetRules.BUDGET_RETURN_BELOW_SPEND,
                "budget.allocations[0].expectedReturn",
                FindingArgument.money("amount", Money.parse("TWD 30000.00")),
                FindingArgument.money("expectedReturn", Money.parse("TWD 20000.00"))));
  }

  @Test
  void silentWithoutABudget() {
    ValidationReport report = BudgetRules.standard().validate(BASE);
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void paidPromotionWithoutAGoalThatMeasuresItsReturnIsAWarning() {
    StrategyPlan plan =
        with(
            Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, Money.parse("TWD 30000")),
            Allocation.of(Platform.TIKTOK, BudgetCategory.CONTENT_CREATION, Money.parse("TWD 10000")));
    List<Finding> findings = BudgetRules.PAID_HAS_ROI_GOAL.check(plan, CONTEXT);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                BudgetRules.BUDGET_PAID_WITHOUT_ROI_GOAL, "budget.allocations[0]", FindingArgument.money("amount", Money.parse("TWD 30000.00"))));
    Goal traffic =
        Goal.builder()
            .name("Site visits")
            .objective(Objective.TRAFFIC)
            .start(LocalDate.of(2025, 4, 1))
            .build();
    StrategyPlan measured = StrategyPlan.builder().from(plan).addGoal(traffic).build();
    assertThat(BudgetRules.PAID_HAS_ROI_GOAL.check(measured, CONTEXT)).isEmpty();
    Goal followers =
        Goal.builder()
            .name("Followers")
            .objective(Objective.AUDIENCE_GROWTH)
            .start(LocalDate.of(2025, 4, 1))
            .build();
    StrategyPlan unmeasured = StrategyPlan.builder().from(plan).addGoal(followers).build();
    assertThat(BudgetRules.PAID_HAS_ROI_GOAL.check(unmeasured, CONTEXT)).hasSize(1);
  }
}
