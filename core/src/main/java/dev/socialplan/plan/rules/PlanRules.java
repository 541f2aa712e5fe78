package dev.socialplan.plan.rules;

import dev.socialplan.audience.Audience;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
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
 * What a complete plan still lacks (SPEC PLAN-1, PLAN-3): a draft may leave every part but the brand
 * empty, and these rules name each missing part with the step of the method that fills it.
 *
 * <p>A plan without a chosen platform is an error (SPEC PLAT-5: nothing can be published); the other
 * missing parts are warnings, so a draft stays usable while it is being written.
 */
public final class PlanRules {
  private PlanRules() {}

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

  /**
   * Returns the plan-level rules.
   *
   * @return the rule set of the completeness rules
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(COMPLETENESS));
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
