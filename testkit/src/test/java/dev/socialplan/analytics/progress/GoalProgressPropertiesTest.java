package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.goal.Goal;
import dev.socialplan.testkit.generators.GoalGenerators;
import dev.socialplan.testkit.generators.ProgressGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalProgressPropertiesTest {

  @Test
  void statusIsMonotoneInTheObservedValue() {
    qt().forAll(
            ProgressGenerators.countGoals(),
            integers().between(0, 2_000),
            longs()
                .between(0, 2_000_000)
                .zip(longs().between(0, 2_000_000), (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)}),
            ProgressGenerators.thresholds())
        .checkAssert(
            (goal, dayOffset, values, thresholds) -> {
              LocalDate day = goal.start().plusDays(dayOffset);
              long low = values[0];
              long high = values[1];
              ProgressStatus atLow = status(goal, day, low, thresholds);
              ProgressStatus atHigh = status(goal, day, high, thresholds);
              assertThat(atLow == ProgressStatus.NOT_MEASURABLE).isEqualTo(atHigh == ProgressStatus.NOT_MEASURABLE);
              if (atLow != ProgressStatus.NOT_MEASURABLE) {
                boolean higherIsBetter = goal.metric().orElseThrow().higherIsBetter();
                ProgressStatus worse = higherIsBetter ? atLow : atHigh;
                ProgressStatus better = higherIsBetter ? atHigh : atLow;
                assertThat(better.rank()).as("%s vs %s", better, worse).isGreaterThanOrEqualTo(worse.rank());
              }
            });
  }

  @Test
  void evaluationNeverThrowsOnAnyGoalAndExplainsItself() {
    qt().forAll(GoalGenerators.goals(), integers().between(-100, 2_000), ProgressGenerators.thresholds())
        .checkAssert(
            (goal, offset, thresholds) -> {
              LocalDate asOf = goal.start().plusDays(offset);
              // Series of the goal's own kind only make sense for count goals; others get none.
              boolean counts =
                  goal.target().map(t -> t instanceof dev.socialplan.goal.Target.Count).orElse(true);
              MetricSeries series =
                  counts
                      ? MetricSeries.of(MetricObservation.ofCount(asOf.minusDays(Math.abs(offset) % 30), 500))
                      : MetricSeries.empty();
              GoalProgress p = GoalProgress.evaluate(goal, series, asOf, thresholds);
              assertThat(p.explanation(Locale.ENGLISH)).isNotBlank();
              assertThat(p.asOf()).isEqualTo(asOf);
              boolean complete =
                  goal.target().isPresent() && goal.baseline().isPresent() && goal.deadline().isPresent();
              if (!complete || !counts) {
                assertThat(p.status()).isEqualTo(ProgressStatus.NOT_MEASURABLE);
              }
              p.progress().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
              p.latest().ifPresent(o -> assertThat(o.date()).isBetween(goal.start(), asOf));
            });
  }

  @Test
  void achievedExactlyWhenTheLatestValueMeetsTheTarget() {
    qt().forAll(ProgressGenerators.countGoals(), integers().between(0, 2_000), longs().between(0, 2_000_000))
        .checkAssert(
            (goal, offset, value) -> {
              LocalDate day = goal.start().plusDays(offset);
              ProgressStatus s = status(goal, day, value, ProgressThresholds.standard());
              long target = ((dev.socialplan.goal.Target.Count) goal.target().orElseThrow()).value();
              boolean meets = goal.metric().orElseThrow().higherIsBetter() ? value >= target : value <= target;
              if (day.isAfter(goal.deadline().orElseThrow())) {
                // Observed only after the deadline: nothing is known of what the goal reached in time.
                assertThat(s).isEqualTo(ProgressStatus.NOT_MEASURABLE);
                return;
              }
              assertThat(s == ProgressStatus.ACHIEVED).isEqualTo(meets);
              if (!meets && !day.isBefore(goal.deadline().orElseThrow())) {
                assertThat(s).isEqualTo(ProgressStatus.MISSED);
              }
            });
  }

  @Test
  void aReportCountsEveryGoalOnce() {
    qt().forAll(ProgressGenerators.goalLists(8), GoalGenerators.dates())
        .checkAssert(
            (goals, asOf) -> {
              ProgressReport report = ProgressReport.of(goals, Map.of(), asOf);
              assertThat(report.goals()).hasSameSizeAs(goals);
              assertThat(report.countByStatus().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(goals.size());
              List<GoalProgress> attention = report.needingAttention();
              for (int i = 1; i < attention.size(); i++) {
                assertThat(attention.get(i).status().rank())
                    .isGreaterThanOrEqualTo(attention.get(i - 1).status().rank());
              }
            });
  }

  @Test
  void completionDatesAreNotBeforeTheLatestObservation() {
    qt().forAll(
            ProgressGenerators.countGoals(),
            integers().between(1, 1_000),
            longs().between(0, 2_000_000))
        .checkAssert(
            (goal, offset, value) -> {
              LocalDate day = goal.start().plusDays(offset);
              GoalProgress p =
                  GoalProgress.evaluate(goal, MetricSeries.of(MetricObservation.ofCount(day, value)), day);
              for (var projection : List.of(p.linearProjection(), p.compoundProjection())) {
                projection
                    .flatMap(Projection::estimatedCompletion)
                    .ifPresent(
                        d -> {
                          assertThat(d).isAfterOrEqualTo(day);
                          assertThat(ChronoUnit.YEARS.between(day, d)).isLessThanOrEqualTo(101);
                        });
              }
            });
  }

  private static ProgressStatus status(Goal goal, LocalDate day, long value, ProgressThresholds thresholds) {
    MetricSeries series = MetricSeries.of(MetricObservation.ofCount(day, value));
    return GoalProgress.evaluate(goal, series, day, thresholds).status();
  }
}
