package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.progress.ProjectionMethod;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.progress} package: count goals
 * whose target lies in their metric's better direction, metric series of counts, and thresholds.
 * Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class ProgressGenerators {

  /** A count metric where lower is better, for goals that reduce something. */
  public static final MetricKind COMPLAINTS =
      MetricKind.of("complaints", "Complaints", MetricUnit.COUNT, false);

  private ProgressGenerators() {}

  /**
   * Generates complete goals on a count metric — followers (higher is better) or {@link
   * #COMPLAINTS} (lower is better) — with the target at or beyond the baseline in the metric's
   * better direction, and a deadline one day to four years after the start.
   *
   * @return complete, direction-consistent count goals
   */
  public static Gen<Goal> countGoals() {
    Gen<Long> value = longs().between(0, 1_000_000).mix(longs().between(0, 100), 30);
    Gen<Boolean> higher = Generate.booleans();
    Gen<LocalDate> start = GoalGenerators.dates();
    Gen<Integer> days = integers().between(1, 1_461).mix(integers().between(1, 40), 20);
    return in -> {
      long a = value.generate(in);
      long b = value.generate(in);
      boolean up = higher.generate(in);
      LocalDate first = start.generate(in);
      return Goal.builder()
          .name(up ? "Grow followers" : "Fewer complaints")
          .objective(up ? Objective.AUDIENCE_GROWTH : Objective.CUSTOMER_SERVICE)
          .metric(up ? MetricKind.FOLLOWERS : COMPLAINTS)
          .baseline(Target.ofCount(up ? Math.min(a, b) : Math.max(a, b)))
          .target(Target.ofCount(up ? Math.max(a, b) : Math.min(a, b)))
          .start(first)
          .deadline(first.plusDays(days.generate(in)))
          .build();
    };
  }

  /**
   * Generates series of counts on days from {@code from} to {@code to}, both included.
   *
   * @param from the first possible date
   * @param to the last possible date, not before {@code from}
   * @param maxSize the largest number of observations
   * @return series of zero to {@code maxSize} observations
   */
  public static Gen<MetricSeries> countSeries(LocalDate from, LocalDate to, int maxSize) {
    long span = ChronoUnit.DAYS.between(from, to);
    Gen<Long> day = longs().between(0, span);
    Gen<Long> value = longs().between(0, 2_000_000);
    return integers()
        .between(0, maxSize)
        .flatMap(
            size ->
                in -> {
                  TreeMap<LocalDate, MetricObservation> byDay = new TreeMap<>();
                  for (int i = 0; i < size; i++) {
                    LocalDate d = from.plusDays(day.generate(in));
                    byDay.put(d, MetricObservation.ofCount(d, value.generate(in)));
                  }
                  return MetricSeries.of(new ArrayList<>(byDay.values()));
                });
  }

  /**
   * Generates thresholds: on-track bands from 0.5 to 1.2, at-risk bands below them, either
   * projection method.
   *
   * @return constructible thresholds
   */
  public static Gen<ProgressThresholds> thresholds() {
    return doubles()
        .between(0.5, 1.2)
        .zip(
            doubles().fromZeroToOne(),
            Generate.enumValues(ProjectionMethod.class),
            (onTrack, share, method) ->
                ProgressThresholds.builder()
                    .onTrackFrom(onTrack)
                    .atRiskFrom(onTrack * share)
                    .method(method)
                    .build())
        .mix(Generate.constant(ProgressThresholds.standard()), 30);
  }

  /**
   * Generates lists of goals (any kind, drafts included) for reports.
   *
   * @param maxSize the largest number of goals
   * @return goal lists
   */
  public static Gen<List<Goal>> goalLists(int maxSize) {
    return GoalGenerators.goalLists(maxSize);
  }
}
