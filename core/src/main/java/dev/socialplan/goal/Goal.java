package dev.socialplan.goal;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.platform.Platform;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * A social media goal: the {@link Objective} it pursues, the metric it is measured by,
 * its target and baseline, the platform it is for (goals can differ per network), start and
 * deadline, the {@link BusinessObjective} it serves, its owner, and the growth evidence the SMART
 * "Achievable" check compares its required pace with.
 *
 * <p>The strategy guide's example — "+400 new Instagram followers a month" for six months from a
 * base of 10,000 — is:
 *
 * <pre>{@code
 * Goal.builder()
 *     .name("Grow Instagram")
 *     .objective(Objective.AUDIENCE_GROWTH)
 *     .metric(MetricKind.FOLLOWERS)
 *     .platform(Platform.INSTAGRAM)
 *     .baseline(Target.ofCount(10_000))
 *     .target(Target.ofCount(12_400))
 *     .start(LocalDate.of(2025, 1, 1))
 *     .deadline(LocalDate.of(2025, 7, 1))
 *     .businessObjective(onlineSales)
 *     .owner("Mei")
 *     .growthReference(GrowthReference.observed(300, 450, 500))
 *     .build();           // requiredMonthlyPace() is 400
 * }</pre>
 *
 * <p><b>What construction refuses</b> (structural impossibilities): a blank name, owner
 * or business objective id; a deadline before the start; a platform together with {@link
 * #acrossAllPlatforms()}; a target or baseline whose unit is not the
 * metric's unit; a baseline of another kind than the target (another unit, or money in another
 * currency). <b>What it accepts</b>, leaving it to the SMART rules as findings: a missing metric,
 * target, scope (neither a platform nor all platforms), baseline, deadline, owner or business objective; a deadline equal to the start; a target
 * that is no improvement on the baseline; a metric its objective does not suggest.
 *
 * <p><b>Dates.</b> The goal runs over the half-open period {@code [start, deadline)}: the deadline is
 * the day by which the target must be reached. Months between the two are calendar months, see
 * {@link #monthsBetween(LocalDate, LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Goal {

  Goal() {}

  /**
   * Returns the goal's name, shown in reports.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what the goal is for.
   *
   * @return the objective
   */
  public abstract Objective objective();

  /**
   * Returns the metric the goal is measured by, if named.
   *
   * @return the metric
   */
  public abstract Optional<MetricKind> metric();

  /**
   * Returns the value the metric should reach by the deadline, if set.
   *
   * @return the target, in the metric's unit
   */
  public abstract Optional<Target> target();

  /**
   * Returns the metric's value at the start, if measured.
   *
   * @return the baseline, of the same kind as the target
   */
  public abstract Optional<Target> baseline();

  /**
   * Returns the platform the goal is for; empty for a goal {@linkplain #acrossAllPlatforms() across
   * all platforms}, or one that does not say where it applies.
   *
   * @return the platform
   */
  public abstract Optional<Platform> platform();

  /**
   * Tells whether the goal is for all platforms together ("10,000 followers across our accounts"):
   * its scope when it names no platform. A goal with neither a platform nor this flag does not say
   * where it applies, and its SMART "Specific" letter is not met.
   *
   * @return true for a goal across all platforms; false unless set
   */
  @Value.Default
  public boolean acrossAllPlatforms() {
    return false;
  }

  /**
   * Tells whether the goal names its scope: a {@linkplain #platform() platform}, or {@linkplain
   * #acrossAllPlatforms() all platforms}.
   *
   * @return true if either is set
   */
  public boolean hasScope() {
    return platform().isPresent() || acrossAllPlatforms();
  }

  /**
   * Returns the first day of the goal.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the day by which the target must be reached, if set.
   *
   * @return the deadline, not before the start
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the {@link BusinessObjective#id() id} of the business objective the goal serves, if
   * linked.
   *
   * @return the business objective id, not blank
   */
  public abstract Optional<String> businessObjectiveId();

  /**
   * Returns who is responsible for the goal, if named.
   *
   * @return the owner, not blank
   */
  public abstract Optional<String> owner();

  /**
   * Returns the growth the required pace is compared with (history or benchmark), if known.
   *
   * @return the growth reference
   */
  public abstract Optional<GrowthReference> growthReference();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the goal's period, {@code [start, deadline)}.
   *
   * @return the period, empty when there is no deadline; an empty range when deadline equals start
   */
  public Optional<LocalDateRange> period() {
    return deadline().map(d -> LocalDateRange.of(start(), d));
  }

  /**
   * Tells whether the goal serves a business objective, comparing ids.
   *
   * @param objective the business objective
   * @return true if {@link #businessObjectiveId()} is the objective's id
   * @throws NullPointerException if the objective is null
   */
  public boolean serves(BusinessObjective objective) {
    Checks.notNull(objective, "objective");
    return businessObjectiveId().filter(objective.id()::equals).isPresent();
  }

  /**
   * Returns the change the target asks for: target − baseline, in the unit's canonical scale (see
   * {@link Target#magnitude()}). Negative when the goal is to lower the metric (a cost, a response
   * time).
   *
   * @return the required change, empty unless both target and baseline are set
   */
  public Optional<BigDecimal> requiredChange() {
    return target().flatMap(t -> baseline().map(b -> t.magnitude().subtract(b.magnitude())));
  }

  /**
   * Returns the number of calendar months from start to deadline (see {@link
   * #monthsBetween(LocalDate, LocalDate)}).
   *
   * @return the months, empty when there is no deadline
   */
  public Optional<BigDecimal> months() {
    return deadline().map(d -> monthsBetween(start(), d));
  }

  /**
   * Returns the change per month the goal requires: {@link #requiredChange()} ÷ {@link #months()},
   * rounded to 16 significant digits ({@link MathContext#DECIMAL64}). The strategy guide's "+400 Instagram
   * followers a month" is a required pace of 400.
   *
   * @return the pace, empty unless target, baseline and deadline are set and the deadline is after
   *     the start
   */
  public Optional<BigDecimal> requiredMonthlyPace() {
    return requiredChange()
        .flatMap(
            change ->
                months()
                    .filter(m -> m.signum() > 0)
                    .map(m -> change.divide(m, MathContext.DECIMAL64)));
  }

  /**
   * Returns the calendar months between two dates. The whole months are the largest {@code n} with
   * {@code start.plusMonths(n)} not after {@code end} ({@code plusMonths} keeps the day of month, or
   * clamps it to the month's last day); the remaining days count as a fraction of the days from
   * {@code start.plusMonths(n)} to {@code start.plusMonths(n + 1)}. So 1 January to 1 July is exactly
   * 6; 1 January to 16 January is 15/31; 31 January to 28 February is 1 (a month-end to the next
   * month-end); 29 February 2024 to 28 February 2025 is 12. The result never decreases as {@code end}
   * moves later.
   *
   * @param start the first date
   * @param end the second date, not before {@code start}
   * @return the months, zero or more, exact to 16 significant digits; defined for every pair of
   *     dates, {@link LocalDate#MIN} to {@link LocalDate#MAX} included
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static BigDecimal monthsBetween(LocalDate start, LocalDate end) {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start: " + end + " < " + start);
    }
    long whole = ChronoUnit.MONTHS.between(start, end);
    LocalDate next = monthsLater(start, whole + 1);
    if (next != null && !next.isAfter(end)) {
      whole++; // a clamped month-end: 31 January plus one month is 28 February
      next = monthsLater(start, whole + 1);
    }
    LocalDate anchor = start.plusMonths(whole);
    long days = ChronoUnit.DAYS.between(anchor, end);
    // The month after the anchor lies beyond LocalDate.MAX only when the anchor is in December of
    // the last year; that month would be a January, of 31 days.
    long span = next != null ? ChronoUnit.DAYS.between(anchor, next) : 31;
    BigDecimal fraction =
        BigDecimal.valueOf(days).divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
    return BigDecimal.valueOf(whole).add(fraction, MathContext.DECIMAL64);
  }

  /** {@code date.plusMonths(months)}, or null when that is after {@link LocalDate#MAX}. */
  private static @Nullable LocalDate monthsLater(LocalDate date, long months) {
    long index = date.getYear() * 12L + date.getMonthValue() - 1 + months;
    long last = LocalDate.MAX.getYear() * 12L + LocalDate.MAX.getMonthValue() - 1;
    return index > last ? null : date.plusMonths(months);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    if (acrossAllPlatforms() && platform().isPresent()) {
      throw new IllegalArgumentException(
          "a goal for one platform cannot also be across all platforms: platform "
              + platform().get());
    }
    deadline()
        .filter(d -> d.isBefore(start()))
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "deadline must not be before start: " + d + " < " + start());
            });
    businessObjectiveId().ifPresent(id -> Checks.nonBlank(id, "businessObjectiveId"));
    owner().ifPresent(o -> Checks.nonBlank(o, "owner"));
    metric()
        .ifPresent(
            m -> {
              target().filter(t -> !t.fits(m)).ifPresent(t -> unitMismatch("target", t, m));
              baseline().filter(b -> !b.fits(m)).ifPresent(b -> unitMismatch("baseline", b, m));
            });
    target()
        .ifPresent(
            t ->
                baseline()
                    .filter(b -> !b.isSameKindAs(t))
                    .ifPresent(
                        b -> {
                          throw new IllegalArgumentException(
                              "baseline must be of the same kind as target " + t + " (" + t.unit()
                                  + "): " + b + " (" + b.unit() + ")");
                        }));
  }

  private static void unitMismatch(String field, Target value, MetricKind metric) {
    throw new IllegalArgumentException(
        field + " must be in the unit of metric " + metric.id() + " (" + metric.unit() + "): "
            + value + " (" + value.unit() + ")");
  }

  /** Builds a {@link Goal}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}

    /**
     * Links the goal to the business objective it serves, by id.
     *
     * @param objective the business objective
     * @return this builder
     * @throws NullPointerException if the objective is null
     */
    public Builder businessObjective(BusinessObjective objective) {
      Checks.notNull(objective, "objective");
      return businessObjectiveId(objective.id());
    }
  }
}
