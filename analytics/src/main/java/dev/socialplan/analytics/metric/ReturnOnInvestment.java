package dev.socialplan.analytics.metric;

import dev.socialplan.metric.Ratio;
import org.joda.money.Money;

/**
 * Return on investment: (revenue − cost) ÷ cost, the cost including ad spend (Google
 * Ads help, "Return on investment (ROI)"). Example: ($1,200 − $800) ÷ $800 = 50 %. A loss gives a
 * negative rate.
 */
public final class ReturnOnInvestment {
  private ReturnOnInvestment() {}

  /**
   * Return on investment: (revenue − cost) ÷ cost.
   *
   * @param revenue the revenue attributed to the investment
   * @param cost every cost of it, ad spend included
   * @return the return as a fraction of the cost; undefined when the cost is zero
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static Ratio ratio(Money revenue, Money cost) {
    Amounts.nonNegative(revenue, "revenue");
    Amounts.nonNegative(cost, "cost");
    Amounts.sameCurrency(revenue, "revenue", cost, "cost");
    return Ratio.of(Amounts.toDouble(revenue.minus(cost)), Amounts.toDouble(cost));
  }
}
