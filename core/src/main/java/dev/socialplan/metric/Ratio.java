package dev.socialplan.metric;

import dev.socialplan.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A rate that keeps its numerator and denominator: {@code 69 engagements / 2,000 reach}.
 *
 * <p>Keeping both parts makes pooled averages exact ({@link #pooled(Collection)} adds numerators and
 * denominators rather than averaging rates) and keeps the unit visible. The value is a fraction
 * ({@code 0.0345}); {@link #asPercent()} gives the percentage view ({@code 3.45}). A count per post
 * or per 1,000 followers is not a fraction and is a {@link CountRate}, not a ratio.
 *
 * <p>A ratio whose denominator is zero is <em>undefined</em>: {@link #isDefined()} is false and
 * {@link #value()} is empty. socialplan never turns an undefined rate into NaN, zero or an exception.
 *
 * <p>Numerator and denominator are finite doubles; counts up to 2<sup>53</sup> are represented
 * exactly. Either may be negative (a return on investment can be negative); a negative denominator is
 * allowed but unusual. The quotient is finite too: parts whose quotient (or its percentage) would
 * overflow a double, such as {@code 1e300 / 1e-300}, are refused, so {@link #value()} and {@link
 * #asPercent()} are never infinite.
 *
 * <p>Two ways to combine ratios, each with its own name: {@link #plus(Ratio)} and {@link
 * #sumOfParts(Collection)} add every numerator and every denominator, undefined parts included
 * (a {@code 5/0} adds 5 to the numerator); {@link #pooled(Collection)} adds the parts of the
 * <em>defined</em> ratios only and leaves the undefined ones out ({@code 5/0} and {@code 1/10} pool to
 * {@code 1/10}), as a pooled average over posts does.
 *
 * <p>Equality compares numerator and denominator, so {@code 1/2} and {@code 2/4} are different values
 * with the same {@link #value()}; use {@link #compareTo(Ratio)} or {@link #value()} to compare rates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Beyond this magnitude the percentage of a fraction would overflow a double. */
  private static final double MAX_FRACTION = Double.MAX_VALUE / 100;

  /** The ratio {@code 0/0}: undefined, and the identity of {@link #plus(Ratio)}. */
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
   * Obtains a ratio of two counts. Every pair of longs makes a ratio: the quotient of two longs is at
   * most 2<sup>63</sup> in magnitude.
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
   * @throws IllegalArgumentException if either part is NaN or infinite, or if the quotient or its
   *     percentage overflows a double ({@code of(1e300, 1e-300)})
   */
  public static Ratio of(double numerator, double denominator) {
    Checks.finite(numerator, "numerator");
    Checks.finite(denominator, "denominator");
    checkQuotient(numerator, denominator);
    return new Ratio(numerator, denominator);
  }

  private static void checkQuotient(double numerator, double denominator) {
    if (denominator != 0 && !(Math.abs(numerator / denominator) <= MAX_FRACTION)) {
      throw new IllegalArgumentException(
          "numerator / denominator must be finite as a fraction and as a percentage: "
              + numerator
              + " / "
              + denominator);
    }
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
   * Pools the defined ratios, the "ratio of sums" over the parts that have a rate: Σ numeratorᵢ ÷ Σ
   * denominatorᵢ over the ratios whose denominator is not zero. Undefined ratios are left out, so
   * {@code 5/0} and {@code 1/10} pool to {@code 1/10}. Use {@link #sumOfParts(Collection)} to add
   * every part.
   *
   * @param ratios the ratios; empty, or only undefined ones, gives {@link #EMPTY}
   * @return the pooled ratio; undefined when no ratio is defined (or the defined denominators cancel)
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if a sum, or the pooled quotient, overflows a double
   */
  public static Ratio pooled(Collection<Ratio> ratios) {
    Checks.noNullElements(ratios, "ratios");
    double n = 0;
    double d = 0;
    for (Ratio r : ratios) {
      if (r.isDefined()) {
        n += r.numerator;
        d += r.denominator;
      }
    }
    return of(n, d);
  }

  /**
   * Adds every numerator and every denominator, undefined ratios included: {@code 5/0} and {@code
   * 1/10} sum to {@code 6/10}. This is {@link #plus(Ratio)} over a collection; use {@link
   * #pooled(Collection)} to leave undefined ratios out.
   *
   * @param ratios the ratios; empty gives {@link #EMPTY}
   * @return the ratio of the sums
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if a sum, or the quotient of the sums, overflows a double
   */
  public static Ratio sumOfParts(Collection<Ratio> ratios) {
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
   * Adds the parts of another ratio to this one's: {@code (n1 + n2) / (d1 + d2)}, whether or not
   * either is defined ({@code 5/0 plus 1/10} is {@code 6/10}). Commutative, with {@link #EMPTY} as
   * identity, and associative where the sums are exact (whole numbers up to 2<sup>53</sup>). To leave
   * undefined ratios out, use {@link #pooled(Collection)}.
   *
   * @param other the other ratio
   * @return the ratio of the sums
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if a sum, or the quotient of the sums, overflows a double
   */
  public Ratio plus(Ratio other) {
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
    Checks.notNull(other, "other");
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
   * Returns a readable form: {@code 3.45% (69/2000)}, {@code 1000% (10/1)}, or {@code undefined
   * (5/0)}.
   *
   * <p>The percentage is exact: it is the shortest decimal that identifies the fraction {@link
   * #value()} (as {@link Double#toString(double)} gives it) with the point moved two places, so
   * reading it back ({@code new BigDecimal(text).movePointLeft(2).doubleValue()}) gives the value
   * again, for every ratio. {@code 1/3} prints {@code 33.33333333333333%}. Percentages from 10<sup>−6</sup>
   * up to 10<sup>21</sup> in magnitude are written out in full, others in scientific notation ({@code
   * 1E+300%}).
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    String parts = "(" + plain(numerator) + "/" + plain(denominator) + ")";
    if (!isDefined()) {
      return "undefined " + parts;
    }
    return percentText(numerator / denominator) + "% " + parts;
  }

  /**
   * The percentage of a finite fraction, exactly as the fraction's shortest decimal with the point
   * moved two places. Shared with {@link CountRate} for its figures.
   */
  static String percentText(double fraction) {
    return decimalText(new BigDecimal(Double.toString(fraction)).movePointRight(2));
  }

  /** A decimal without trailing zeros, in full for everyday magnitudes, scientific beyond. */
  static String decimalText(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0";
    }
    int exponent = stripped.precision() - stripped.scale() - 1;
    return exponent >= -6 && exponent < 21 ? stripped.toPlainString() : stripped.toString();
  }

  /**
   * A serialised ratio is checked as {@link #of(double, double)} checks its arguments.
   *
   * @param in the stream
   * @throws java.io.IOException ({@link java.io.InvalidObjectException}) if what was read
   *     is refused, or the stream fails
   * @throws ClassNotFoundException if a class in the stream is not found
   */
  private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      Checks.finite(numerator, "numerator");
      Checks.finite(denominator, "denominator");
      checkQuotient(numerator, denominator);
    } catch (IllegalArgumentException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Keeps -0.0 normalised and returns the shared {@link #EMPTY} for 0/0.
   *
   * @return the value the factory rebuilt
   */
  private Object readResolve() {
    Ratio normal = new Ratio(numerator, denominator);
    return normal.equals(EMPTY) ? EMPTY : normal;
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : Double.toString(v);
  }
}
