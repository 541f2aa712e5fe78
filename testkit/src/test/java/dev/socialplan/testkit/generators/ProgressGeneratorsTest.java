package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.progress.ProjectionMethod;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProgressGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 1, 31);

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static long count(Target t) {
    return ((Target.Count) t).value();
  }

  @Test
  void countGoalsAimInTheirMetricsBetterDirection() {
    List<Goal> goals = sample(ProgressGenerators.countGoals(), 400);
    assertThat(goals)
        .allSatisfy(
            g -> {
              MetricKind metric = g.metric().orElseThrow();
              long baseline = count(g.baseline().orElseThrow());
              long target = count(g.target().orElseThrow());
              if (metric.higherIsBetter()) {
                assertThat(metric).isEqualTo(MetricKind.FOLLOWERS);
                assertThat(target).isGreaterThanOrEqualTo(baseline);
              } else {
                assertThat(metric).isEqualTo(ProgressGenerators.COMPLAINTS);
                assertThat(target).isLessThanOrEqualTo(baseline);
              }
              assertThat(ChronoUnit.DAYS.between(g.start(), g.deadline().orElseThrow())).isBetween(1L, 1_461L);
            });
    assertThat(goals).anyMatch(g -> !g.metric().orElseThrow().higherIsBetter());
    assertThat(goals).anyMatch(g -> g.metric().orElseThrow().higherIsBetter());
    assertThat(goals).anyMatch(g -> g.target().equals(g.baseline()));
    assertThat(goals).anyMatch(g -> ChronoUnit.DAYS.between(g.start(), g.deadline().orElseThrow()) <= 40);
  }

  @Test
  void countSeriesStayInTheirDaysWithOneObservationPerDay() {
    List<MetricSeries> series = sample(ProgressGenerators.countSeries(FROM, TO, 10), 300);
    assertThat(series)
        .allSatisfy(
            s -> {
              assertThat(s.observations()).hasSizeLessThanOrEqualTo(10);
              assertThat(s.observations())
                  .allSatisfy(o -> assertThat(o.date()).isBetween(FROM, TO))
                  .allSatisfy(o -> assertThat(count(o.value())).isBetween(0L, 2_000_000L));
              List<LocalDate> days =
                  s.observations().stream().map(MetricObservation::date).collect(Collectors.toList());
              assertThat(days).doesNotHaveDuplicates().isSorted();
            });
    assertThat(series).anyMatch(MetricSeries::isEmpty);
    assertThat(series).anyMatch(s -> s.observations().size() > 5);
    assertThat(sample(ProgressGenerators.countSeries(FROM, FROM, 5), 50))
        .allSatisfy(s -> assertThat(s.observations()).hasSizeLessThanOrEqualTo(1));
  }

  @Test
  void thresholdsKeepAtRiskBelowOnTrackWithEitherMethod() {
    List<ProgressThresholds> thresholds = sample(ProgressGenerators.thresholds(), 300);
    assertThat(thresholds)
        .allSatisfy(
            t -> {
              assertThat(t.onTrackFrom()).isBetween(0.5, 1.2);
              assertThat(t.atRiskFrom()).isBetween(0.0, t.onTrackFrom());
            });
    assertThat(thresholds).contains(ProgressThresholds.standard());
    assertThat(thresholds.stream().map(ProgressThresholds::method).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ProjectionMethod.class));
  }

  @Test
  void goalListsIncludeDrafts() {
    List<List<Goal>> lists = sample(ProgressGenerators.goalLists(5), 200);
    assertThat(lists).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(5));
    assertThat(lists.stream().flatMap(List::stream)).anyMatch(g -> g.target().isEmpty());
  }
}
