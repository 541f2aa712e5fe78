package dev.socialplan.plan.rules;

import dev.socialplan.audience.rules.AudienceRules;
import dev.socialplan.budget.rules.BudgetRules;
import dev.socialplan.competition.rules.CompetitionRules;
import dev.socialplan.content.rules.ContentRules;
import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.rules.TacticRules;
import dev.socialplan.validation.RuleSet;

/**
 * The standard validation of a {@link StrategyPlan} (SPEC PLAN-2): every rule of every concept in
 * socialplan-core, in one {@link RuleSet}.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.standard().validate(plan, clock);
 * List<String> todo = new ArrayList<>();
 * for (Finding f : report.whatToDoNext()) {
 *   todo.add(f.message(Locale.ENGLISH) + " " + f.hint(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>The returned set is immutable and thread-safe; compose it like any rule set ({@code
 * without(codes)}, {@code with(rule)}, {@code withSettings(settings)}). Its {@link RuleSet#codes()}
 * are socialplan-core's code registry, which {@code docs/rules.md} documents.
 */
public final class PlanValidator {
  private static final RuleSet<StrategyPlan> STANDARD =
      RuleSet.<StrategyPlan>empty()
          .withAll(PlanRules.standard())
          .withAll(GoalRules.standard())
          .withAll(AudienceRules.standard())
          .withAll(CompetitionRules.standard())
          .withAll(PlatformRules.standard())
          .withAll(ContentRules.standard())
          .withAll(TacticRules.standard())
          .withAll(BudgetRules.standard());

  private PlanValidator() {}

  /**
   * Returns the standard rule set over strategy plans: the plan's completeness and every concept's
   * rules.
   *
   * @return the standard rule set, with default settings
   */
  public static RuleSet<StrategyPlan> standard() {
    return STANDARD;
  }
}
