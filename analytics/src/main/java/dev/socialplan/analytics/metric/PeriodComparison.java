package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/**
 * A metric for a period against the previous period of the same length: both values,
 * the absolute change and the relative change.
 *
 * <p>Formulas: absolute change = current − previous; relative change = (current − previous) ÷
 * |previous|. Dividing by the magnitude keeps the sign meaning "up" or "down" when the previous value
 * is negative (a negative ROI). The relative change is undefined when the previous value is zero (or
 * an undefined rate), never infinite. Example: 1,200 clicks against 1,000 is +200, +20 %.
 *
 * <p>Factories exist for counts, plain numbers, rates, money and durations; {@link
 * #previousPeriod(LocalDateRange)} gives the period to compare with. For rates, the absolute change
 * is a difference of fractions (percentage points): 3.0 % against 2.5 % is +0.5 points and +20 %.
 *
 * <p>This class is immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the metric's values
 */
public final class PeriodComparison<T> {
  private final T current;
  private final T previous;
  private final @Nullable T absoluteChange;
  private final Ratio relativeChange;

  private PeriodComparison(T current, T previous, @Nullable T absoluteChange, Ratio relativeChange) {
    this.current = current;
    this.previous = previous;
    this.absoluteChange = absoluteChange;
    this.relativeChange = relativeChange;
  }

  /**
   * Compares two counts.
   *
   * @param current the count in the current period
   * @param previous the count in the previous period
   * @return the comparison
   * @throws ArithmeticException if the difference overflows a long
   */
  public static PeriodComparison<Long> ofCounts(long current, long previous) {
    long change = Math.subtractExact(current, previous);
    return new PeriodComparison<>(
        current, previous, change, Ratio.of((double) change, Math.abs((double) previous)));
    // Two longs: |change / previous| is at most 2^64, so the ratio is always finite.
  }

  /**
   * Compares two finite numbers.
   *
   * @param current the value in the current period
   * @param previous the value in the previous period
   * @return the comparison
   * @throws IllegalArgumentException if a value is NaN or infinite, the change overflows a double,
   *     or the relative change is too large for a rate ({@code ofValues(1e300, 1e-300)}; never
   *     infinity)
   */
  public static PeriodComparison<Double> ofValues(double current, double previous) {
    Checks.finite(current, "current");
    Checks.finite(previous, "previous");
    double change = Checks.finite(current - previous, "current - previous");
    return new PeriodComparison<>(
        current, previous, change, relative(change, Math.abs(previous), current, previous));
  }

  /** The relative change, refused with both values named when it would overflow a rate. */
  private static Ratio relative(double change, double base, Object current, Object previous) {
    if (base != 0 && !(Math.abs(change / base) <= Double.MAX_VALUE / 100)) {
      throw new IllegalArgumentException(
          "the relative change from previous "
              + previous
              + " to current "
              + current
              + " is too large for a rate");
    }
    return Ratio.of(change, base);
  }

  /**
   * Compares two rates by their values. When either is undefined, so are both changes.
   *
   * @param current the rate in the current period
   * @param previous the rate in the previous period
   * @return the comparison; the absolute change is a fraction ({@code 0.005} for half a point)
   * @throws IllegalArgumentException if the relative change is too large for a rate (a previous rate
   *     near the smallest double; never infinity)
   */
  public static PeriodComparison<Ratio> ofRatios(Ratio current, Ratio previous) {
    Checks.notNull(current, "current");
    Checks.notNull(previous, "previous");
    if (!current.isDefined() || !previous.isDefined()) {
      return new PeriodComparison<>(current, previous, null, Ratio.EMPTY);
    }
    double now = current.value().getAsDouble();
    double before = previous.value().getAsDouble();
    double change = now - before;
    return new PeriodComparison<>(
        current,
        previous,
        Ratio.ofFraction(change),
        relative(change, Math.abs(before), current, previous));
  }

  /**
   * Compares two amounts of money in the same currency; the absolute change is exact.
   *
   * @param current the amount in the current period
   * @param previous the amount in the previous period
   * @return the comparison
   * @throws IllegalArgumentException if the currencies differ, or the relative change is too large
   *     for a rate (never infinity)
   */
  public static PeriodComparison<Money> ofMoney(Money current, Money previous) {
    Checks.notNull(current, "current");
    Checks.notNull(previous, "previous");
    Amounts.sameCurrency(current, "current", previous, "previous");
    Money change = current.minus(previous);
    return new PeriodComparison<>(
        current,
        previous,
        change,
        Amounts.ratio(
            change.getAmount(), previous.getAmount().abs(), "(current - previous) / |previous|"));
  }

  /**
   * Compares two durations, such as median response times; the absolute change is exact.
   *
   * @param current the duration in the current period
   * @param previous the duration in the previous period
   * @return the comparison
   */
  public static PeriodComparison<Duration> ofDurations(Duration current, Duration previous) {
    Checks.notNull(current, "current");
    Checks.notNull(previous, "previous");
    Duration change = current.minus(previous);
    return new PeriodComparison<>(
        current, previous, change, Ratio.of(seconds(change), Math.abs(seconds(previous))));
  }

  /**
   * Returns the previous period of the same length: the days immediately before {@code period}.
   * The previous period of 1–31 March (31 days) is 29 January – 28 February in a non-leap year.
   *
   * @param period the current period, half-open and bounded
   * @return the period of the same number of days ending where {@code period} starts
   * @throws IllegalArgumentException if the period is unbounded
   */
  public static LocalDateRange previousPeriod(LocalDateRange period) {
    Checks.notNull(period, "period");
    if (period.isUnboundedStart() || period.isUnboundedEnd()) {
      throw new IllegalArgumentException("period must be bounded: " + period);
    }
    long days = ChronoUnit.DAYS.between(period.getStart(), period.getEnd());
    return LocalDateRange.of(period.getStart().minusDays(days), period.getStart());
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * Returns the value in the current period.
   *
   * @return the current value
   */
  public T current() {
    return current;
  }

  /**
   * Returns the value in the previous period.
   *
   * @return the previous value
   */
  public T previous() {
    return previous;
  }

  /**
   * Returns current − previous.
   *
   * @return the absolute change, or empty when a compared rate is undefined
   */
  public Optional<T> absoluteChange() {
    return Optional.ofNullable(absoluteChange);
  }

  /**
   * Returns (current − previous) ÷ |previous|.
   *
   * @return the relative change; undefined when the previous value is zero or undefined
   */
  public Ratio relativeChange() {
    return relativeChange;
  }

  /**
   * Returns the relative change as a percentage ({@code 20.0} for +20 %).
   *
   * @return the percentage change, or empty when undefined
   */
  public OptionalDouble percentChange() {
    return relativeChange.asPercent();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PeriodComparison)) {
      return false;
    }
    PeriodComparison<?> other = (PeriodComparison<?>) obj;
    return current.equals(other.current)
        && previous.equals(other.previous)
        && Objects.equals(absoluteChange, other.absoluteChange)
        && relativeChange.equals(other.relativeChange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(current, previous, absoluteChange, relativeChange);
  }

  /**
   * Returns a readable form such as {@code PeriodComparison[1200 vs 1000: +200, 20%]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PeriodComparison["
        + current
        + " vs "
        + previous
        + ": "
        + (absoluteChange == null ? "undefined" : absoluteChange)
        + ", "
        + relativeChange
        + "]";
  }
}
