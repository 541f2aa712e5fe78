package dev.socialplan.analytics.progress;

import static dev.socialplan.analytics.progress.Goals.APR_1;
import static dev.socialplan.analytics.progress.Goals.CHEAPER_CLICKS;
import static dev.socialplan.analytics.progress.Goals.DRAFT;
import static dev.socialplan.analytics.progress.Goals.INSTAGRAM_400;
import static dev.socialplan.analytics.progress.Goals.JAN_1;
import static dev.socialplan.analytics.progress.Goals.JUL_1;
import static dev.socialplan.analytics.progress.Goals.followers;
import static dev.socialplan.analytics.progress.Goals.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReportTest {
  private static final Goal REACH =
      Goal.builder()
          .name("Reach")
          .objective(Objective.AWARENESS)
          .metric(MetricKind.REACH)
          .baseline(Target.ofCount(0))
          .target(Target.ofCount(1_000))
          .start(JAN_1)
          .deadline(LocalDate.of(2025, 3, 1))
          .build();

  private static ProgressReport report() {
    return ProgressReport.of(
            List.of(INSTAGRAM_400, CHEAPER_CLICKS, DRAFT, REACH),
            Map.of(
                "Grow Instagram", MetricSeries.of(followers(APR_1, 11_050)),
                "Cheaper clicks", MetricSeries.of(MetricObservation.of(APR_1, Target.ofMoney(usd("1.40")))),
                "Reach", MetricSeries.of(followers(LocalDate.of(2025, 2, 20), 700))),
            APR_1);
  }

  @Test
  void assessesEveryGoalInOrder() {
    assertThat(report().goals())
        .extracting(GoalProgress::status)
        .containsExactly(
            ProgressStatus.AT_RISK,
            ProgressStatus.ACHIEVED,
            ProgressStatus.NOT_MEASURABLE,
            ProgressStatus.MISSED);
    assertThat(report().asOf()).isEqualTo(APR_1);
  }

  @Test
  void countsEveryStatus() {
    assertThat(report().countByStatus())
        .containsEntry(ProgressStatus.AT_RISK, 1L)
        .containsEntry(ProgressStatus.ACHIEVED, 1L)
        .containsEntry(ProgressStatus.ON_TRACK, 0L)
        .hasSize(ProgressStatus.values().length);
    assertThat(report().withStatus(ProgressStatus.ACHIEVED))
        .extracting(g -> g.goal().name())
        .containsExactly("Cheaper clicks");
  }

  @Test
  void listsGoalsNeedingAttentionWorstFirst() {
    assertThat(report().needingAttention())
        .extracting(g -> g.goal().name())
        .containsExactly("Reach", "Grow Instagram");
  }

  @Test
  void summarisesInOneLine() {
    assertThat(report().summary(Locale.ENGLISH))
        .isEqualTo("4 goals on 2025-04-01: 1 missed, 1 at risk, 1 achieved, 1 not measurable");
    assertThat(ProgressReport.of(List.of(), Map.of(), JUL_1).summary(Locale.ENGLISH)).isEqualTo("0 goals on 2025-07-01");
    assertThat(report().summary(Locale.TAIWAN))
        .isEqualTo("2025-04-01 共 4 個目標：已錯過 1 個、有風險 1 個、已達成 1 個、無法衡量 1 個");
  }

  @Test
  void refusesEntriesAssessedOnAnotherDate() {
    GoalProgress other = GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.empty(), JUL_1);
    assertThatThrownBy(() -> ProgressReport.builder().asOf(APR_1).addGoal(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goals must be assessed on the report's date 2025-04-01: 2025-07-01");
  }

  @Test
  void assessesEveryGoalOfAPlan() {
    StrategyPlan plan =
        StrategyPlan.builder()
            .brand(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C))
            .addGoals(INSTAGRAM_400, DRAFT)
            .build();
    ProgressReport report =
        ProgressReport.of(plan, Map.of("Grow Instagram", MetricSeries.of(followers(APR_1, 11_050))), APR_1);
    assertThat(report.goals())
        .extracting(GoalProgress::status)
        .containsExactly(ProgressStatus.AT_RISK, ProgressStatus.NOT_MEASURABLE);
  }
}
