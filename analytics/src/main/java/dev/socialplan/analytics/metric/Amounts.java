package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import org.joda.money.Money;

/** Structural checks on money arguments, with messages naming the parameter and the amount. */
final class Amounts {
  private Amounts() {}

  static void nonNegative(Money amount, String field) {
    Checks.notNull(amount, field);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + amount);
    }
  }

  static void sameCurrency(Money a, String aField, Money b, String bField) {
    if (!a.getCurrencyUnit().equals(b.getCurrencyUnit())) {
      throw new IllegalArgumentException(
          aField + " and " + bField + " must be in the same currency: " + a + ", " + b);
    }
  }


  /** Beyond this magnitude a fraction's percentage overflows a double (as {@link Ratio} refuses). */
  private static final double MAX_FRACTION = Double.MAX_VALUE / 100;

  /**
   * The ratio of two exact amounts, never infinite: amounts beyond a double's range are scaled by
   * the same power of ten (which leaves the rate unchanged), and a rate too large for a {@link
   * Ratio} is refused with a message naming both amounts.
   */
  static Ratio ratio(BigDecimal numerator, BigDecimal denominator, String what) {
    if (denominator.signum() == 0) {
      return Ratio.of(numerator.signum(), 0);
    }
    int shift = Math.max(exponent(numerator), exponent(denominator)) - 300;
    BigDecimal n = shift > 0 ? numerator.movePointLeft(shift) : numerator;
    BigDecimal d = shift > 0 ? denominator.movePointLeft(shift) : denominator;
    double nd = n.doubleValue();
    double dd = d.doubleValue();
    if (dd == 0 || !(Math.abs(nd / dd) <= MAX_FRACTION)) {
      throw new IllegalArgumentException(
          what + " is too large for a rate: " + brief(numerator) + " / " + brief(denominator));
    }
    return Ratio.of(nd, dd);
  }

  /** Seven significant digits, so a message never spells out hundreds of them. */
  private static String brief(BigDecimal value) {
    return value.round(new MathContext(7)).stripTrailingZeros().toString();
  }

  /** The power of ten of the leading digit ({@code 1234.5} has 3); zero for zero. */
  private static int exponent(BigDecimal value) {
    return value.signum() == 0 ? 0 : value.precision() - value.scale() - 1;
  }
}
