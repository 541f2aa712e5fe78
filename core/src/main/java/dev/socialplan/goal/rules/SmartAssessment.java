package dev.socialplan.goal.rules;

import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMART assessment of one goal of a plan: a verdict and a reason for each letter.
 *
 * <ul>
 *   <li><b>Specific</b>: the objective (always set), the metric, the target and the scope are
 *       named. The scope is the platform the goal is for or, for a goal that names none, {@link
 *       Goal#acrossAllPlatforms()}: a goal that says neither does not say where it applies.
 *   <li><b>Measurable</b>: the metric is named and a baseline gives the value to measure from.
 *   <li><b>Achievable</b>: the required change per month ({@link Goal#requiredMonthlyPace()}) is
 *       compared with the goal's {@link GrowthReference}. For a goal that raises its metric, the pace
 *       may exceed the best month of the reference (its {@linkplain GrowthReference#highest() highest}
 *       change, the high end of a benchmark) by at most the tolerance {@link
 *       GoalRules#ACHIEVABLE_TOLERANCE} (a fraction of that best month, 0.2 by default); for a goal
 *       that lowers its metric, the pace may go below the reference's lowest change by at most the
 *       same fraction. The strategy guide's "+400 Instagram followers a month" is achievable for an
 *       account that grew 300, 450 and 500 a month (best month 500) and not for one that grew 20, 18
 *       and 25 (at most 30 a month with the default tolerance). Without a pace (no target, baseline
 *       or deadline) or without a reference the verdict is {@link SmartVerdict#UNKNOWN}.
 *   <li><b>Relevant</b>: the goal names a business objective, and the plan has it.
 *   <li><b>Time-bound</b>: a deadline is set, after the start, and, when the validation has a clock,
 *       after today in the plan's time zone (UTC when the plan has none).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SmartAssessment {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int goalIndex;
  private final String goalName;
  private final List<SmartCheck> checks;

  private SmartAssessment(int goalIndex, String goalName, List<SmartCheck> checks) {
    this.goalIndex = goalIndex;
    this.goalName = goalName;
    this.checks = checks;
  }

  /**
   * Assesses every goal of a plan, in the plan's order.
   *
   * @param plan the plan
   * @param context the settings (the tolerance) and the optional clock
   * @return one assessment per goal, unmodifiable
   */
  public static List<SmartAssessment> forPlan(StrategyPlan plan, ValidationContext context) {
    Checks.notNull(plan, "plan");
    Checks.notNull(context, "context");
    List<SmartAssessment> out = new ArrayList<>(plan.goals().size());
    for (int i = 0; i < plan.goals().size(); i++) {
      out.add(of(plan, i, context));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Assesses one goal of a plan.
   *
   * @param plan the plan (its business objectives and time zone are read)
   * @param goalIndex the goal's index in {@link StrategyPlan#goals()}
   * @param context the settings (the tolerance) and the optional clock
   * @return the assessment
   * @throws IndexOutOfBoundsException if the plan has no goal at that index
   */
  public static SmartAssessment of(StrategyPlan plan, int goalIndex, ValidationContext context) {
    Checks.notNull(plan, "plan");
    Checks.notNull(context, "context");
    Goal goal = plan.goals().get(goalIndex);
    String path = "goals[" + goalIndex + "]";
    List<SmartCheck> checks =
        List.of(
            specific(goal, path),
            measurable(goal, path),
            achievable(goal, path, context.setting(GoalRules.ACHIEVABLE_TOLERANCE)),
            relevant(goal, path, plan),
            timeBound(goal, path, plan, context));
    return new SmartAssessment(goalIndex, goal.name(), checks);
  }

  /**
   * Returns the index of the goal in the plan.
   *
   * @return the index
   */
  public int goalIndex() {
    return goalIndex;
  }

  /**
   * Returns the goal's name.
   *
   * @return the name
   */
  public String goalName() {
    return goalName;
  }

  /**
   * Returns the five checks, in the order S, M, A, R, T.
   *
   * @return the checks, unmodifiable
   */
  public List<SmartCheck> checks() {
    return checks;
  }

  /**
   * Returns the check of one letter.
   *
   * @param letter the letter
   * @return its check
   */
  public SmartCheck check(SmartLetter letter) {
    return checks.get(Checks.notNull(letter, "letter").ordinal());
  }

  /**
   * Tells whether the goal meets every letter.
   *
   * @return true if all five verdicts are {@link SmartVerdict#MET}
   */
  public boolean isSmart() {
    return checks.stream().allMatch(c -> c.verdict() == SmartVerdict.MET);
  }

  /**
   * Returns how many letters the goal meets.
   *
   * @return 0 to 5
   */
  public int score() {
    return (int) checks.stream().filter(c -> c.verdict() == SmartVerdict.MET).count();
  }

  /**
   * Returns the findings of the checks, in the order S, M, A, R, T.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    checks.forEach(c -> c.finding().ifPresent(out::add));
    return Collections.unmodifiableList(out);
  }

  private static SmartCheck specific(Goal goal, String path) {
    List<String> missing = new ArrayList<>();
    if (goal.metric().isEmpty()) {
      missing.add("metric");
    }
    if (goal.target().isEmpty()) {
      missing.add("target");
    }
    if (!goal.hasScope()) {
      missing.add("scope");
    }
    if (!missing.isEmpty()) {
      return SmartCheck.of(
          SmartLetter.SPECIFIC,
          SmartVerdict.NOT_MET,
          Finding.of(GoalRules.GOAL_NOT_SPECIFIC, path, FindingArgument.text("goal", goal.name()), FindingArgument.text("missing", String.join(", ", missing))));
    }
    if (goal.platform().isPresent()) {
      return SmartCheck.of(
          SmartLetter.SPECIFIC,
          SmartVerdict.MET,
          "specific.met",
          label(goal.objective().name()),
          goal.metric().orElseThrow().displayName(),
          // The target itself, not its text: the reason is formatted only when someone reads it.
          goal.target().orElseThrow(),
          goal.platform().get().displayName());
    }
    return SmartCheck.of(
        SmartLetter.SPECIFIC,
        SmartVerdict.MET,
        "specific.metAllPlatforms",
        label(goal.objective().name()),
        goal.metric().orElseThrow().displayName(),
        goal.target().orElseThrow());
  }

  private static SmartCheck measurable(Goal goal, String path) {
    if (goal.metric().isEmpty() || goal.baseline().isEmpty()) {
      String field = goal.baseline().isEmpty() ? "baseline" : "metric";
      return SmartCheck.of(
          SmartLetter.MEASURABLE,
          SmartVerdict.NOT_MET,
          Finding.of(GoalRules.GOAL_NOT_MEASURABLE, path + "." + field, FindingArgument.text("goal", goal.name()), FindingArgument.text("field", field)));
    }
    return SmartCheck.of(
        SmartLetter.MEASURABLE,
        SmartVerdict.MET,
        "measurable.met",
        goal.metric().orElseThrow().displayName(),
        goal.baseline().orElseThrow());
  }

  private static SmartCheck achievable(Goal goal, String path, double tolerance) {
    Optional<BigDecimal> pace = goal.requiredMonthlyPace();
    if (pace.isEmpty()) {
      return SmartCheck.of(SmartLetter.ACHIEVABLE, SmartVerdict.UNKNOWN, "achievable.noPace");
    }
    BigDecimal p = pace.get();
    if (goal.growthReference().isEmpty()) {
      return SmartCheck.of(
          SmartLetter.ACHIEVABLE,
          SmartVerdict.UNKNOWN,
          Finding.of(
              GoalRules.GOAL_ACHIEVABILITY_UNKNOWN,
              path + ".growthReference",
              FindingArgument.text("goal", goal.name()),
              paceArgument("pace", goal, p)));
    }
    GrowthReference ref = goal.growthReference().get();
    BigDecimal t = BigDecimal.valueOf(tolerance);
    boolean achievable;
    BigDecimal limit;
    if (p.signum() >= 0) {
      BigDecimal best = ref.highest();
      limit = best.add(best.abs().multiply(t));
      achievable = p.compareTo(limit) <= 0;
    } else {
      BigDecimal best = ref.lowest();
      limit = best.subtract(best.abs().multiply(t));
      achievable = p.compareTo(limit) >= 0;
    }
    if (!achievable) {
      return SmartCheck.of(
          SmartLetter.ACHIEVABLE,
          SmartVerdict.NOT_MET,
          Finding.of(
              GoalRules.GOAL_NOT_ACHIEVABLE,
              path + ".target",
              FindingArgument.text("goal", goal.name()),
              paceArgument("pace", goal, p),
              paceArgument("lowest", goal, ref.lowest()),
              paceArgument("highest", goal, ref.highest()),
              FindingArgument.decimal("tolerancePercent", shown(t.multiply(HUNDRED))),
              paceArgument("reachable", goal, limit)));
    }
    return SmartCheck.of(
        SmartLetter.ACHIEVABLE,
        SmartVerdict.MET,
        "achievable.met",
        paceShown(goal, p),
        paceShown(goal, ref.lowest()),
        paceShown(goal, ref.highest()));
  }

  private static SmartCheck relevant(Goal goal, String path, StrategyPlan plan) {
    if (goal.businessObjectiveId().isEmpty()) {
      return SmartCheck.of(
          SmartLetter.RELEVANT,
          SmartVerdict.NOT_MET,
          Finding.of(GoalRules.GOAL_NOT_RELEVANT, path + ".businessObjectiveId", FindingArgument.text("goal", goal.name())));
    }
    String id = goal.businessObjectiveId().get();
    Optional<BusinessObjective> objective =
        plan.businessObjectives().stream().filter(goal::serves).findFirst();
    if (objective.isEmpty()) {
      return SmartCheck.of(
          SmartLetter.RELEVANT,
          SmartVerdict.NOT_MET,
          Finding.of(
              GoalRules.GOAL_UNKNOWN_BUSINESS_OBJECTIVE,
              path + ".businessObjectiveId",
              FindingArgument.text("goal", goal.name()),
              FindingArgument.text("businessObjective", id)));
    }
    return SmartCheck.of(
        SmartLetter.RELEVANT, SmartVerdict.MET, "relevant.met", objective.get().name());
  }

  private static SmartCheck timeBound(
      Goal goal, String path, StrategyPlan plan, ValidationContext context) {
    if (goal.deadline().isEmpty()) {
      return SmartCheck.of(
          SmartLetter.TIME_BOUND,
          SmartVerdict.NOT_MET,
          Finding.of(GoalRules.GOAL_NOT_TIME_BOUND, path + ".deadline", FindingArgument.text("goal", goal.name())));
    }
    LocalDate deadline = goal.deadline().get();
    if (!deadline.isAfter(goal.start())) {
      return SmartCheck.of(
          SmartLetter.TIME_BOUND,
          SmartVerdict.NOT_MET,
          Finding.of(
              GoalRules.GOAL_DEADLINE_NOT_AFTER_START,
              path + ".deadline",
              FindingArgument.text("goal", goal.name()),
              FindingArgument.date("deadline", deadline),
              FindingArgument.date("start", goal.start())));
    }
    Optional<LocalDate> today = context.today(plan.timeZone().orElse(ZoneOffset.UTC));
    if (today.isPresent() && !deadline.isAfter(today.get())) {
      return SmartCheck.of(
          SmartLetter.TIME_BOUND,
          SmartVerdict.NOT_MET,
          Finding.of(
              GoalRules.GOAL_DEADLINE_PASSED, path + ".deadline", FindingArgument.text("goal", goal.name()), FindingArgument.date("deadline", deadline), FindingArgument.date("today", today.get())));
    }
    return SmartCheck.of(
        SmartLetter.TIME_BOUND, SmartVerdict.MET, "timeBound.met", goal.start(), deadline);
  }

  /** Rounds for display: at most two decimals, no trailing zeros. */
  /**
   * A monthly change as shown in a message: rates, carried as fractions, in percentage points with
   * the unit "pp" (a pace of 0.0022 is "0.22 pp", not a rounded "0"); other units as numbers in
   * their canonical scale.
   */
  static Object paceShown(Goal goal, BigDecimal value) {
    boolean rate =
        goal.target().map(t -> t.unit() == MetricUnit.RATE).orElse(false)
            || goal.metric().map(m -> m.unit() == MetricUnit.RATE).orElse(false);
    return rate ? shown(value.movePointRight(2)).toPlainString() + " pp" : shown(value);
  }

  /** A monthly change as a finding argument: text in percentage points for rates, else a number. */
  static FindingArgument paceArgument(String name, Goal goal, BigDecimal value) {
    Object shown = paceShown(goal, value);
    return shown instanceof BigDecimal
        ? FindingArgument.decimal(name, (BigDecimal) shown)
        : FindingArgument.text(name, (String) shown);
  }

  static BigDecimal shown(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SmartAssessment
        && goalIndex == ((SmartAssessment) obj).goalIndex
        && goalName.equals(((SmartAssessment) obj).goalName)
        && checks.equals(((SmartAssessment) obj).checks);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(goalIndex, goalName, checks);
  }

  /**
   * Returns the goal, its score and one line per letter in English.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder("SmartAssessment{goals[")
            .append(goalIndex)
            .append("] ")
            .append(goalName)
            .append(", ")
            .append(score())
            .append("/5}");
    checks.forEach(c -> out.append("\n  ").append(c));
    return out.toString();
  }
}
