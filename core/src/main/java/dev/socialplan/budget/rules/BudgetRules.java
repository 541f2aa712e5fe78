package dev.socialplan.budget.rules;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The budget's rules. Each reads the plan's {@link Budget}; a plan without a budget is
 * reported once, by {@code PLAN_NO_BUDGET}, and these rules stay silent.
 *
 * <p>Money is compared only within one currency: socialplan knows no exchange rates, so an amount in
 * another currency than the budget's total is reported by {@link #BUDGET_MIXED_CURRENCIES} and left
 * out of the other comparisons rather than converted.
 */
public final class BudgetRules {
  private BudgetRules() {}

  /** The allocations in the budget's currency add up to more than its total (error). */
  public static final FindingCode BUDGET_OVER_TOTAL =
      FindingCode.of("BUDGET_OVER_TOTAL", Severity.ERROR, MethodStep.BUDGET, MessageBundle.CORE);

  /** An allocation or its expected return is in another currency than the total (error). */
  public static final FindingCode BUDGET_MIXED_CURRENCIES =
      FindingCode.of(
          "BUDGET_MIXED_CURRENCIES", Severity.ERROR, MethodStep.BUDGET, MessageBundle.CORE);

  /** A chosen platform has no allocation (warning). */
  public static final FindingCode BUDGET_PLATFORM_WITHOUT_ALLOCATION =
      FindingCode.of(
          "BUDGET_PLATFORM_WITHOUT_ALLOCATION",
          Severity.WARNING,
          MethodStep.BUDGET,
          MessageBundle.CORE);

  /** An allocation is expected to return less than it costs (warning). */
  public static final FindingCode BUDGET_RETURN_BELOW_SPEND =
      FindingCode.of(
          "BUDGET_RETURN_BELOW_SPEND", Severity.WARNING, MethodStep.BUDGET, MessageBundle.CORE);

  /** Paid promotion is planned but no goal measures its return (warning). */
  public static final FindingCode BUDGET_PAID_WITHOUT_ROI_GOAL =
      FindingCode.of(
          "BUDGET_PAID_WITHOUT_ROI_GOAL", Severity.WARNING, MethodStep.BUDGET, MessageBundle.CORE);

  /**
   * The objectives whose goals measure the return of paid promotion: traffic, leads, conversions
   * and revenue (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021): measure ads by clicks, conversions and return on investment).
   */
  private static final Set<Objective> ROI_OBJECTIVES =
      EnumSet.of(Objective.TRAFFIC, Objective.LEADS, Objective.CONVERSIONS, Objective.REVENUE);

  /** Allocations over the total, in the budget's currency. */
  public static final Rule<StrategyPlan> OVER_TOTAL =
      Rule.of("budget.overTotal", List.of(BUDGET_OVER_TOTAL), BudgetRules::overTotal);

  /** Every amount in the budget's currency. */
  public static final Rule<StrategyPlan> ONE_CURRENCY =
      Rule.of("budget.oneCurrency", List.of(BUDGET_MIXED_CURRENCIES), BudgetRules::oneCurrency);

  /** Every chosen platform has an allocation. */
  public static final Rule<StrategyPlan> PLATFORMS_FUNDED =
      Rule.of(
          "budget.platformsFunded",
          List.of(BUDGET_PLATFORM_WITHOUT_ALLOCATION),
          BudgetRules::platformsFunded);

  /** "Do not invest more than you gain": no allocation expected to return less than it costs. */
  public static final Rule<StrategyPlan> RETURN_COVERS_SPEND =
      Rule.of(
          "budget.returnCoversSpend", List.of(BUDGET_RETURN_BELOW_SPEND), BudgetRules::returns);

  /** Paid promotion comes with a traffic, leads, conversions or revenue goal to measure it by. */
  public static final Rule<StrategyPlan> PAID_HAS_ROI_GOAL =
      Rule.of(
          "budget.paidHasRoiGoal", List.of(BUDGET_PAID_WITHOUT_ROI_GOAL), BudgetRules::paidRoi);

