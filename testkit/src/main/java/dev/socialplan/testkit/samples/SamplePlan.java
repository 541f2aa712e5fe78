package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.goal.Goal;
import dev.socialplan.internal.Checks;
import dev.socialplan.plan.StrategyPlan;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One sample, ready to use as a test fixture: a {@link StrategyPlan}, the content calendar its posts
 * were scheduled into, the performance those posts recorded once published, and the time series of
 * its goals' metrics up to a date.
 *
 * <pre>{@code
 * SamplePlan sample = SamplePlans.article();
 * ValidationReport plan = PlanRules.standard().validate(sample.plan());
 * ValidationReport calendar = CalendarRules.standard().validate(sample.plannedCalendar());
 * PerformanceSummary summary = PerformanceSummary.of(sample.performance());
 * ProgressReport progress = sample.progressReport();
 * }</pre>
 *
 * <p>The parts agree with each other, which construction checks: the calendar is in the plan's time
 * zone, every performance record names (by {@link PerformanceRecord#postId()}) a post of the calendar
 * and matches its platform, time, format and purpose, and every goal series belongs to a goal of the
 * plan and ends no later than {@link #asOf()}.
 *
 * <p>The samples of {@link SamplePlans} are built with fixed dates and a fixed random seed: equal on
 * every machine and in every run. Obtain your own with {@link #builder()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class SamplePlan {

  SamplePlan() {}

  /**
   * Returns the sample's name, as shown in test reports ({@code "Little Lunchbox (the source
   * article's scenario)"}).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what the sample is and what it shows, in a sentence or two.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the strategy plan.
   *
   * @return the plan
   */
  public abstract StrategyPlan plan();

  /**
   * Returns the request the calendar was scheduled from: the period, the posting schedules, the
   * backlog of drafts, the posts fixed beforehand (a live stream) and the content mix target.
   *
   * @return the scheduling request
   */
  public abstract SchedulingRequest schedulingRequest();

  /**
   * Returns the content calendar: the posts the scheduler placed for the request, plus the posts
   * fixed beforehand, each in the state the sample describes (usually published).
   *
   * @return the calendar, in the plan's time zone
   */
  public abstract ContentCalendar calendar();

  /**
   * Returns the performance the calendar's posts recorded, one record per post that has one, in the
   * calendar's time order. Counts are simulated with realistic magnitudes; some are missing, as they
   * are in real exports (a platform that does not report saves, an API gap).
   *
   * @return the records, unmodifiable
   */
  public abstract List<PerformanceRecord> performance();

  /**
   * Returns the observed time series of the plan's goals, keyed by goal name, as {@link
   * ProgressReport#of(StrategyPlan, Map, LocalDate)} takes them. A goal without a series has not
   * been measured yet.
   *
   * @return the series by goal name, unmodifiable
   */
  public abstract Map<String, MetricSeries> seriesByGoal();

  /**
   * Returns the date the goal series run to: the date to assess progress on.
   *
   * @return the assessment date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the calendar together with what the calendar rules check it against: the request's
   * schedules, period and mix target, and the standard platform catalog.
   *
   * @return the subject of {@code CalendarRules.standard()}
   */
  public PlannedCalendar plannedCalendar() {
    return PlannedCalendar.from(schedulingRequest(), calendar());
  }

  /**
   * Returns the progress of every goal of the plan on {@link #asOf()}, from {@link #seriesByGoal()},
   * with the standard thresholds.
   *
   * @return the progress report
   */
  public ProgressReport progressReport() {
    return ProgressReport.of(plan(), seriesByGoal(), asOf());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    Checks.nonBlank(description(), "description");
    plan()
        .timeZone()
        .filter(zone -> !zone.equals(calendar().zone()))
        .ifPresent(
            zone -> {
              throw new IllegalArgumentException(
                  "calendar must be in the plan's time zone " + zone + ": " + calendar().zone());
            });
    Set<String> recorded = new HashSet<>();
    for (int i = 0; i < performance().size(); i++) {
      checkRecord(performance().get(i), i, recorded);
    }
    Set<String> goals = plan().goals().stream().map(Goal::name).collect(Collectors.toSet());
    seriesByGoal()
        .forEach(
            (goal, series) -> {
              if (!goals.contains(goal)) {
                throw new IllegalArgumentException(
                    "seriesByGoal must be keyed by the name of a goal of the plan: \"" + goal + "\"");
              }
              List<MetricObservation> observations = series.observations();
              if (!observations.isEmpty()
                  && observations.get(observations.size() - 1).date().isAfter(asOf())) {
                throw new IllegalArgumentException(
                    "seriesByGoal[" + goal + "] must end no later than asOf " + asOf() + ": "
                        + observations.get(observations.size() - 1).date());
              }
            });
  }

  private void checkRecord(PerformanceRecord record, int index, Set<String> recorded) {
    String field = "performance[" + index + "]";
    String id =
        record
            .postId()
            .orElseThrow(() -> new IllegalArgumentException(field + " must name its post: " + record));
    if (!recorded.add(id)) {
      throw new IllegalArgumentException(field + " is a second record of post \"" + id + "\"");
    }
    var post =
        calendar()
            .get(id)
            .orElseThrow(
                () -> new IllegalArgumentException(field + " names no post of the calendar: \"" + id + "\""));
    if (!post.platform().equals(record.platform())
        || !post.time().equals(record.publishedAt())
        || post.content().format() != record.format()
        || post.content().purpose() != record.purpose()) {
      throw new IllegalArgumentException(
          field + " does not match post \"" + id + "\" (platform, time, format, purpose): " + record);
    }
  }

  /** Builds a {@link SamplePlan}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSamplePlan.Builder {
    Builder() {}
  }
}
