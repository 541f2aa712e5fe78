package dev.socialplan.goal.rules;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goals' rules (method step 1): the SMART assessment of each goal (see {@link
 * SmartAssessment} for how each letter is judged), conflicting and duplicate goals, a target
 * that is no improvement on the baseline, and a metric that does not fit the objective.
 */
public final class GoalRules {
  private GoalRules() {}

  /**
   * How far the required monthly pace may go beyond the best month of the goal's growth reference,
   * as a fraction of that month: 0.2 (20 %) by default, 0 to 10.
   */
  public static final Setting<Double> ACHIEVABLE_TOLERANCE =
      Setting.of(
          "goal.achievableTolerance",
          Double.class,
          0.2,
          "how far the required monthly pace may exceed the best month of the growth reference, as"
              + " a fraction of it",
          v -> Double.isFinite(v) && v >= 0 && v <= 10,
          "a number from 0 to 10");

  /** S: the goal names no metric or no target (warning). */
  public static final FindingCode GOAL_NOT_SPECIFIC = code("GOAL_NOT_SPECIFIC", Severity.WARNING);

  /** M: the goal has no metric or no baseline to measure from (warning). */
  public static final FindingCode GOAL_NOT_MEASURABLE =
      code("GOAL_NOT_MEASURABLE", Severity.WARNING);

  /** A: the required pace is beyond the growth reference plus the tolerance (warning). */
  public static final FindingCode GOAL_NOT_ACHIEVABLE =
      code("GOAL_NOT_ACHIEVABLE", Severity.WARNING);

  /** A: the goal has a required pace but no history or benchmark to compare it with (info). */
  public static final FindingCode GOAL_ACHIEVABILITY_UNKNOWN =
      code("GOAL_ACHIEVABILITY_UNKNOWN", Severity.INFO);

  /** R: the goal is linked to no business objective (warning). */
  public static final FindingCode GOAL_NOT_RELEVANT = code("GOAL_NOT_RELEVANT", Severity.WARNING);

  /** R: the goal names a business objective the plan does not have (error). */
  public static final FindingCode GOAL_UNKNOWN_BUSINESS_OBJECTIVE =
      code("GOAL_UNKNOWN_BUSINESS_OBJECTIVE", Severity.ERROR);

  /** T: the goal has no deadline (warning). */
  public static final FindingCode GOAL_NOT_TIME_BOUND =
      code("GOAL_NOT_TIME_BOUND", Severity.WARNING);

  /** T: the deadline is the start date, leaving no time at all (error). */
  public static final FindingCode GOAL_DEADLINE_NOT_AFTER_START =
      code("GOAL_DEADLINE_NOT_AFTER_START", Severity.ERROR);

  /** T: the deadline is today or already past on the validation's clock (warning). */
  public static final FindingCode GOAL_DEADLINE_PASSED =
      code("GOAL_DEADLINE_PASSED", Severity.WARNING);

  /** The target is no improvement on the baseline for the metric's direction (warning). */
  public static final FindingCode GOAL_TARGET_NO_IMPROVEMENT =
      code("GOAL_TARGET_NO_IMPROVEMENT", Severity.WARNING);

  /** Two goals on the same metric and platform, overlapping in time, with different targets. */
  public static final FindingCode GOAL_CONFLICT = code("GOAL_CONFLICT", Severity.WARNING);

  /** Two goals on the same metric and platform, overlapping in time, with the same target. */
  public static final FindingCode GOAL_DUPLICATE = code("GOAL_DUPLICATE", Severity.WARNING);

  /** The goal's metric is not one its objective suggests (warning). */
  public static final FindingCode GOAL_METRIC_NOT_FITTING =
      code("GOAL_METRIC_NOT_FITTING", Severity.WARNING);

  /** Each goal's SMART assessment: one finding per letter not met (or not judgeable). */
  public static final Rule<StrategyPlan> SMART =
      Rule.of(
          "goal.smart",
          List.of(
              GOAL_NOT_SPECIFIC,
              GOAL_NOT_MEASURABLE,
              GOAL_NOT_ACHIEVABLE,
              GOAL_ACHIEVABILITY_UNKNOWN,
              GOAL_NOT_RELEVANT,
              GOAL_UNKNOWN_BUSINESS_OBJECTIVE,
              GOAL_NOT_TIME_BOUND,
              GOAL_DEADLINE_NOT_AFTER_START,
              GOAL_DEADLINE_PASSED),
          List.of(ACHIEVABLE_TOLERANCE),
          GoalRules::smart);

