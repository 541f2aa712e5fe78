package dev.socialplan.plan.rules;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.rules.AudienceRules;
import dev.socialplan.budget.rules.BudgetRules;
import dev.socialplan.competition.rules.CompetitionRules;
import dev.socialplan.content.rules.ContentRules;
import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.rules.TacticRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules over a whole {@link StrategyPlan}: what a complete plan still lacks, and, through {@link
 * #standard()}, every concept's rules in one {@link RuleSet}.
 *
 * <p>A draft may leave every part but the brand empty; {@link #COMPLETENESS} names each missing part
 * with the step of the method that fills it. A plan without a chosen platform is an error (nothing
 * can be published); the other missing parts are warnings, so a draft stays usable while it is
 * being written.
 *
 * <pre>{@code
 * ValidationReport report = PlanRules.standard().validate(plan, clock);
 * List<String> todo = new ArrayList<>();
 * for (Finding f : report.whatToDoNext()) {
 *   todo.add(f.message(Locale.ENGLISH) + " " + f.hint(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>Like every {@code XRules.standard()}, {@link #standard()} returns the standard rule set over
 * its subject, immutable and thread-safe; compose it like any rule set ({@code without(codes)},
 * {@code with(rule)}, {@code withSettings(settings)}). Its {@link RuleSet#codes()} are
 * socialplan-core's code registry, which {@code docs/rules.md} documents.
 */
public final class PlanRules {

  /** The plan names no business objective for its goals to serve (warning, step 1). */
  public static final FindingCode PLAN_NO_BUSINESS_OBJECTIVES =
      FindingCode.of(
          "PLAN_NO_BUSINESS_OBJECTIVES", Severity.WARNING, MethodStep.GOALS, MessageBundle.CORE);

  /** The plan has no goal (warning, step 1). */
  public static final FindingCode PLAN_NO_GOALS =
      FindingCode.of("PLAN_NO_GOALS", Severity.WARNING, MethodStep.GOALS, MessageBundle.CORE);

  /** The plan has no audience, or an audience without personas (warning, step 2). */
  public static final FindingCode PLAN_NO_AUDIENCE =
      FindingCode.of("PLAN_NO_AUDIENCE", Severity.WARNING, MethodStep.AUDIENCE, MessageBundle.CORE);

  /** No platform is chosen (error, step 3). */
  public static final FindingCode PLAN_NO_PLATFORM =
      FindingCode.of("PLAN_NO_PLATFORM", Severity.ERROR, MethodStep.PLATFORMS, MessageBundle.CORE);

  /** No budget is set (warning, step 5). */
  public static final FindingCode PLAN_NO_BUDGET =
      FindingCode.of("PLAN_NO_BUDGET", Severity.WARNING, MethodStep.BUDGET, MessageBundle.CORE);

  /** The plan lists no competitor (warning, step 4). */
  public static final FindingCode PLAN_NO_COMPETITORS =
      FindingCode.of(
          "PLAN_NO_COMPETITORS", Severity.WARNING, MethodStep.COMPETITORS, MessageBundle.CORE);

  /** The plan has no content strategy (warning, step 6). */
  public static final FindingCode PLAN_NO_CONTENT_STRATEGY =
      FindingCode.of(
          "PLAN_NO_CONTENT_STRATEGY", Severity.WARNING, MethodStep.CONTENT, MessageBundle.CORE);

  /** Reports each part of the plan that is still missing. */
  public static final Rule<StrategyPlan> COMPLETENESS =
      Rule.of(
          "plan.completeness",
          List.of(
              PLAN_NO_BUSINESS_OBJECTIVES,
              PLAN_NO_GOALS,
              PLAN_NO_AUDIENCE,
              PLAN_NO_PLATFORM,
              PLAN_NO_COMPETITORS,
              PLAN_NO_BUDGET,
              PLAN_NO_CONTENT_STRATEGY),
          PlanRules::missing);

  // Declared after COMPLETENESS: static fields initialise in textual order.
  private static final RuleSet<StrategyPlan> STANDARD =
      RuleSet.<StrategyPlan>empty()
          .with(COMPLETENESS)
          .withAll(GoalRules.standard())
          .withAll(AudienceRules.standard())
          .withAll(CompetitionRules.standard())
          .withAll(PlatformRules.standard())
          .withAll(ContentRules.standard())
          .withAll(TacticRules.standard())
          .withAll(BudgetRules.standard());

  private PlanRules() {}

  /**
   * Returns the standard rule set over strategy plans: the plan's {@link #COMPLETENESS} and the
   * standard rules of every concept of socialplan-core (goals, audience, competition, platforms,
   * content, tactics, budget).
   *
   * @return the standard rule set, with standard settings; the same instance on every call
   */
  public static RuleSet<StrategyPlan> standard() {
    return STANDARD;
  }

  private static List<Finding> missing(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    if (plan.businessObjectives().isEmpty()) {
      out.add(Finding.of(PLAN_NO_BUSINESS_OBJECTIVES, "businessObjectives"));
    }
    if (plan.goals().isEmpty()) {
      out.add(Finding.of(PLAN_NO_GOALS, "goals"));
    }
    if (plan.audience().map(Audience::isEmpty).orElse(true)) {
      out.add(Finding.of(PLAN_NO_AUDIENCE, "audience"));
    }
    if (plan.competitors().isEmpty()) {
      out.add(Finding.of(PLAN_NO_COMPETITORS, "competitors"));
    }
    if (plan.content().isEmpty()) {
      out.add(Finding.of(PLAN_NO_CONTENT_STRATEGY, "content"));
    }
    if (plan.platforms().isEmpty()) {
      out.add(Finding.of(PLAN_NO_PLATFORM, "platforms"));
    }
    if (plan.budget().isEmpty()) {
      out.add(Finding.of(PLAN_NO_BUDGET, "budget"));
    }
    return out;
  }
}
