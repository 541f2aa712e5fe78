package dev.socialplan.goal;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import java.math.BigDecimal;
import java.time.Duration;
import org.joda.money.Money;

/**
 * A value of a metric that a goal aims for, or starts from (its baseline): an absolute count, a
 * rate, an amount of money, a span of time or a score — one form per {@link MetricUnit}.
 *
 * <p>Obtain one with {@link #ofCount(long)}, {@link #ofRate(Ratio)}, {@link #ofFraction(double)},
 * {@link #ofPercent(double)}, {@link #ofMoney(Money)}, {@link #ofDuration(Duration)} or {@link
 * #ofScore(double)}, and take it apart with a {@code switch} or {@code instanceof} over the five
 * records. Construction refuses impossible values (negative counts, money or durations; undefined or
 * non-finite rates and scores) with an exception naming the value.
 *
 * <p>{@link #magnitude()} reduces every form to a number in its unit's canonical scale (see {@link
 * MetricUnit}), which is how a goal computes its required change per month.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Target
    permits Target.Count, Target.Rate, Target.Amount, Target.TimeSpan, Target.Score {

  /**
   * Returns the unit of this value; a goal requires it to equal its metric's unit.
   *
   * @return the unit
   */
  MetricUnit unit();

  /**
   * Returns the value as a number in the unit's canonical scale: a count, a fraction ({@code 0.05}
   * for 5 %), money in the currency's major unit, seconds, or points.
   *
   * @return the magnitude
   */
  BigDecimal magnitude();

  /**
   * Tells whether this value and another can be compared and subtracted: same unit and, for money,
   * same currency.
   *
   * @param other the other value
   * @return true if they are of the same kind
   * @throws NullPointerException if other is null
   */
  default boolean isSameKindAs(Target other) {
    Checks.notNull(other, "other");
    if (this instanceof Amount && other instanceof Amount) {
      return ((Amount) this).value().isSameCurrency(((Amount) other).value());
    }
    return unit() == other.unit();
  }

  /**
   * Tells whether this value can measure a metric: its unit is the metric's unit.
   *
   * @param metric the metric
   * @return true if the units agree
   * @throws NullPointerException if the metric is null
   */
  default boolean fits(MetricKind metric) {
    Checks.notNull(metric, "metric");
    return unit() == metric.unit();
  }

  /**
   * Obtains an absolute count, such as 2,400 followers.
   *
   * @param count the count, zero or more
   * @return the target
   * @throws IllegalArgumentException if the count is negative
   */
  static Target ofCount(long count) {
    return new Count(count);
  }

  /**
   * Obtains a rate.
   *
   * @param rate the rate, defined (its denominator is not zero)
   * @return the target
   * @throws NullPointerException if the rate is null
   * @throws IllegalArgumentException if the rate is undefined
   */
  static Target ofRate(Ratio rate) {
    return new Rate(rate);
  }

  /**
   * Obtains a rate from a fraction: {@code ofFraction(0.05)} is 5 %.
   *
   * @param fraction the fraction, finite
   * @return the target
   * @throws IllegalArgumentException if the fraction is NaN or infinite
   */
  static Target ofFraction(double fraction) {
    return new Rate(Ratio.ofFraction(fraction));
  }

  /**
   * Obtains a rate from a percentage: {@code ofPercent(5)} is 5 %.
   *
   * @param percent the percentage, finite
   * @return the target
   * @throws IllegalArgumentException if the percentage is NaN or infinite
   */
  static Target ofPercent(double percent) {
    return new Rate(Ratio.ofPercent(percent));
  }

  /**
   * Obtains an amount of money.
   *
   * @param money the amount, zero or more
   * @return the target
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount is negative
   */
  static Target ofMoney(Money money) {
    return new Amount(money);
  }

  /**
   * Obtains a span of time, such as a one-hour response time.
   *
   * @param duration the duration, zero or more
   * @return the target
   * @throws NullPointerException if the duration is null
   * @throws IllegalArgumentException if the duration is negative
   */
  static Target ofDuration(Duration duration) {
    return new TimeSpan(duration);
  }

  /**
   * Obtains a score, such as a Net Promoter Score of 40.
   *
   * @param points the score, finite
   * @return the target
   * @throws IllegalArgumentException if the score is NaN or infinite
   */
  static Target ofScore(double points) {
    return new Score(points);
  }

  /**
   * An absolute count ({@link MetricUnit#COUNT}).
   *
   * @param value the count, zero or more
   */
  record Count(long value) implements Target {
    /**
     * Validates the count.
     *
     * @param value the count, zero or more
     * @throws IllegalArgumentException if the count is negative
     */
    public Count {
      Checks.nonNegative(value, "count");
    }

    @Override
    public MetricUnit unit() {
      return MetricUnit.COUNT;
    }

    @Override
    public BigDecimal magnitude() {
      return BigDecimal.valueOf(value);
    }

    /**
     * Returns the count.
     *
     * @return the count as text, such as {@code 2400}
     */
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /**
   * A rate ({@link MetricUnit#RATE}), keeping numerator and denominator.
   *
   * @param value the rate, defined
   */
  record Rate(Ratio value) implements Target {
    /**
     * Validates the rate.
     *
     * @param value the rate, defined
     * @throws NullPointerException if the rate is null
     * @throws IllegalArgumentException if the rate is undefined
     */
    public Rate {
      Checks.notNull(value, "rate");
      if (!value.isDefined()) {
        throw new IllegalArgumentException("rate must be defined: " + value);
      }
    }

    @Override
    public MetricUnit unit() {
      return MetricUnit.RATE;
    }

    /**
     * Returns the rate as a fraction.
     *
     * @return the fraction, such as {@code 0.05} for 5 %
     */
    @Override
    public BigDecimal magnitude() {
      return BigDecimal.valueOf(value.valueOr(0));
    }

    /**
     * Returns the rate's readable form.
     *
     * @return the rate as text, such as {@code 5% (0.05/1)}
     */
    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * An amount of money ({@link MetricUnit#MONEY}).
   *
   * @param value the amount, zero or more
   */
  record Amount(Money value) implements Target {
    /**
     * Validates the amount.
     *
     * @param value the amount, zero or more
     * @throws NullPointerException if the amount is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public Amount {
      Checks.notNull(value, "money");
      if (value.isNegative()) {
        throw new IllegalArgumentException("money must not be negative: " + value);
      }
    }

    @Override
    public MetricUnit unit() {
      return MetricUnit.MONEY;
    }

    /**
     * Returns the amount in the currency's major unit.
     *
     * @return the amount, at the currency's scale
     */
    @Override
    public BigDecimal magnitude() {
      return value.getAmount();
    }

    /**
     * Returns the amount's readable form.
     *
     * @return the amount as text, such as {@code USD 1500.00}
     */
    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A span of time ({@link MetricUnit#DURATION}).
   *
   * @param value the duration, zero or more
   */
  record TimeSpan(Duration value) implements Target {
    /**
     * Validates the duration.
     *
     * @param value the duration, zero or more
     * @throws NullPointerException if the duration is null
     * @throws IllegalArgumentException if the duration is negative
     */
    public TimeSpan {
      Checks.notNull(value, "duration");
      if (value.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + value);
      }
    }

    @Override
    public MetricUnit unit() {
      return MetricUnit.DURATION;
    }

    /**
     * Returns the duration in seconds.
     *
     * @return the seconds, with nanoseconds as the fraction
     */
    @Override
    public BigDecimal magnitude() {
      return BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9));
    }

    /**
     * Returns the duration in ISO-8601 form.
     *
     * @return the duration as text, such as {@code PT1H}
     */
    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A score in points ({@link MetricUnit#SCORE}).
   *
   * @param value the score, finite
   */
  record Score(double value) implements Target {
    /**
     * Validates the score.
     *
     * @param value the score, finite
     * @throws IllegalArgumentException if the score is NaN or infinite
     */
    public Score {
      Checks.finite(value, "score");
      value = value == 0 ? 0 : value; // -0.0 and 0.0 are one score
    }

    @Override
    public MetricUnit unit() {
      return MetricUnit.SCORE;
    }

    @Override
    public BigDecimal magnitude() {
      return BigDecimal.valueOf(value);
    }

    /**
     * Returns the score in points.
     *
     * @return the score as text, such as {@code 40 points}
     */
    @Override
    public String toString() {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " points";
    }
  }
}
