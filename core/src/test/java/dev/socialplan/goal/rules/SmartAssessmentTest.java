package dev.socialplan.goal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmartAssessmentTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final BusinessObjective ONLINE_SALES = BusinessObjective.of("sales", "Online sales");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);
  private static final Brand GLOW = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);

  /** The strategy guide's goal, +400 Instagram followers a month, for an account whose best month was 500. */
  private static final Goal GROW_INSTAGRAM =
      Goal.builder()
          .name("Grow Instagram")
          .objective(Objective.AUDIENCE_GROWTH)
          .metric(MetricKind.FOLLOWERS)
          .platform(Platform.INSTAGRAM)
          .baseline(Target.ofCount(10_000))
          .target(Target.ofCount(12_400))
          .start(JAN_1)
          .deadline(JUL_1)
          .businessObjective(ONLINE_SALES)
          .growthReference(GrowthReference.observed(300, 450, 500))
          .build();

  /** A draft: name, objective and start only. */
  private static final Goal BARE =
      Goal.builder().name("Be big").objective(Objective.AWARENESS).start(JAN_1).build();

  /** From 100 complaints a month to 40 in six months: 10 fewer every month. */
  private static final Goal FEWER_COMPLAINTS =
      Goal.builder()
          .name("Fewer complaints")
          .objective(Objective.CUSTOMER_SERVICE)
          .metric(MetricKind.of("complaints", "Complaints", MetricUnit.COUNT, false))
          .baseline(Target.ofCount(100))
          .target(Target.ofCount(40))
          .start(JAN_1)
          .deadline(JUL_1)
          .businessObjective(ONLINE_SALES)
          .growthReference(GrowthReference.observed(-8, -5))
          .build();

  /** Eight in the evening of 30 June in UTC is already 1 July in Taipei. */
  private static final Clock JUNE_30_EVENING_UTC =
      Clock.fixed(Instant.parse("2025-06-30T20:00:00Z"), ZoneOffset.UTC);

  private static StrategyPlan plan(Goal... goals) {
    return StrategyPlan.builder()
        .brand(GLOW)
        .addBusinessObjective(ONLINE_SALES)
        .addAllGoals(List.of(goals))
        .build();
  }

  private static Goal withTarget(long target) {
    return Goal.builder().from(GROW_INSTAGRAM).target(Target.ofCount(target)).build();
  }

  @Test
  void ofPlanAssessesEveryGoalInOrder() {
    List<SmartAssessment> all = SmartAssessment.forPlan(plan(GROW_INSTAGRAM, BARE), DEFAULTS);
    assertThat(all).extracting(SmartAssessment::goalIndex).containsExactly(0, 1);
    assertThat(all).extracting(SmartAssessment::goalName).containsExactly("Grow Instagram", "Be big");
    assertThat(all).extracting(SmartAssessment::score).containsExactly(5, 0);
    assertThat(all.get(1)).isEqualTo(SmartAssessment.of(plan(GROW_INSTAGRAM, BARE), 1, DEFAULTS));
    assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(SmartAssessment.forPlan(plan(), DEFAULTS)).isEmpty();
  }

  @Test
  void checksComeInTheOrderOfTheLettersAndAreFoundByLetter() {
    SmartAssessment a = SmartAssessment.of(plan(BARE), 0, DEFAULTS);
    assertThat(a.checks()).extracting(SmartCheck::letter).containsExactly(SmartLetter.values());
    for (SmartLetter letter : SmartLetter.values()) {
      assertThat(a.check(letter).letter()).isEqualTo(letter);
    }
    assertThat(a.checks()).extracting(SmartCheck::verdict)
        .containsExactly(
            SmartVerdict.NOT_MET,
            SmartVerdict.NOT_MET,
            SmartVerdict.UNKNOWN,
            SmartVerdict.NOT_MET,
            SmartVerdict.NOT_MET);
    assertThatThrownBy(() -> a.checks().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findingsFollowTheLettersAndLeaveOutUnknownWithoutAFinding() {
    SmartAssessment a = SmartAssessment.of(plan(BARE), 0, DEFAULTS);
    assertThat(a.findings().stream().map(Finding::code).map(FindingCode::name).collect(Collectors.toList()))
        .containsExactly("GOAL_NOT_SPECIFIC", "GOAL_NOT_MEASURABLE", "GOAL_NOT_RELEVANT", "GOAL_NOT_TIME_BOUND");
    assertThat(a.isSmart()).isFalse();
    assertThat(a.score()).isZero();
    Goal noHistory = Goal.builder().from(GROW_INSTAGRAM).growthReference(java.util.Optional.empty()).build();
    SmartAssessment unknown = SmartAssessment.of(plan(noHistory), 0, DEFAULTS);
    // Unknown achievability without a reference is worth telling the planner: it carries a finding.
    assertThat(unknown.check(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(SmartVerdict.UNKNOWN);
    assertThat(unknown.findings()).extracting(f -> f.code().name()).containsExactly("GOAL_ACHIEVABILITY_UNKNOWN");
    assertThat(unknown.findings().get(0).path()).isEqualTo("goals[0].growthReference");
    assertThat(unknown.score()).isEqualTo(4);
  }

  @Test
  void thePaceMayExceedTheBestMonthByExactlyTheTolerance() {
    // Best month 500, tolerance 20 %: up to 600 a month is within reach. 13,600 in six months is 600.
    SmartAssessment atLimit = SmartAssessment.of(plan(withTarget(13_600)), 0, DEFAULTS);
    assertThat(atLimit.check(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(SmartVerdict.MET);
    // 13,606 is 601 a month: one over.
    SmartAssessment over = SmartAssessment.of(plan(withTarget(13_606)), 0, DEFAULTS);
    assertThat(over.check(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(SmartVerdict.NOT_MET);
    assertThat(over.check(SmartLetter.ACHIEVABLE).reason(Locale.ENGLISH))
        .isEqualTo(
            "Goal \"Grow Instagram\" needs 601 a month, but its history or benchmark shows 300 to 500"
                + " a month; with a tolerance of 20 % the most within reach is 600 a month.");
    ValidationContext lenient =
        ValidationContext.of(ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, 0.25));
    assertThat(SmartAssessment.of(plan(withTarget(13_606)), 0, lenient).check(SmartLetter.ACHIEVABLE).verdict())
        .isEqualTo(SmartVerdict.MET);
  }

  @Test
  void aFallingPaceMayGoBelowTheLowestMonthByExactlyTheTolerance() {
    // Lowest month -8; 25 % more is exactly -10 a month, the pace the goal needs.
    ValidationContext quarter =
        ValidationContext.of(ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, 0.25));
    assertThat(achievable(FEWER_COMPLAINTS, quarter)).isEqualTo(SmartVerdict.MET);
    // 20 % more is -9.6: not enough.
    assertThat(achievable(FEWER_COMPLAINTS, DEFAULTS)).isEqualTo(SmartVerdict.NOT_MET);
  }

  @Test
  void holdingALevelIsJudgedAgainstTheBestMonth() {
    // A target equal to the baseline needs a pace of zero, judged as growth of zero.
    assertThat(achievable(withTarget(10_000), DEFAULTS)).isEqualTo(SmartVerdict.MET);
    Goal holdWhileShrinking =
        Goal.builder()
            .from(withTarget(10_000))
            .growthReference(GrowthReference.observed(-5, -8))
            .build();
    // The best month lost 5; at most 4 lost a month is within reach, so losing none is not.
    assertThat(achievable(holdWhileShrinking, DEFAULTS)).isEqualTo(SmartVerdict.NOT_MET);
  }

  private static SmartVerdict achievable(Goal goal, ValidationContext context) {
    return SmartAssessment.of(plan(goal), 0, context).check(SmartLetter.ACHIEVABLE).verdict();
  }

  @Test
  void todayIsTakenInThePlansTimeZone() {
    ValidationContext evening = ValidationContext.of(ValidationSettings.standard(), JUNE_30_EVENING_UTC);
    StrategyPlan inUtc = plan(GROW_INSTAGRAM);
    assertThat(SmartAssessment.of(inUtc, 0, evening).check(SmartLetter.TIME_BOUND).verdict())
        .isEqualTo(SmartVerdict.MET);
    StrategyPlan inTaipei =
        StrategyPlan.builder().from(inUtc).timeZone(ZoneId.of("Asia/Taipei")).build();
    SmartCheck passed = SmartAssessment.of(inTaipei, 0, evening).check(SmartLetter.TIME_BOUND);
    assertThat(passed.verdict()).isEqualTo(SmartVerdict.NOT_MET);
    assertThat(passed.finding().orElseThrow())
        .isEqualTo(
            Finding.of(
                GoalRules.GOAL_DEADLINE_PASSED, "goals[0].deadline", FindingArgument.text("goal", "Grow Instagram"), FindingArgument.date("deadline", JUL_1), FindingArgument.date("today", JUL_1)));
  }

  @Test
  void aLinkToAnObjectiveThePlanLacksIsNotRelevant() {
    Goal dangling = Goal.builder().from(GROW_INSTAGRAM).businessObjectiveId("retention").build();
    SmartCheck relevant = SmartAssessment.of(plan(dangling), 0, DEFAULTS).check(SmartLetter.RELEVANT);
    assertThat(relevant.verdict()).isEqualTo(SmartVerdict.NOT_MET);
    assertThat(relevant.finding().orElseThrow().code()).isEqualTo(GoalRules.GOAL_UNKNOWN_BUSINESS_OBJECTIVE);
    assertThat(relevant.finding().orElseThrow().path()).isEqualTo("goals[0].businessObjectiveId");
  }

  @Test
  void refusesNullsAndIndicesOutsideThePlan() {
    StrategyPlan plan = plan(GROW_INSTAGRAM);
    assertThatThrownBy(() -> SmartAssessment.of(plan, 1, DEFAULTS))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> SmartAssessment.of(plan, -1, DEFAULTS))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> SmartAssessment.of(null, 0, DEFAULTS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan must not be null");
    assertThatThrownBy(() -> SmartAssessment.forPlan(plan, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context must not be null");
    SmartAssessment a = SmartAssessment.of(plan, 0, DEFAULTS);
    assertThatThrownBy(() -> a.check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("letter must not be null");
  }

  @Test
  void shownRoundsToTwoDecimalsWithoutTrailingZeros() {
    assertThat(SmartAssessment.shown(new BigDecimal("400.0000000000000")).toPlainString()).isEqualTo("400");
    assertThat(SmartAssessment.shown(new BigDecimal("1E+3")).toPlainString()).isEqualTo("1000");
    assertThat(SmartAssessment.shown(new BigDecimal("12.345")).toPlainString()).isEqualTo("12.34");
    assertThat(SmartAssessment.shown(new BigDecimal("-0.125")).toPlainString()).isEqualTo("-0.12");
    assertThat(SmartAssessment.label("AUDIENCE_GROWTH")).isEqualTo("audience growth");
  }

  @Test
  void equalityAndTextFollowTheGoalAndItsChecks() {
    SmartAssessment a = SmartAssessment.of(plan(GROW_INSTAGRAM, BARE), 0, DEFAULTS);
    SmartAssessment same = SmartAssessment.of(plan(GROW_INSTAGRAM), 0, DEFAULTS);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    SmartAssessment second = SmartAssessment.of(plan(BARE, GROW_INSTAGRAM), 1, DEFAULTS);
    assertThat(a).isNotEqualTo(second).doesNotHaveSameHashCodeAs(second);
    assertThat(a).isNotEqualTo(SmartAssessment.of(plan(withTarget(13_606)), 0, DEFAULTS));
    assertThat(a).isNotEqualTo("Grow Instagram");
    String[] lines = a.toString().split("\n");
    assertThat(lines[0]).isEqualTo("SmartAssessment{goals[0] Grow Instagram, 5/5}");
    assertThat(Arrays.copyOfRange(lines, 1, lines.length))
        .containsExactly(
            "  SPECIFIC MET: Objective (audience growth), metric (Followers), target (12400) and platform"
                + " (Instagram) are named.",
            "  MEASURABLE MET: Followers is measured from a baseline of 10000.",
            "  ACHIEVABLE MET: The required 400 a month is within reach of the reference (300 to 500 a month).",
            "  RELEVANT MET: Serves the business objective \"Online sales\".",
            "  TIME_BOUND MET: Runs from 2025-01-01 to 2025-07-01.");
    new EqualsTester()
        .addEqualityGroup(a, same)
        .addEqualityGroup(second)
        .addEqualityGroup(SmartAssessment.of(plan(withTarget(13_606)), 0, DEFAULTS))
        .testEquals();
  }
}
