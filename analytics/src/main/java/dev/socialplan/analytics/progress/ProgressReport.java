package dev.socialplan.analytics.progress;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.goal.Goal;
import dev.socialplan.internal.Checks;
import dev.socialplan.plan.StrategyPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Every goal's progress on one date, for the strategy guide's "re-evaluate constantly" step:
 * the goals in the order given, the count per status, and the goals that need attention, worst
 * first.
 *
 * <p>Obtain one with {@link #of(StrategyPlan, Map, LocalDate)} or {@link #of(List, Map,
 * LocalDate)}: goals are matched with their series by name
 * (goals in a plan have no other identifier); a goal without a series is assessed on an empty one
 * and reported {@link ProgressStatus#NOT_MEASURABLE}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressReport {

  ProgressReport() {}

  /**
   * Returns the date of the assessment.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns each goal's progress, in the order the goals were given.
   *
   * @return the progress of every goal
   */
  public abstract List<GoalProgress> goals();

  /**
   * Assesses every goal of a plan with the standard thresholds.
   *
   * @param plan the plan
   * @param seriesByGoalName each goal's metric series, keyed by goal name
   * @param asOf the date of the assessment
   * @return the report, goals in the plan's order
   * @throws IllegalArgumentException if a series is of another kind than its goal's target
   */
  public static ProgressReport of(
      StrategyPlan plan, Map<String, MetricSeries> seriesByGoalName, LocalDate asOf) {
    Checks.notNull(plan, "plan");
    return of(plan.goals(), seriesByGoalName, asOf);
  }

  /**
   * Assesses goals with the standard thresholds.
   *
   * @param goals the goals, for example a plan's
   * @param seriesByGoalName each goal's metric series, keyed by goal name
   * @param asOf the date of the assessment
   * @return the report
   * @throws IllegalArgumentException if a series is of another kind than its goal's target
   */
  public static ProgressReport of(
      List<Goal> goals, Map<String, MetricSeries> seriesByGoalName, LocalDate asOf) {
    return of(goals, seriesByGoalName, asOf, ProgressThresholds.standard());
  }

  /**
   * Assesses goals.
   *
   * @param goals the goals, for example a plan's
   * @param seriesByGoalName each goal's metric series, keyed by goal name
   * @param asOf the date of the assessment
   * @param thresholds the status bands and the projection they judge
   * @return the report
   * @throws IllegalArgumentException if a series is of another kind than its goal's target
   */
  public static ProgressReport of(
      List<Goal> goals,
      Map<String, MetricSeries> seriesByGoalName,
      LocalDate asOf,
      ProgressThresholds thresholds) {
    Checks.noNullElements(goals, "goals");
    Checks.notNull(seriesByGoalName, "seriesByGoalName");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(thresholds, "thresholds");
    List<GoalProgress> progress = new ArrayList<>(goals.size());
    for (Goal goal : goals) {
      MetricSeries series = seriesByGoalName.getOrDefault(goal.name(), MetricSeries.empty());
      progress.add(GoalProgress.evaluate(goal, series, asOf, thresholds));
    }
    return builder().asOf(asOf).goals(progress).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many goals have each status, every status included, in the enum's order.
   *
   * @return the counts
   */
  public Map<ProgressStatus, Long> countByStatus() {
    Map<ProgressStatus, Long> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      counts.put(s, 0L);
    }
    for (GoalProgress g : goals()) {
      counts.merge(g.status(), 1L, Long::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the goals with a status.
   *
   * @param status the status
   * @return the goals with it, in the report's order
   */
  public List<GoalProgress> withStatus(ProgressStatus status) {
    Checks.notNull(status, "status");
    return goals().stream().filter(g -> g.status() == status).toList();
  }

  /**
   * Returns the goals at risk, off track or missed, worst first (missed, then off track, then at
   * risk), keeping the report's order within a status.
   *
   * @return the goals that need attention
   */
  public List<GoalProgress> needingAttention() {
    return goals().stream()
        .filter(g -> g.status().needsAttention())
        .sorted(Comparator.comparingInt(g -> g.status().rank()))
        .toList();
  }

  /**
   * Summarises the report in one line: the number of goals, the date, and how many have each status
   * that occurs, in the order of {@link #countByStatus()}.
   *
   * @param locale the language; a locale without its own bundle gets English
   * @return for example {@code "3 goals on 2025-04-01: 1 achieved, 1 at risk, 1 not measurable"}
   * @throws NullPointerException if the locale is null
   */
  public String summary(Locale locale) {
    List<Text> parts = new ArrayList<>();
    for (Map.Entry<ProgressStatus, Long> e : countByStatus().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(Text.of("report.count", e.getValue().toString(), Text.of("status." + e.getKey())));
      }
    }
    return Text.of(
            "report.summary",
            (long) goals().size(),
            asOf().toString(),
            parts.isEmpty() ? Text.empty() : Text.of("report.counts", Text.joined(parts)))
        .format(locale);
  }

  @Value.Check
  void check() {
    for (GoalProgress g : goals()) {
      if (!g.asOf().equals(asOf())) {
        throw new IllegalArgumentException(
            "goals must be assessed on the report's date " + asOf() + ": " + g.asOf());
      }
    }
  }

  /** Builds a {@link ProgressReport}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }
}