  /** The target improves on the baseline in the metric's direction. */
  public static final Rule<StrategyPlan> IMPROVEMENT =
      Rule.of("goal.improvement", List.of(GOAL_TARGET_NO_IMPROVEMENT), GoalRules::improvement);

  /** No two goals pursue the same metric on the same platform at the same time. */
  public static final Rule<StrategyPlan> NO_OVERLAP =
      Rule.of("goal.noOverlap", List.of(GOAL_CONFLICT, GOAL_DUPLICATE), GoalRules::overlaps);

  /** The metric is one the objective suggests. */
  public static final Rule<StrategyPlan> METRIC_FITS =
      Rule.of("goal.metricFits", List.of(GOAL_METRIC_NOT_FITTING), GoalRules::metricFits);

  /**
   * Returns the goals' rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(SMART, IMPROVEMENT, NO_OVERLAP, METRIC_FITS));
  }

  private static FindingCode code(String name, Severity severity) {
    return FindingCode.of(name, severity, MethodStep.GOALS, MessageBundle.CORE);
  }

  private static List<Finding> smart(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    for (SmartAssessment a : SmartAssessment.forPlan(plan, context)) {
      out.addAll(a.findings());
    }
    return out;
  }

  private static List<Finding> improvement(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      if (g.metric().isEmpty() || g.requiredChange().isEmpty()) {
        continue;
      }
      int change = g.requiredChange().get().signum();
      boolean improves = g.metric().get().higherIsBetter() ? change > 0 : change < 0;
      if (!improves) {
        out.add(
            Finding.of(
                GOAL_TARGET_NO_IMPROVEMENT,
                "goals[" + i + "].target",
                FindingArgument.text("goal", g.name()),
                FindingArgument.text("target", g.target().orElseThrow().toString()),
                FindingArgument.text("baseline", g.baseline().orElseThrow().toString()),
                FindingArgument.text("metric", g.metric().get().displayName())));
      }
    }
    return out;
  }

  private static List<Finding> overlaps(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Goal> goals = plan.goals();
    for (int j = 1; j < goals.size(); j++) {
      Goal later = goals.get(j);
      if (later.metric().isEmpty()) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        Goal earlier = goals.get(i);
        if (earlier.metric().equals(later.metric())
            && earlier.platform().equals(later.platform())
            && overlap(earlier, later)) {
          FindingCode code =
              sameTarget(earlier.target(), later.target()) ? GOAL_DUPLICATE : GOAL_CONFLICT;
          out.add(
              Finding.of(
                  code,
                  "goals[" + j + "]",
                  FindingArgument.text("goal", later.name()),
                  FindingArgument.text("otherGoal", earlier.name()),
                  FindingArgument.integer("otherIndex", i),
                  FindingArgument.text("metric", later.metric().get().displayName())));
        }
      }
    }
    return out;
  }

  /**
   * Whether two targets ask for the same value: both absent, or of the same kind (and currency)
   * with equal magnitudes. Rates are compared by value, so 5/100 and 1/20 are one target although
   * the two {@code Ratio}s are not equal.
   */
  private static boolean sameTarget(Optional<Target> a, Optional<Target> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().isSameKindAs(b.get()) && a.get().magnitude().compareTo(b.get().magnitude()) == 0;
  }

  /** Half-open periods [start, deadline); no deadline means open-ended. */
  private static boolean overlap(Goal a, Goal b) {
    LocalDate aEnd = a.deadline().orElse(LocalDate.MAX);
    LocalDate bEnd = b.deadline().orElse(LocalDate.MAX);
    return a.start().isBefore(bEnd) && b.start().isBefore(aEnd) && a.start().isBefore(aEnd)
        && b.start().isBefore(bEnd);
  }

  private static List<Finding> metricFits(StrategyPlan plan, ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      if (g.metric().isEmpty()) {
        continue;
      }
      MetricKind metric = g.metric().get();
      // A custom metric is never among the suggestions; whether it fits cannot be judged.
      if (metric.isWellKnown() && !g.objective().fits(metric)) {
        out.add(
            Finding.of(
                GOAL_METRIC_NOT_FITTING,
                "goals[" + i + "].metric",
                FindingArgument.text("goal", g.name()),
                FindingArgument.text("metric", metric.displayName()),
                FindingArgument.text("objective", SmartAssessment.label(g.objective().name())),
                FindingArgument.text("suggestedMetric", g.objective().primaryMetric().displayName())));
      }
    }
    return out;
  }
}
