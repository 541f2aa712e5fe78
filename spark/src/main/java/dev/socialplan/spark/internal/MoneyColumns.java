package dev.socialplan.spark.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/** Reading amounts from an amount column and a currency column, exactly. Not API. */
public final class MoneyColumns {
  private MoneyColumns() {}

  /**
   * Converts an amount and a currency code exactly, naming the columns when it cannot.
   *
   * @param amount the amount
   * @param code the ISO 4217 code
   * @param amountColumn the amount's column, for messages
   * @param currencyColumn the currency's column, for messages
   * @return the money
   * @throws IllegalArgumentException naming the column and the value when the currency is unknown,
   *     the amount negative or finer than the currency's minor unit
   */
  public static Money money(BigDecimal amount, String code, String amountColumn, String currencyColumn) {
    CurrencyUnit currency;
    try {
      currency = CurrencyUnit.of(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalCurrencyException e) {
      throw new IllegalArgumentException(
          "column " + currencyColumn + " has an unknown currency: \"" + code + "\"", e);
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          "column " + amountColumn + " must not be negative: " + amount.stripTrailingZeros()
              .toPlainString());
    }
    try {
      // Money.of refuses a scale above the currency's even for trailing zeros, which a
      // decimal(38,18) column always has; the value itself must still fit exactly.
      return Money.of(currency, amount.stripTrailingZeros());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "column " + amountColumn + " has more decimals than " + currency.getCode() + " allows ("
              + currency.getDecimalPlaces() + "): " + amount.stripTrailingZeros().toPlainString(),
          e);
    }
  }

}
