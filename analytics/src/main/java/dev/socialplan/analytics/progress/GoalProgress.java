package dev.socialplan.analytics.progress;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.MetricKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A goal's progress on a given date: how far it has come from its baseline, the pace
 * it needs against the pace it has, where linear and compound growth would take it by the deadline,
 * when it would reach its target, and its {@link ProgressStatus} with the reason in words.
 *
 * <p><b>Definitions.</b> With baseline {@code b} (the goal's baseline, at its start), target {@code
 * t}, the latest observation {@code x} on or before the evaluation date or the deadline, whichever
 * is earlier (observations before the goal's start are ignored, and so are those after the
 * deadline: a goal is judged by what it reached in time, so a target met before the deadline and
 * lost afterwards stays achieved, and one met only after the deadline stays missed), {@code m₀} the calendar months from start to that observation and
 * {@code m₁} from it to the deadline ({@code Goal.monthsBetween}):
 *
 * <ul>
 *   <li>progress {@code = (x − b) / (t − b)}: the share of the way done, 1.0 at the target; works
 *       the same for metrics where lower is better (a cost per click going from $2 to $1.50);
 *   <li>planned pace: the goal's own {@code requiredMonthlyPace()}, {@code (t − b)} over all its
 *       months;
 *   <li>actual pace {@code = (x − b) / m₀} per month, the average so far;
 *   <li>required pace {@code = (t − x) / m₁} per month, what the rest of the period needs;
 *   <li>projections at the deadline by {@link ProjectionMethod#LINEAR} and {@link
 *       ProjectionMethod#COMPOUND}, each with its projected progress and estimated completion date.
 * </ul>
 *
 * <p><b>Status</b>, on the date passed in (never the system clock): {@link ProgressStatus#ACHIEVED}
 * when the latest observation meets the target (at or above it when higher is better, at or below
 * when lower is better — the metric's {@code higherIsBetter} flag, or the direction from baseline to
 * target when the goal names no metric); otherwise {@link ProgressStatus#MISSED} on or after the
 * deadline (the goal's period is {@code [start, deadline)}); otherwise the projected progress of
 * the {@link ProgressThresholds#method() chosen projection} classified by the thresholds. {@link
 * ProgressStatus#NOT_MEASURABLE} when the goal lacks a target, baseline or deadline, or has no
 * observation since its start; once there is an observation the status never is, whatever its
 * value. Two cases need a decision, both taken so that the status never gets worse as the observed
 * value gets better (a property test holds every goal to that):
 *
 * <ul>
 *   <li><b>A target that holds a level</b>: equal to the baseline ("keep complaints at 0"), or no
 *       improvement on it in the metric's better direction. There is no share of the way to be
 *       partly done, so the thresholds do not apply: such a goal is achieved while the latest value
 *       meets the target and off track whenever it does not (missed after the deadline), never at
 *       risk or on track. Its {@link #progress()} is empty when target equals baseline and is
 *       reported as computed otherwise.
 *   <li><b>No pace yet</b>: the latest observation is on the start day, so there is no change per
 *       month to project. The goal is judged at its planned pace from that value: the projected
 *       value at the deadline is {@code x + (t − b)} and the projected progress {@code 1 + (x − b) /
 *       (t − b)}, classified by the thresholds. A goal that starts at its baseline is therefore on
 *       track on its first day (the plan expects nothing more yet), one that starts below it is at
 *       risk or off track by how far below. {@link #statusMethod()} is empty then, and the
 *       explanation says the planned pace was assumed. (Reporting such goals as not measurable
 *       would make a start-day value that meets the target achieved and any other value not
 *       measurable: not monotone.)
 *   <li><b>Compound growth beyond range</b>: judged on the compound projection, a value that grows
 *       so fast that the projection overflows a double is on track when higher is better and off
 *       track otherwise, with the compound method named, rather than falling back to the slower
 *       linear projection (which would rank it below a value that grew less).
 * </ul>
 *
 * <p>Example, the strategy guide's goal: 10,000 Instagram followers on 1 January, 12,400 by 1 July (+400
 * a month). On 1 April with 11,050 followers: progress 43.75 %, actual pace +350 a month, linear
 * projection 12,100 (87.5 % of the way: at risk), required pace +450 a month.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoalProgress {

  GoalProgress() {}

  /**
   * Returns the goal assessed.
   *
   * @return the goal
   */
  public abstract Goal goal();

  /**
   * Returns the date of the assessment.
   *
   * @return the date passed in
   */
  public abstract LocalDate asOf();

  /**
   * Returns the thresholds the status was judged by: the bands and the projection method.
   *
   * @return the thresholds passed in, {@linkplain ProgressThresholds#standard() standard} unless
   *     others were given
   */
  public abstract ProgressThresholds thresholds();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * Returns the reason for the status, with the numbers, in a marketer's words.
   *
   * <p>The text comes from socialplan-analytics' message bundle, in English and Traditional Chinese
   * ({@code zh-TW}); figures are written the same way in every language ({@code 12,400},
   * {@code 43.75%}, ISO dates).
   *
   * @param locale the language of the text; a locale without its own bundle gets English
   * @return the explanation, not blank
   * @throws NullPointerException if the locale is null
   */
  public String explanation(Locale locale) {
    return explanationText().format(locale);
  }

  /** The explanation before it is written out in a language. */
  abstract Text explanationText();

  /**
   * Returns the latest observation on or before {@link #asOf()} (or the deadline, if earlier) and not
   * before the goal's start.
   *
   * @return the observation; empty when there is none
   */
  public abstract Optional<MetricObservation> latest();

  /**
   * Returns the share of the way from baseline to target, {@code (x − b) / (t − b)}.
   *
   * @return the progress, 1.0 at the target, always finite; empty without target, baseline or
   *     observation, when target equals baseline, or when the share is beyond a double's range (a
   *     way of 10<sup>−300</sup> travelled 10<sup>10</sup> times over), never infinite
   */
  public abstract OptionalDouble progress();

  /**
   * Returns the goal's planned change per month, {@code (t − b)} over all its months.
   *
   * @return the planned pace, in the unit's canonical scale; empty as for {@code
   *     Goal.requiredMonthlyPace()}
   */
  public abstract Optional<BigDecimal> plannedPace();

  /**
   * Returns the average change per month so far, {@code (x − b) / m₀}.
   *
   * @return the actual pace; empty without an observation after the start day
   */
  public abstract Optional<BigDecimal> actualPace();

  /**
   * Returns the change per month needed from the latest observation to reach the target by the
   * deadline, {@code (t − x) / m₁}.
   *
   * @return the required pace; empty when the latest observation is not before the deadline
   */
  public abstract Optional<BigDecimal> requiredPace();

  /**
   * Returns the linear projection.
   *
   * @return the projection; empty without an actual pace
   */
  public abstract Optional<Projection> linearProjection();

  /**
   * Returns the compound-growth projection.
   *
   * @return the projection; empty without an actual pace, or when the baseline or the latest value
   *     is not positive, or the growth overflows a double (then a compound status is on track when
   *     higher is better and off track otherwise, since the value grows beyond every finite figure)
   */
  public abstract Optional<Projection> compoundProjection();

  /**
   * Returns the projection the status was judged on: the thresholds' method, or linear when
   * compound growth is undefined.
   *
   * @return the method; empty when no projection was needed (achieved, missed, or a target that
   *     holds a level) or the status was judged at the planned pace (no pace yet)
   */
  public abstract Optional<ProjectionMethod> statusMethod();

  /**
   * Assesses a goal with the {@linkplain ProgressThresholds#standard() standard thresholds}.
   *
   * @param goal the goal
   * @param series the goal's metric over time
   * @param asOf the date of the assessment
   * @return the progress
   * @throws IllegalArgumentException if the series is of another kind than the goal's target
   */
  public static GoalProgress evaluate(Goal goal, MetricSeries series, LocalDate asOf) {
    return evaluate(goal, series, asOf, ProgressThresholds.standard());
  }

  /**
   * Assesses a goal.
   *
   * @param goal the goal
   * @param series the goal's metric over time, of the same kind as its target
   * @param asOf the date of the assessment; observations after it are ignored
   * @param thresholds the status bands and the projection they judge
   * @return the progress
   * @throws IllegalArgumentException if the series is of another kind than the goal's target
   */
  public static GoalProgress evaluate(
      Goal goal, MetricSeries series, LocalDate asOf, ProgressThresholds thresholds) {
    Checks.notNull(goal, "goal");
    Checks.notNull(series, "series");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(thresholds, "thresholds");
    Optional<MetricObservation> latest = Optional.empty();
    if (isMeasurable(goal)) {
      Target target = goal.target().orElseThrow();
      series.observations().stream()
          .findFirst()
          .filter(o -> !o.value().isSameKindAs(target))
          .ifPresent(
              o -> {
                throw new IllegalArgumentException(
                    "series must be of the kind of the goal's target " + target + ": " + o.value());
              });
      latest =
          series.latestOnOrBefore(cutoff(goal, asOf)).filter(o -> !o.date().isBefore(goal.start()));
    }
    return new Assessment(goal, latest, asOf, thresholds).run();
  }

  /**
   * Obtains a goal's progress from what it is judged on: the goal, the date, the latest
   * observation and the thresholds. Every other figure (progress, paces, projections, status and
   * explanation) is computed from these exactly as {@link #evaluate(Goal, MetricSeries, LocalDate,
   * ProgressThresholds) evaluate} computes it, so for every progress {@code p}, {@code
   * GoalProgress.of(p.goal(), p.asOf(), p.latest(), p.thresholds())} equals {@code p}; the
   * explanation is kept as its message and arguments and written out in a language only when
   * asked for, so it needs no storing.
   *
   * <p>The observation must be one {@code evaluate} could have chosen: of the kind of the goal's
   * target, dated on or after the goal's start and on or before the date of the assessment and
   * the deadline. A goal without a target, baseline or deadline is not measurable and takes no
   * observation.
   *
   * @param goal the goal
   * @param asOf the date of the assessment
   * @param latest the latest observation of the goal's metric on or before {@code asOf} (or the
   *     deadline, if earlier) and not before the goal's start; empty when there is none
   * @param thresholds the status bands and the projection they judge
   * @return the progress
   * @throws IllegalArgumentException naming the field and the value, if the observation is
   *     present for a goal that is not measurable, of another kind than the goal's target, or
   *     dated outside {@code [start, min(asOf, deadline)]}
   */
  public static GoalProgress of(
      Goal goal,
      LocalDate asOf,
      Optional<MetricObservation> latest,
      ProgressThresholds thresholds) {
    Checks.notNull(goal, "goal");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(latest, "latest");
    Checks.notNull(thresholds, "thresholds");
    if (latest.isPresent()) {
      MetricObservation o = latest.get();
      if (!isMeasurable(goal)) {
        throw new IllegalArgumentException(
            "latest must be empty for a goal without a target, baseline or deadline: " + o);
      }
      Target target = goal.target().orElseThrow();
      if (!o.value().isSameKindAs(target)) {
        throw new IllegalArgumentException(
            "latest must be of the kind of the goal's target " + target + ": " + o.value());
      }
      if (o.date().isBefore(goal.start())) {
        throw new IllegalArgumentException(
            "latest must not be dated before the goal's start " + goal.start() + ": " + o.date());
      }
      LocalDate cutoff = cutoff(goal, asOf);
      if (o.date().isAfter(cutoff)) {
        throw new IllegalArgumentException(
            "latest must not be dated after the assessment date or the deadline, whichever is"
                + " earlier ("
                + cutoff
                + "): "
                + o.date());
      }
    }
    return new Assessment(goal, latest, asOf, thresholds).run();
  }

  private static boolean isMeasurable(Goal goal) {
    return goal.target().isPresent() && goal.baseline().isPresent() && goal.deadline().isPresent();
  }

  /** The last date an observation counts on: the assessment date or the deadline, if earlier. */
  private static LocalDate cutoff(Goal goal, LocalDate asOf) {
    LocalDate deadline = goal.deadline().orElseThrow();
    return asOf.isAfter(deadline) ? deadline : asOf;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalProgress}. Not thread-safe; {@link #build()} validates. */
  static final class Builder extends ImmutableGoalProgress.Builder {
    Builder() {}
  }

  /** The computation of one assessment. */
  private static final class Assessment {
    private final Goal goal;
    private final Optional<MetricObservation> latestChosen;
    private final LocalDate asOf;
    private final ProgressThresholds thresholds;
    private final Builder result;

    Assessment(
        Goal goal,
        Optional<MetricObservation> latest,
        LocalDate asOf,
        ProgressThresholds thresholds) {
      this.goal = goal;
      this.latestChosen = latest;
      this.asOf = asOf;
      this.thresholds = thresholds;
      this.result = builder().goal(goal).asOf(asOf).thresholds(thresholds);
      goal.requiredMonthlyPace().ifPresent(result::plannedPace);
    }

    GoalProgress run() {
      List<Text> lacking = new ArrayList<>();
      if (goal.target().isEmpty()) {
        lacking.add(Text.of("progress.why.target"));
      }
      if (goal.baseline().isEmpty()) {
        lacking.add(Text.of("progress.why.baseline"));
      }
      if (goal.deadline().isEmpty()) {
        lacking.add(Text.of("progress.why.deadline"));
      }
      if (!lacking.isEmpty()) {
        return notMeasurable(Text.of("progress.why.lacks", Text.series(lacking)));
      }
      Target targetValue = goal.target().orElseThrow();
      LocalDate start = goal.start();
      LocalDate deadline = goal.deadline().orElseThrow();
      LocalDate cutoff = cutoff(goal, asOf);
      Optional<MetricObservation> latestOpt = latestChosen;
      if (latestOpt.isEmpty()) {
        return notMeasurable(
            asOf.isBefore(start)
                ? Text.of("progress.why.notStarted", start.toString())
                : cutoff.equals(deadline)
                    ? Text.of(
                        "progress.why.noObservationInPeriod",
                        metricName(),
                        start.toString(),
                        deadline.toString())
                    : Text.of("progress.why.noObservationSince", metricName(), start.toString()));
      }
      MetricObservation latest = latestOpt.get();
      result.latest(latest);
      BigDecimal b = goal.baseline().orElseThrow().magnitude();
      BigDecimal t = targetValue.magnitude();
      BigDecimal x = latest.value().magnitude();
      BigDecimal way = t.subtract(b);
      if (way.signum() != 0) {
        Magnitudes.finiteShare(x.subtract(b), way).ifPresent(result::progress);
      }
      boolean higherIsBetter =
          goal.metric().map(MetricKind::higherIsBetter).orElse(way.signum() >= 0);
      boolean achieved = higherIsBetter ? x.compareTo(t) >= 0 : x.compareTo(t) <= 0;

      BigDecimal m0 = Goal.monthsBetween(start, latest.date());
      BigDecimal m1 =
          latest.date().isBefore(deadline)
              ? Goal.monthsBetween(latest.date(), deadline)
              : BigDecimal.ZERO;
      Optional<BigDecimal> pace =
          m0.signum() > 0 ? Optional.of(Magnitudes.divide(x.subtract(b), m0)) : Optional.empty();
      pace.ifPresent(result::actualPace);
      Optional<BigDecimal> required =
          m1.signum() > 0 ? Optional.of(Magnitudes.divide(t.subtract(x), m1)) : Optional.empty();
      required.ifPresent(result::requiredPace);
      Optional<Projection> linear = pace.map(p -> linear(x, b, t, p, m1, latest.date()));
      Optional<Projection> compound =
          pace.isPresent() ? compound(x, b, t, m0, m1, latest.date()) : Optional.empty();
      linear.ifPresent(result::linearProjection);
      compound.ifPresent(result::compoundProjection);

      Text metric = metricName();
      if (achieved) {
        return result
            .status(ProgressStatus.ACHIEVED)
            .explanationText(
                Text.of(
                    "progress.achieved", metric, format(x), latest.date().toString(), format(t)))
            .build();
      }
      Text wayText =
          way.signum() != 0
              ? Text.of(
                  "progress.way",
                  Magnitudes.percent(Magnitudes.share(x.subtract(b), way)),
                  format(b),
                  format(t))
              : Text.of("progress.short", format(t));
      if (!asOf.isBefore(deadline)) {
        return result
            .status(ProgressStatus.MISSED)
            .explanationText(
                Text.of(
                    "progress.missed",
                    deadline.toString(),
                    metric,
                    format(x),
                    latest.date().toString(),
                    wayText))
            .build();
      }
      if (way.signum() == 0 || (way.signum() > 0) != higherIsBetter) {
        return holdingOffTrack(x, b, t, latest.date(), deadline, higherIsBetter);
      }
      if (linear.isEmpty()) {
        return atPlannedPace(x, b, t, latest.date(), deadline, pacePlanned(), required);
      }
      ProjectionMethod method = thresholds.method();
      Text fallback = Text.empty();
      Projection chosen = linear.get();
      if (method == ProjectionMethod.COMPOUND) {
        if (compound.isPresent()) {
          chosen = compound.get();
        } else if (b.signum() > 0 && x.signum() > 0) {
          return compoundBeyondRange(x, t, deadline, higherIsBetter, required);
        } else {
          method = ProjectionMethod.LINEAR;
          fallback = Text.of("progress.linearFallback");
        }
      }
      result.statusMethod(method);
      // The target improves on the baseline here, so every projection has a share of the way; it is
      // computed again because the projection leaves out a share beyond a double's range.
      double share = Magnitudes.share(chosen.valueAtDeadline().subtract(b), t.subtract(b));
      ProgressStatus status = thresholds.classify(share);
      Text rate =
          method == ProjectionMethod.LINEAR
              ? Text.of("progress.pace.linear", Magnitudes.formatChange(pace.get(), targetValue))
              : Text.of("progress.pace.compound", signedPercent(monthlyGrowth(x, b, m0)));
      Text next;
      if (status == ProgressStatus.ON_TRACK) {
        next =
            chosen
                .estimatedCompletion()
                .map(d -> Text.of("progress.expected", d.toString()))
                .orElse(Text.empty());
      } else {
        next = needs(required);
      }
      return result
          .status(status)
          .explanationText(
              Text.of(
                  "progress.projected",
                  status.title(),
                  rate,
                  metric,
                  format(chosen.valueAtDeadline()),
                  deadline.toString(),
                  Magnitudes.percent(share),
                  format(t),
                  fallback,
                  next))
          .build();
    }

    /**
     * Compound growth was chosen and is defined but overflows a double: only upward growth can (a
     * monthly factor below 1 shrinks the value), so the projection lies beyond every finite value.
     * Falling back to the linear projection here would rank a faster-growing value below a slower
     * one whose compound projection fits.
     */
    private GoalProgress compoundBeyondRange(
        BigDecimal x, BigDecimal t, LocalDate deadline, boolean higherIsBetter, Optional<BigDecimal> required) {
      result.statusMethod(ProjectionMethod.COMPOUND);
      ProgressStatus status = higherIsBetter ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
      Text explanation =
          higherIsBetter
              ? Text.of(
                  "progress.beyondRange.up", metricName(), format(x), deadline.toString(), format(t))
              : Text.of(
                  "progress.beyondRange.down",
                  metricName(),
                  format(x),
                  deadline.toString(),
                  format(t),
                  needs(required));
      return result.status(status).explanationText(explanation).build();
    }

    /** A target equal to the baseline, or no improvement on it: met or off track, nothing between. */
    private GoalProgress holdingOffTrack(
        BigDecimal x, BigDecimal b, BigDecimal t, LocalDate on, LocalDate deadline, boolean higherIsBetter) {
      Text which =
          t.compareTo(b) == 0
              ? Text.of("progress.holds.baseline")
              : Text.of(higherIsBetter ? "progress.holds.higher" : "progress.holds.lower", format(b));
      return result
          .status(ProgressStatus.OFF_TRACK)
          .explanationText(
              Text.of(
                  "progress.holding",
                  metricName(),
                  format(x),
                  on.toString(),
                  format(t),
                  which,
                  deadline.toString()))
          .build();
    }

    /**
     * The latest observation is on the start day: no pace of its own, so the goal is projected at
     * its planned pace from that value. On the start day the months left are all the goal's months,
     * so the planned pace covers exactly {@code t − b} by the deadline.
     */
    private GoalProgress atPlannedPace(
        BigDecimal x,
        BigDecimal b,
        BigDecimal t,
        LocalDate on,
        LocalDate deadline,
        BigDecimal planned,
        Optional<BigDecimal> required) {
      BigDecimal way = t.subtract(b);
      BigDecimal projected = x.add(way);
      double share = Magnitudes.share(projected.subtract(b), way);
      ProgressStatus status = thresholds.classify(share);
      Target kind = goal.target().orElseThrow();
      Text next = status == ProgressStatus.ON_TRACK ? Text.empty() : needs(required);
      return result
          .status(status)
          .explanationText(
              Text.of(
                  "progress.plannedPace",
                  status.title(),
                  on.toString(),
                  Magnitudes.formatChange(planned, kind),
                  metricName(),
                  format(projected),
                  deadline.toString(),
                  Magnitudes.percent(share),
                  format(t),
                  next))
          .build();
    }

    private BigDecimal pacePlanned() {
      return goal.requiredMonthlyPace().orElseThrow();
    }

    private GoalProgress notMeasurable(Text why) {
      return result
          .status(ProgressStatus.NOT_MEASURABLE)
          .explanationText(Text.of("progress.notMeasurable", why))
          .build();
    }

    /** The sentence that says what the rest of the period needs, if anything can. */
    private Text needs(Optional<BigDecimal> required) {
      Target kind = goal.target().orElseThrow();
      return required
          .map(r -> Text.of("progress.needs", Magnitudes.formatChange(r, kind)))
          .orElse(Text.empty());
    }

    private Text metricName() {
      return goal.metric().map(Magnitudes::name).orElse(Text.of("metric.ofGoal", goal.name()));
    }

    private Text format(BigDecimal value) {
      return Magnitudes.format(value, goal.target().orElseThrow());
    }

    private static Projection linear(
        BigDecimal x, BigDecimal b, BigDecimal t, BigDecimal pace, BigDecimal m1, LocalDate from) {
      BigDecimal value = x.add(pace.multiply(m1, MathContext.DECIMAL64), MathContext.DECIMAL64);
      Projection.Builder p =
          Projection.builder().method(ProjectionMethod.LINEAR).valueAtDeadline(value);
      progressOf(value, b, t).ifPresent(p::progressAtDeadline);
      BigDecimal remaining = t.subtract(x);
      if (remaining.signum() == 0) {
        p.estimatedCompletion(from);
      } else if (pace.signum() == remaining.signum()) {
        Magnitudes.plusMonths(from, Magnitudes.divide(remaining, pace).doubleValue())
            .ifPresent(p::estimatedCompletion);
      }
      return p.build();
    }

    private static Optional<Projection> compound(
        BigDecimal x, BigDecimal b, BigDecimal t, BigDecimal m0, BigDecimal m1, LocalDate from) {
      if (b.signum() <= 0 || x.signum() <= 0) {
        return Optional.empty();
      }
      double factor = 1 + monthlyGrowth(x, b, m0);
      double value = x.doubleValue() * Math.pow(factor, m1.doubleValue());
      if (!Double.isFinite(value) || !Double.isFinite(factor)) {
        return Optional.empty();
      }
      BigDecimal projected = new BigDecimal(value, MathContext.DECIMAL64);
      Projection.Builder p =
          Projection.builder().method(ProjectionMethod.COMPOUND).valueAtDeadline(projected);
      progressOf(projected, b, t).ifPresent(p::progressAtDeadline);
      int remaining = t.compareTo(x);
      if (remaining == 0) {
        p.estimatedCompletion(from);
      } else if (t.signum() > 0 && factor > 0 && (remaining > 0 ? factor > 1 : factor < 1)) {
        double months = Math.log(t.doubleValue() / x.doubleValue()) / Math.log(factor);
        Magnitudes.plusMonths(from, months).ifPresent(p::estimatedCompletion);
      }
      return Optional.of(p.build());
    }

    private static double monthlyGrowth(BigDecimal x, BigDecimal b, BigDecimal m0) {
      return Math.pow(x.doubleValue() / b.doubleValue(), 1 / m0.doubleValue()) - 1;
    }

    private static OptionalDouble progressOf(BigDecimal value, BigDecimal b, BigDecimal t) {
      BigDecimal way = t.subtract(b);
      return way.signum() == 0
          ? OptionalDouble.empty()
          : Magnitudes.finiteShare(value.subtract(b), way);
    }

    private static String signedPercent(double fraction) {
      String text = String.format(Locale.ROOT, "%.2f", Math.abs(fraction) * 100).replaceFirst("\\.?0+$", "");
      return (fraction < 0 ? "−" : "+") + text + "%";
    }
  }
}
