package dev.socialplan.goal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationReport;
import dev.socialplan.validation.ValidationSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class GoalRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final BusinessObjective ONLINE_SALES = BusinessObjective.of("sales", "Online sales");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  /** The strategy guide's goal: +400 Instagram followers a month for six months, from 10,000. */
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
          .owner("Mei")
          .growthReference(GrowthReference.observed(300, 450, 500))
          .build();

  private static StrategyPlan planWith(Goal... goals) {
    return StrategyPlan.builder()
        .brand(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C))
        .addBusinessObjective(ONLINE_SALES)
        .addAllGoals(List.of(goals))
        .build();
  }

  private static List<Finding> smart(Goal goal) {
    return GoalRules.SMART.check(planWith(goal), DEFAULTS);
  }

  @Test
  void theArticlesGoalIsSmartForAnAccountGrowing300To500AMonth() {
    SmartAssessment a = SmartAssessment.of(planWith(GROW_INSTAGRAM), 0, DEFAULTS);
    assertThat(a.isSmart()).isTrue();
    assertThat(a.score()).isEqualTo(5);
    assertThat(a.findings()).isEmpty();
    assertThat(a.check(SmartLetter.ACHIEVABLE).reason(Locale.ENGLISH))
        .isEqualTo("The required 400 a month is within reach of the reference (300 to 500 a month).");
    assertThat(a.check(SmartLetter.SPECIFIC).reason(Locale.ENGLISH))
        .isEqualTo("Objective (audience growth), metric (Followers), target (12400) and platform (Instagram) are"
                + " named.");
    assertThat(a.check(SmartLetter.RELEVANT).reason(Locale.TAIWAN))
        .isEqualTo("服務商業目標「Online sales」。");
    assertThat(a.check(SmartLetter.TIME_BOUND).reason(Locale.ENGLISH))
        .isEqualTo("Runs from 2025-01-01 to 2025-07-01.");
  }

  @Test
  void theSameGoalIsNotAchievableForAnAccountGrowing20AMonth() {
    Goal slow =
        Goal.builder()
            .from(GROW_INSTAGRAM)
            .growthReference(GrowthReference.observed(20, 18, 25))
            .build();
    List<Finding> findings = smart(slow);
    // Best month 25; with the default tolerance of 20 % at most 30 a month is within reach.
    assertThat(findings)
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_NOT_ACHIEVABLE,
                "goals[0].target",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.decimal("pace", new BigDecimal("400")),
                FindingArgument.decimal("lowest", new BigDecimal("18")),
                FindingArgument.decimal("highest", new BigDecimal("25")),
                FindingArgument.decimal("tolerancePercent", new BigDecimal("20")),
                FindingArgument.decimal("reachable", new BigDecimal("30"))));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Goal \"Grow Instagram\" needs 400 a month, but its history or benchmark shows 18 to 25"
                + " a month; with a tolerance of 20 % the most within reach is 30 a month.");
    SmartAssessment a = SmartAssessment.of(planWith(slow), 0, DEFAULTS);
    assertThat(a.check(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(SmartVerdict.NOT_MET);
    assertThat(a.score()).isEqualTo(4);
  }

  @Test
  void theToleranceIsASetting() {
    Goal steady =
        Goal.builder()
            .from(GROW_INSTAGRAM)
            .growthReference(GrowthReference.observed(300, 320, 310))
            .build();
    StrategyPlan plan = planWith(steady);
    // Best month 320: 20 % allows 384 (not 400), 25 % allows exactly 400.
    assertThat(GoalRules.SMART.check(plan, DEFAULTS))
        .extracting(f -> f.code().name())
        .containsExactly("GOAL_NOT_ACHIEVABLE");
    ValidationContext loose =
        ValidationContext.of(ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, 0.25));
    assertThat(GoalRules.SMART.check(plan, loose)).isEmpty();
  }

  @Test
  void aBenchmarkServesAsReferenceToo() {
    Goal benchmarked =
        Goal.builder()
            .from(GROW_INSTAGRAM)
            .growthReference(
                GrowthReference.benchmark(new BigDecimal("350"), new BigDecimal("420")))
            .build();
    assertThat(smart(benchmarked)).isEmpty();
  }

  @Test
  void aGoalThatLowersItsMetricIsComparedWithTheLowestChange() {
    MetricKind complaints = MetricKind.of("complaints", "Complaints", MetricUnit.COUNT, false);
    Goal fewer =
        Goal.builder()
            .name("Fewer complaints")
            .objective(Objective.CUSTOMER_SERVICE)
            .acrossAllPlatforms(true)
            .metric(complaints)
            .baseline(Target.ofCount(100))
            .target(Target.ofCount(40))
            .start(JAN_1)
            .deadline(JUL_1)
            .businessObjective(ONLINE_SALES)
            .growthReference(GrowthReference.observed(-8, -12))
            .build();
    // -10 a month; the best month fell by 12.
    assertThat(smart(fewer)).isEmpty();
    Goal tooFast =
        Goal.builder().from(fewer).growthReference(GrowthReference.observed(-1, -2)).build();
    assertThat(smart(tooFast))
        .extracting(f -> f.code().name())
        .containsExactly("GOAL_NOT_ACHIEVABLE");
  }

  @Test
  void withoutReferenceAchievabilityIsUnknown() {
    Goal noHistory =
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
            .build();
    assertThat(smart(noHistory))
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_ACHIEVABILITY_UNKNOWN,
                "goals[0].growthReference",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.decimal("pace", new BigDecimal("400"))));
    assertThat(
            SmartAssessment.of(planWith(noHistory), 0, DEFAULTS)
                .check(SmartLetter.ACHIEVABLE)
                .verdict())
        .isEqualTo(SmartVerdict.UNKNOWN);
  }

  @Test
  void aRateGoalsPaceIsShownInPercentagePoints() {
    // 3.2 % to 4.5 % over six months: 0.0013 / 6 = 0.000217 a month as a fraction, 0.22 pp.
    Goal engagement =
        Goal.builder()
            .name("Engagement 4.5%")
            .objective(Objective.ENGAGEMENT)
            .acrossAllPlatforms(true)
            .metric(MetricKind.ENGAGEMENT_RATE)
            .baseline(Target.ofPercent(3.2))
            .target(Target.ofPercent(4.5))
            .start(JAN_1)
            .deadline(JUL_1)
            .businessObjective(ONLINE_SALES)
            .build();
    List<Finding> findings = smart(engagement);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Goal \"Engagement 4.5%\" needs 0.22 pp a month, but there is no history or benchmark"
                + " to compare it with.");
    Goal withReference =
        Goal.builder()
            .from(engagement)
            .growthReference(
                GrowthReference.benchmark(new BigDecimal("0.0005"), new BigDecimal("0.001")))
            .build();
    assertThat(smart(withReference).get(0).message(Locale.ENGLISH))
        .startsWith("Goal \"Engagement 4.5%\" needs 0.22 pp a month, but its history or benchmark"
            + " shows 0.05 pp to 0.1 pp a month");
  }

  @Test
  void specificNeedsTheScopeAPlatformOrAllPlatforms() {
    Goal nowhere =
        Goal.builder()
            .name("Reach 50,000")
            .objective(Objective.AWARENESS)
            .metric(MetricKind.REACH)
            .baseline(Target.ofCount(20_000))
            .target(Target.ofCount(50_000))
            .start(JAN_1)
            .build();
    SmartCheck unscoped =
        SmartAssessment.of(planWith(nowhere), 0, DEFAULTS).check(SmartLetter.SPECIFIC);
    assertThat(nowhere.hasScope()).isFalse();
    assertThat(unscoped.verdict()).isEqualTo(SmartVerdict.NOT_MET);
    assertThat(unscoped.finding())
        .contains(Finding.of(GoalRules.GOAL_NOT_SPECIFIC, "goals[0]", FindingArgument.text("goal", "Reach 50,000"), FindingArgument.text("missing", "scope")));
    assertThat(unscoped.finding().orElseThrow().hint(Locale.ENGLISH))
        .contains("the platform it is for, or that it is across all platforms");

    Goal everywhere = Goal.builder().from(nowhere).acrossAllPlatforms(true).build();
    SmartCheck all =
        SmartAssessment.of(planWith(everywhere), 0, DEFAULTS).check(SmartLetter.SPECIFIC);
    assertThat(everywhere.hasScope()).isTrue();
    assertThat(all.verdict()).isEqualTo(SmartVerdict.MET);
    assertThat(all.reason(Locale.ENGLISH))
        .isEqualTo(
            "Objective (awareness), metric (Reach) and target (50000) are named, across all"
                + " platforms.");
    assertThat(all.reason(Locale.TAIWAN))
        .isEqualTo("已寫明目標類型（awareness）、指標（Reach）與目標值（50000），適用於所有平台。");

    Goal onLinkedIn = Goal.builder().from(nowhere).platform(Platform.LINKEDIN).build();
    SmartCheck one =
        SmartAssessment.of(planWith(onLinkedIn), 0, DEFAULTS).check(SmartLetter.SPECIFIC);
    assertThat(one.verdict()).isEqualTo(SmartVerdict.MET);
    assertThat(one.reason(Locale.ENGLISH)).endsWith("and platform (LinkedIn) are named.");
  }

  @Test
  void aBareGoalFailsEveryLetterWithAReason() {
    Goal bare = Goal.builder().name("Be big").objective(Objective.AWARENESS).start(JAN_1).build();
    List<Finding> findings = smart(bare);
    assertThat(findings)
        .containsExactly(
            Finding.of(GoalRules.GOAL_NOT_SPECIFIC, "goals[0]", FindingArgument.text("goal", "Be big"), FindingArgument.text("missing", "metric, target, scope")),
            Finding.of(GoalRules.GOAL_NOT_MEASURABLE, "goals[0].baseline", FindingArgument.text("goal", "Be big"), FindingArgument.text("field", "baseline")),
            Finding.of(GoalRules.GOAL_NOT_RELEVANT, "goals[0].businessObjectiveId", FindingArgument.text("goal", "Be big")),
            Finding.of(GoalRules.GOAL_NOT_TIME_BOUND, "goals[0].deadline", FindingArgument.text("goal", "Be big")));
    SmartAssessment a = SmartAssessment.of(planWith(bare), 0, DEFAULTS);
    assertThat(a.check(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(SmartVerdict.UNKNOWN);
    assertThat(a.check(SmartLetter.ACHIEVABLE).reason(Locale.ENGLISH))
        .startsWith("The monthly pace cannot be computed");
    assertThat(a.score()).isZero();
    assertThat(findings.get(0).message(Locale.TAIWAN)).isEqualTo("目標「Be big」不夠具體：沒有指定 metric, target, scope。");
    assertThat(a.toString()).startsWith("SmartAssessment{goals[0] Be big, 0/5}\n  SPECIFIC NOT_MET:");
  }

  @Test
  void aLinkToAnUnknownBusinessObjectiveIsAnError() {
    Goal dangling = Goal.builder().from(GROW_INSTAGRAM).businessObjectiveId("retention").build();
    assertThat(smart(dangling))
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_UNKNOWN_BUSINESS_OBJECTIVE,
                "goals[0].businessObjectiveId",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.text("businessObjective", "retention")));
  }

  @Test
  void deadlinesMustLeaveTimeAndNotBePast() {
    Goal sameDay = Goal.builder().from(GROW_INSTAGRAM).deadline(JAN_1).build();
    assertThat(smart(sameDay))
        .contains(
            Finding.of(
                GoalRules.GOAL_DEADLINE_NOT_AFTER_START,
                "goals[0].deadline",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.date("deadline", JAN_1),
                FindingArgument.date("start", JAN_1)));
    Clock august = Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC);
    StrategyPlan plan = planWith(GROW_INSTAGRAM);
    assertThat(GoalRules.SMART.check(plan, DEFAULTS)).isEmpty();
    assertThat(GoalRules.SMART.check(plan, ValidationContext.of(ValidationSettings.standard(), august)))
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_DEADLINE_PASSED,
                "goals[0].deadline",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.date("deadline", JUL_1),
                FindingArgument.date("today", LocalDate.of(2025, 8, 1))));
  }

  @Test
  void aTargetThatIsNoImprovementIsAWarning() {
    Goal flat = Goal.builder().from(GROW_INSTAGRAM).target(Target.ofCount(10_000)).build();
    assertThat(GoalRules.IMPROVEMENT.check(planWith(flat), DEFAULTS))
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_TARGET_NO_IMPROVEMENT,
                "goals[0].target",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.text("target", "10000"),
                FindingArgument.text("baseline", "10000"),
                FindingArgument.text("metric", "Followers")));
    assertThat(GoalRules.IMPROVEMENT.check(planWith(GROW_INSTAGRAM), DEFAULTS)).isEmpty();
  }

  @Test
  void overlappingGoalsOnTheSameMetricAndPlatformConflictOrDuplicate() {
    Goal other = Goal.builder().from(GROW_INSTAGRAM).name("More followers").build();
    Goal conflicting =
        Goal.builder().from(GROW_INSTAGRAM).name("Even more").target(Target.ofCount(15_000)).build();
    List<Finding> findings =
        GoalRules.NO_OVERLAP.check(planWith(GROW_INSTAGRAM, other, conflicting), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_DUPLICATE, "goals[1]", FindingArgument.text("goal", "More followers"), FindingArgument.text("otherGoal", "Grow Instagram"), FindingArgument.integer("otherIndex", 0), FindingArgument.text("metric", "Followers")),
            Finding.of(
                GoalRules.GOAL_CONFLICT, "goals[2]", FindingArgument.text("goal", "Even more"), FindingArgument.text("otherGoal", "Grow Instagram"), FindingArgument.integer("otherIndex", 0), FindingArgument.text("metric", "Followers")),
            Finding.of(
                GoalRules.GOAL_CONFLICT, "goals[2]", FindingArgument.text("goal", "Even more"), FindingArgument.text("otherGoal", "More followers"), FindingArgument.integer("otherIndex", 1), FindingArgument.text("metric", "Followers")));
  }

  @Test
  void theSameRateWrittenTwoWaysIsADuplicateNotAConflict() {
    // 5/100 and 1/20 are different Ratio values (numerator and denominator are kept) but one
    // target: the two goals repeat each other rather than ask for different things.
    Goal fivePercent =
        Goal.builder()
            .name("Engage")
            .objective(Objective.ENGAGEMENT)
            .metric(MetricKind.ENGAGEMENT_RATE)
            .platform(Platform.INSTAGRAM)
            .baseline(Target.ofRate(Ratio.of(3, 100)))
            .target(Target.ofRate(Ratio.of(5, 100)))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    Goal oneTwentieth =
        Goal.builder().from(fivePercent).name("Engage again").target(Target.ofRate(Ratio.of(1, 20))).build();
    Goal sixPercent =
        Goal.builder().from(fivePercent).name("Engage more").target(Target.ofRate(Ratio.of(6, 100))).build();
    assertThat(GoalRules.NO_OVERLAP.check(planWith(fivePercent, oneTwentieth, sixPercent), DEFAULTS))
        .extracting(f -> f.code().name() + " " + f.path() + " " + f.argument("otherGoal").orElseThrow().value())
        .containsExactly(
            "GOAL_DUPLICATE goals[1] Engage",
            "GOAL_CONFLICT goals[2] Engage",
            "GOAL_CONFLICT goals[2] Engage again");
  }

  @Test
  void moneyTargetsInOtherCurrenciesAndMissingTargetsDiffer() {
    Goal revenue =
        Goal.builder()
            .name("Sell")
            .objective(Objective.REVENUE)
            .metric(MetricKind.REVENUE)
            .target(Target.ofMoney(Money.of(CurrencyUnit.USD, 1_000)))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    Goal euros =
        Goal.builder().from(revenue).name("Sell in euros").target(Target.ofMoney(Money.of(CurrencyUnit.EUR, 1_000))).build();
    Goal open = Goal.builder().from(revenue).name("Sell somehow").target(Optional.empty()).build();
    Goal openToo = Goal.builder().from(open).name("Sell anyhow").build();
    assertThat(GoalRules.NO_OVERLAP.check(planWith(revenue, euros, open, openToo), DEFAULTS))
        .extracting(f -> f.code().name() + " " + f.path() + " " + f.argument("otherGoal").orElseThrow().value())
        .containsExactly(
            "GOAL_CONFLICT goals[1] Sell",
            "GOAL_CONFLICT goals[2] Sell",
            "GOAL_CONFLICT goals[2] Sell in euros",
            "GOAL_CONFLICT goals[3] Sell",
            "GOAL_CONFLICT goals[3] Sell in euros",
            "GOAL_DUPLICATE goals[3] Sell somehow");
  }

  @Test
  void goalsOnOtherPlatformsOrInLaterPeriodsDoNotOverlap() {
    Goal tiktok = Goal.builder().from(GROW_INSTAGRAM).platform(Platform.TIKTOK).build();
    Goal nextHalf =
        Goal.builder()
            .from(GROW_INSTAGRAM)
            .start(JUL_1)
            .deadline(LocalDate.of(2026, 1, 1))
            .target(Target.ofCount(15_000))
            .build();
    assertThat(GoalRules.NO_OVERLAP.check(planWith(GROW_INSTAGRAM, tiktok, nextHalf), DEFAULTS))
        .isEmpty();
  }

  @Test
  void aMetricTheObjectiveDoesNotSuggestIsAWarning() {
    Goal misfit = Goal.builder().from(GROW_INSTAGRAM).objective(Objective.ENGAGEMENT).build();
    List<Finding> findings = GoalRules.METRIC_FITS.check(planWith(misfit), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                GoalRules.GOAL_METRIC_NOT_FITTING,
                "goals[0].metric",
                FindingArgument.text("goal", "Grow Instagram"),
                FindingArgument.text("metric", "Followers"),
                FindingArgument.text("objective", "engagement"),
                FindingArgument.text("suggestedMetric", "Engagement rate")));
    assertThat(findings.get(0).hint(Locale.ENGLISH))
        .isEqualTo(
            "Measure goals for engagement by Engagement rate or another metric that fits them, or change"
                + " the objective to what Followers measures.");
    MetricKind custom = MetricKind.of("saves-per-post", "Saves per post", MetricUnit.COUNT, true);
    Goal customGoal =
        Goal.builder()
            .from(GROW_INSTAGRAM)
            .metric(custom)
            .growthReference(GrowthReference.observed(300))
            .build();
    assertThat(GoalRules.METRIC_FITS.check(planWith(customGoal), DEFAULTS)).isEmpty();
  }

  @Test
  void standardHoldsEveryRuleAndItsSetting() {
    ValidationReport report = GoalRules.standard().validate(planWith(GROW_INSTAGRAM));
    assertThat(report.isEmpty()).isTrue();
    assertThat(GoalRules.standard().allSettings()).containsExactly(GoalRules.ACHIEVABLE_TOLERANCE);
    assertThat(GoalRules.standard().codes()).hasSize(13);
  }
}
