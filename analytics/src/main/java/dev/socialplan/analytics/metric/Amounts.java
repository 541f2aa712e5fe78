package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import org.joda.money.Money;

/** Structural checks on money arguments, with messages naming the parameter and the amount. */
final class Amounts {
  private Amounts() {}

  static Money nonNegative(Money amount, String field) {
    Checks.notNull(amount, field);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + amount);
    }
    return amount;
  }

  static void sameCurrency(Money a, String aField, Money b, String bField) {
    if (!a.getCurrencyUnit().equals(b.getCurrencyUnit())) {
      throw new IllegalArgumentException(
          aField + " and " + bField + " must be in the same currency: " + a + ", " + b);
    }
  }

  static double toDouble(Money amount) {
    return amount.getAmount().doubleValue();
  }
}
