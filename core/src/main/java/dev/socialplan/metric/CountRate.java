package dev.socialplan.metric;

import dev.socialplan.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * A count per unit that is not a fraction: 20 likes per post, 24 likes per 1,000 followers. It keeps
 * the count, the number of units it is spread over and how many units each figure counts (1 for
 * "per post", 1,000 for "per 1,000 followers"), so its text says what it is: {@code 24 per 1000
 * followers (600/25000)}. A {@link Ratio} is a fraction printed as a percentage; these figures are
 * not, and printing them as one ("2,400%") would mislead.
 *
 * <p>The figure is {@code count ÷ units × scale}. With no units (no posts, no followers) it is
 * undefined: {@link #isDefined()} is false and {@link #value()} empty, never NaN, zero or infinity.
 * Counts are non-negative whole numbers and the figure is always finite.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountRate implements Comparable<CountRate>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Enough digits to tell every double apart, so {@link #value()} is the figure's nearest double. */
  private static final MathContext SEVENTEEN_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);

  /** The count: likes, comments, shares. */
  private final long count;

  /** The units the count is spread over: posts, followers. */
  private final long units;

  /** How many units one figure counts: 1 per post, 1,000 per thousand followers. */
  private final long scale;

  /** What a unit is, in the singular or plural the text needs: "post", "followers". */
  private final String unit;

  private CountRate(long count, long units, long scale, String unit) {
    this.count = count;
    this.units = units;
    this.scale = scale;
    this.unit = unit;
  }

  /**
   * Obtains a count per unit.
   *
   * @param count the count, zero or more (likes, comments, shares)
   * @param units the units it is spread over, zero or more; zero gives an undefined figure
   * @param scale how many units one figure counts, at least 1 ({@code 1000} for "per 1,000
   *     followers")
   * @param unit what a unit is, as the text should name it ({@code "post"}, {@code "followers"}),
   *     not blank
   * @return the figure
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if a count is negative, the scale is below 1 or the unit is
   *     blank
   */
  public static CountRate of(long count, long units, long scale, String unit) {
    Checks.notNull(unit, "unit");
    Checks.nonNegative(count, "count");
    Checks.nonNegative(units, "units");
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1: " + scale);
    }
    Checks.nonBlank(unit, "unit");
    return new CountRate(count, units, scale, unit);
  }

  /**
   * Obtains a count per post: {@code perPost(600, 30)} is {@code 20 per post (600/30)}.
   *
   * @param count the count over all posts, zero or more
   * @param posts the number of posts, zero or more; zero gives an undefined figure
   * @return the count per post
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perPost(long count, long posts) {
    return of(count, posts, 1, "post");
  }

  /**
   * Obtains a count per 1,000 followers: {@code perThousandFollowers(600, 25_000)} is {@code 24 per
   * 1000 followers (600/25000)}.
   *
   * @param count the count, zero or more
   * @param followers the followers, zero or more; zero gives an undefined figure
   * @return the count per 1,000 followers
   * @throws IllegalArgumentException if a count is negative
   */
  public static CountRate perThousandFollowers(long count, long followers) {
    return of(count, followers, 1000, "followers");
  }

  /**
   * Returns the count.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns the number of units the count is spread over.
   *
   * @return the units, zero or more; zero when undefined
   */
  public long units() {
    return units;
  }

  /**
   * Returns how many units one figure counts.
   *
   * @return 1 for a count per unit, 1,000 for a count per thousand units
   */
  public long scale() {
    return scale;
  }

  /**
   * Returns what a unit is, as the text names it.
   *
   * @return for example {@code "post"} or {@code "followers"}
   */
  public String unit() {
    return unit;
  }

  /**
   * Tells whether the figure has a value, that is whether there are units to spread the count over.
   *
   * @return true if {@link #units()} is not zero
   */
  public boolean isDefined() {
    return units != 0;
  }

  /**
   * Returns the figure: {@code count ÷ units × scale}.
   *
   * @return the figure, finite and not negative (the quotient rounded to 17 significant digits, then
   *     to the nearest double); empty when there are no units
   */
  public OptionalDouble value() {
    return isDefined() ? OptionalDouble.of(exact().doubleValue()) : OptionalDouble.empty();
  }

  /**
   * Returns the figure as the fraction {@code (count × scale) / units}, for arithmetic that needs
   * numerator and denominator.
   *
   * @return the ratio; undefined when there are no units
   */
  public Ratio toRatio() {
    return Ratio.of((double) count * scale, (double) units);
  }

  /** The figure as a decimal: the exact quotient rounded to 17 significant digits. */
  private BigDecimal exact() {
    return BigDecimal.valueOf(count)
        .multiply(BigDecimal.valueOf(scale))
        .divide(BigDecimal.valueOf(units), SEVENTEEN_DIGITS);
  }

  /**
   * Compares figures by value; an undefined figure sorts before every defined one. Figures of
   * different units are compared by number alone. Consistent with {@link #value()}, not with {@link
   * #equals(Object)}.
   *
   * @param other the other figure
   * @return negative, zero or positive as this figure is lower than, equal to or higher than the other
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(CountRate other) {
    Checks.notNull(other, "other");
    if (!isDefined() || !other.isDefined()) {
      return Boolean.compare(isDefined(), other.isDefined());
    }
    // Cross-multiplied in BigDecimal: exact for every pair of figures.
    return BigDecimal.valueOf(count)
        .multiply(BigDecimal.valueOf(scale))
        .multiply(BigDecimal.valueOf(other.units))
        .compareTo(
            BigDecimal.valueOf(other.count)
                .multiply(BigDecimal.valueOf(other.scale))
                .multiply(BigDecimal.valueOf(units)));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CountRate)) {
      return false;
    }
    CountRate o = (CountRate) obj;
    return count == o.count && units == o.units && scale == o.scale && unit.equals(o.unit);
  }

  @Override
  public int hashCode() {
    return ((Long.hashCode(count) * 31 + Long.hashCode(units)) * 31 + Long.hashCode(scale)) * 31
        + unit.hashCode();
  }

  /**
   * Returns a readable form that says what the figure is: {@code 20 per post (600/30)}, {@code 24
   * per 1000 followers (600/25000)}, {@code undefined per post (5/0)}. The figure is the exact
   * quotient rounded to 17 significant digits, without trailing zeros.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    String figure = isDefined() ? Ratio.decimalText(exact()) : "undefined";
    String per = scale == 1 ? unit : scale + " " + unit;
    return figure + " per " + per + " (" + count + "/" + units + ")";
  }

  /**
   * A serialised figure is checked as {@link #of(long, long, long, String)} checks its arguments.
   *
   * @param in the stream
   * @throws java.io.IOException ({@link java.io.InvalidObjectException}) if what was read
   *     is refused, or the stream fails
   * @throws ClassNotFoundException if a class in the stream is not found
   */
  private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      of(count, units, scale, unit);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
