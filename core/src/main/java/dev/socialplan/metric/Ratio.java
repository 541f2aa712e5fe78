package dev.socialplan.metric;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A rate that keeps its numerator and denominator: {@code 69 engagements / 2,000 reach}.
 *
 * <p>Keeping both parts makes pooled averages exact ({@link #pooledWith(Ratio)} adds numerators and
 * denominators rather than averaging rates) and keeps the unit visible. The value is a fraction
 * ({@code 0.0345}); {@link #asPercent()} gives the percentage view ({@code 3.45}).
 *
 * <p>A ratio whose denominator is zero is <em>undefined</em>: {@link #isDefined()} is false and
 * {@link #value()} is empty. socialplan never turns an undefined rate into NaN, zero or an exception.
 *
 * <p>Numerator and denominator are finite doubles; counts up to 2<sup>53</sup> are represented
 * exactly. Either may be negative (a return on investment can be negative); a negative denominator is
 * allowed but unusual.
 *
 * <p>Equality compares numerator and denominator, so {@code 1/2} and {@code 2/4} are different values
 * with the same {@link #value()}; use {@link #compareTo(Ratio)} or {@link #value()} to compare rates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Trailing zeros of {@code %.4g} before the percent sign ("5.000%" reads "5%"); compiled once. */
  private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.?0+%");

  /** The ratio {@code 0/0}: undefined, and the identity of {@link #pooledWith(Ratio)}. */
  public static final Ratio EMPTY = new Ratio(0, 0);

  /** The numerator. */
  private final double numerator;

  /** The denominator; zero when undefined. */
  private final double denominator;

  private Ratio(double numerator, double denominator) {
    // Normalise -0.0 so that equals and hashCode agree with ==.
    this.numerator = numerator == 0 ? 0 : numerator;
    this.denominator = denominator == 0 ? 0 : denominator;
  }

  /**
   * Obtains a ratio of two counts.
   *
   * @param numerator the numerator, for example engagements
   * @param denominator the denominator, for example reach; zero gives an undefined ratio
   * @return the ratio
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Obtains a ratio of two finite numbers.
   *
   * @param numerator the numerator
   * @param denominator the denominator; zero gives an undefined ratio
   * @return the ratio
   * @throws IllegalArgumentException if either part is NaN or infinite
   */
  public static Ratio of(double numerator, double denominator) {
    Checks.finite(numerator, "numerator");
    Checks.finite(denominator, "denominator");
    return new Ratio(numerator, denominator);
  }

  /**
   * Obtains a ratio from a fraction, as {@code fraction / 1}.
   *
   * @param fraction the rate as a fraction, for example {@code 0.05} for 5 %
   * @return the ratio {@code fraction / 1}
   * @throws IllegalArgumentException if the fraction is NaN or infinite
   */
  public static Ratio ofFraction(double fraction) {
    return of(fraction, 1);
  }

  /**
   * Obtains a ratio from a percentage, as {@code (percent / 100) / 1}.
   *
   * @param percent the rate as a percentage, for example {@code 5} for 5 %
   * @return the ratio
   * @throws IllegalArgumentException if the percentage is NaN or infinite
   */
  public static Ratio ofPercent(double percent) {
    Checks.finite(percent, "percent");
    return of(percent / 100.0, 1);
  }

  /**
   * Pools ratios by adding their numerators and their denominators (the "ratio of sums").
   *
   * @param ratios the ratios; empty gives {@link #EMPTY}
   * @return the pooled ratio
   */
  public static Ratio pooled(Collection<Ratio> ratios) {
    Checks.noNullElements(ratios, "ratios");
    double n = 0;
    double d = 0;
    for (Ratio r : ratios) {
      n += r.numerator;
      d += r.denominator;
    }
    return of(n, d);
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator
   */
  public double numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator; zero when the ratio is undefined
   */
  public double denominator() {
    return denominator;
  }

  /**
   * Tells whether the ratio has a value, that is whether its denominator is not zero.
   *
   * @return true if the denominator is not zero
   */
  public boolean isDefined() {
    return denominator != 0;
  }

  /**
   * Returns the rate as a fraction ({@code 0.0345}).
   *
   * @return the fraction, or empty when the denominator is zero
   */
  public OptionalDouble value() {
    return isDefined() ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
  }

  /**
   * Returns the rate as a percentage ({@code 3.45}).
   *
   * @return the percentage, or empty when the denominator is zero
   */
  public OptionalDouble asPercent() {
    return isDefined()
        ? OptionalDouble.of(numerator / denominator * 100.0)
        : OptionalDouble.empty();
  }

  /**
   * Returns the rate as a fraction, or the given value when undefined.
   *
   * @param whenUndefined the value to return when the denominator is zero
   * @return the fraction, or {@code whenUndefined}
   */
  public double valueOr(double whenUndefined) {
    return isDefined() ? numerator / denominator : whenUndefined;
  }

  /**
   * Pools this ratio with another: {@code (n1 + n2) / (d1 + d2)}. Associative and commutative, with
   * {@link #EMPTY} as identity.
   *
   * @param other the other ratio
   * @return the pooled ratio
   * @throws IllegalArgumentException if a sum overflows to infinity
   */
  public Ratio pooledWith(Ratio other) {
    Checks.notNull(other, "other");
    return of(numerator + other.numerator, denominator + other.denominator);
  }

  /**
   * Compares rates by value; an undefined ratio sorts before every defined one. Consistent with
   * {@link #value()}, not with {@link #equals(Object)}.
   *
   * @param other the other ratio
   * @return negative, zero or positive as this rate is lower than, equal to or higher than the other
   */
  @Override
  public int compareTo(Ratio other) {
    if (!isDefined() || !other.isDefined()) {
      return Boolean.compare(isDefined(), other.isDefined());
    }
    return Double.compare(numerator / denominator, other.numerator / other.denominator);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ratio
        && Double.compare(numerator, ((Ratio) obj).numerator) == 0
        && Double.compare(denominator, ((Ratio) obj).denominator) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(numerator) * 31 + Double.hashCode(denominator);
  }

  /**
   * Returns a readable form: {@code 3.45% (69/2000)}, or {@code undefined (5/0)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    String parts = "(" + plain(numerator) + "/" + plain(denominator) + ")";
    if (!isDefined()) {
      return "undefined " + parts;
    }
    String percent =
        String.format(java.util.Locale.ROOT, "%.4g%% %s", numerator / denominator * 100, parts);
    return TRAILING_ZEROS.matcher(percent).replaceFirst("%");
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : Double.toString(v);
  }
}
