package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.goal.Goal;
import dev.socialplan.testkit.generators.ProgressGenerators;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A computed progress is exactly what {@link GoalProgress#of} builds from its state, explanation
 * included, so a progress read back from its state equals the one written.
 */
class GoalProgressStatePropertiesTest {

  @Test
  void ofTheStateOfAnEvaluatedProgressIsThatProgress() {
    // Series around each goal's own period, so that most goals have observations to judge.
    Gen<Object[]> goalsAndSeries =
        ProgressGenerators.countGoals()
            .flatMap(
                goal ->
                    ProgressGenerators.countSeries(
                            goal.start().minusDays(30), goal.start().plusDays(1_500), 12)
                        .map(series -> new Object[] {goal, series}));
    qt().withExamples(500)
        .forAll(goalsAndSeries, integers().between(-60, 1_600), ProgressGenerators.thresholds())
        .checkAssert(
            (pair, offset, thresholds) -> {
              Goal goal = (Goal) pair[0];
              MetricSeries series = (MetricSeries) pair[1];
              LocalDate asOf = goal.start().plusDays(offset);
              GoalProgress p = GoalProgress.evaluate(goal, series, asOf, thresholds);
              GoalProgress back = GoalProgress.of(p.goal(), p.asOf(), p.latest(), p.thresholds());
              assertThat(back).isEqualTo(p).hasSameHashCodeAs(p);
              assertThat(back.explanation(Locale.TAIWAN)).isEqualTo(p.explanation(Locale.TAIWAN));
              ProgressReport report =
                  ProgressReport.builder().asOf(asOf).addGoals(p, back).build();
              assertThat(ProgressReport.builder().asOf(report.asOf()).goals(report.goals()).build())
                  .isEqualTo(report);
            });
  }
}
