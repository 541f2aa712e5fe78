package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;

/**
 * Customer lifetime value (docs/metrics.md): average order value × orders a year ×
 * years as a customer, gross or net of the cost of acquiring the customer. Example: $300 × 5 × 2 =
 * $3,000 gross; with a $500 acquisition cost, $2,500 net.
 *
 * <p>The product is computed exactly and rounded once to the currency's scale with the caller's
 * {@link RoundingMode}.
 */
public final class CustomerLifetimeValue {
  private CustomerLifetimeValue() {}

  /**
   * Gross customer lifetime value: average order value × orders a year × years.
   *
   * @param averageOrderValue the average value of one order
   * @param ordersPerYear orders a customer places a year, not negative (may be fractional)
   * @param years years a customer stays, not negative (may be fractional)
   * @param rounding how to round to the currency's scale
   * @return the lifetime value
   * @throws IllegalArgumentException if an argument is negative
   */
  public static Money gross(
      Money averageOrderValue, BigDecimal ordersPerYear, BigDecimal years, RoundingMode rounding) {
    Amounts.nonNegative(averageOrderValue, "averageOrderValue");
    nonNegative(ordersPerYear, "ordersPerYear");
    nonNegative(years, "years");
    Checks.notNull(rounding, "rounding");
    BigDecimal exact = averageOrderValue.getAmount().multiply(ordersPerYear).multiply(years);
    return Money.of(averageOrderValue.getCurrencyUnit(), exact, rounding);
  }

  /**
   * Net customer lifetime value: gross lifetime value − acquisition cost.
   *
   * @param averageOrderValue the average value of one order
   * @param ordersPerYear orders a customer places a year, not negative
   * @param years years a customer stays, not negative
   * @param acquisitionCost the cost of acquiring one customer, in the same currency
   * @param rounding how to round the gross value to the currency's scale
   * @return the net lifetime value; negative when acquiring a customer costs more than they bring
   * @throws IllegalArgumentException if an argument is negative or the currencies differ
   */
  public static Money net(
      Money averageOrderValue,
      BigDecimal ordersPerYear,
      BigDecimal years,
      Money acquisitionCost,
      RoundingMode rounding) {
    Amounts.nonNegative(acquisitionCost, "acquisitionCost");
    Checks.notNull(averageOrderValue, "averageOrderValue");
    Amounts.sameCurrency(averageOrderValue, "averageOrderValue", acquisitionCost, "acquisitionCost");
    return gross(averageOrderValue, ordersPerYear, years, rounding).minus(acquisitionCost);
  }

  private static void nonNegative(BigDecimal value, String field) {
    Checks.notNull(value, field);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
  }
}