  /**
   * Returns the budget's rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(
        List.of(OVER_TOTAL, ONE_CURRENCY, PLATFORMS_FUNDED, RETURN_COVERS_SPEND, PAID_HAS_ROI_GOAL));
  }

  private static List<Finding> overTotal(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty()) {
      return List.of();
    }
    Budget budget = plan.budget().get();
    Money allocated = budget.allocated().amount(budget.currency());
    return allocated.isGreaterThan(budget.total())
        ? List.of(
            Finding.of(
                BUDGET_OVER_TOTAL,
                "budget.allocations",
                FindingArgument.money("allocated", allocated),
                FindingArgument.money("total", budget.total()),
                FindingArgument.money("excess", allocated.minus(budget.total()))))
        : List.of();
  }

  private static List<Finding> oneCurrency(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty()) {
      return List.of();
    }
    Budget budget = plan.budget().get();
    CurrencyUnit currency = budget.currency();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < budget.allocations().size(); i++) {
      Allocation a = budget.allocations().get(i);
      String path = "budget.allocations[" + i + "]";
      if (!a.amount().getCurrencyUnit().equals(currency)) {
        out.add(Finding.of(BUDGET_MIXED_CURRENCIES, path + ".amount", FindingArgument.money("amount", a.amount()), FindingArgument.text("currency", currency.getCode())));
      }
      a.expectedReturn()
          .filter(r -> !r.getCurrencyUnit().equals(currency))
          .ifPresent(
              r ->
                  out.add(
                      Finding.of(BUDGET_MIXED_CURRENCIES, path + ".expectedReturn", FindingArgument.money("amount", r), FindingArgument.text("currency", currency.getCode()))));
    }
    return out;
  }

  private static List<Finding> platformsFunded(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty()) {
      return List.of();
    }
    Budget budget = plan.budget().get();
    List<Finding> out = new ArrayList<>();
    List<Platform> chosen = plan.chosenPlatforms();
    for (int i = 0; i < chosen.size(); i++) {
      if (!hasAllocation(budget, chosen.get(i))) {
        out.add(
            Finding.of(
                BUDGET_PLATFORM_WITHOUT_ALLOCATION,
                "platforms[" + i + "]",
                FindingArgument.text("platform", chosen.get(i).displayName())));
      }
    }
    return out;
  }

  /** Whether some allocation goes to the platform, as {@code !allocatedTo(p).isEmpty()} but unsummed. */
  private static boolean hasAllocation(Budget budget, Platform platform) {
    for (Allocation a : budget.allocations()) {
      if (a.platform().isPresent() && a.platform().get().equals(platform)) {
        return true;
      }
    }
    return false;
  }

  private static List<Finding> returns(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty()) {
      return List.of();
    }
    List<Allocation> allocations = plan.budget().get().allocations();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      if (a.isExpectedToLose()) {
        out.add(
            Finding.of(
                BUDGET_RETURN_BELOW_SPEND,
                "budget.allocations[" + i + "].expectedReturn",
                FindingArgument.money("amount", a.amount()),
                FindingArgument.money("expectedReturn", a.expectedReturn().orElseThrow())));
      }
    }
    return out;
  }

  private static List<Finding> paidRoi(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty()
        || plan.goals().stream().anyMatch(g -> ROI_OBJECTIVES.contains(g.objective()))) {
      return List.of();
    }
    List<Allocation> allocations = plan.budget().get().allocations();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      if (a.category().filter(BudgetCategory.PAID_PROMOTION::equals).isPresent()
          && a.amount().isPositive()) {
        out.add(
            Finding.of(
                BUDGET_PAID_WITHOUT_ROI_GOAL, "budget.allocations[" + i + "]", FindingArgument.money("amount", a.amount())));
      }
    }
    return out;
  }
}
