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
   * @return the return as a fraction of the cost, finite; undefined when the cost is zero
   * @throws IllegalArgumentException if an amount is negative, the currencies differ, or the return
   *     is too large for a rate (more than about 10<sup>306</sup> times the cost; never infinity)
   */
  public static Ratio ratio(Money revenue, Money cost) {
    Amounts.nonNegative(revenue, "revenue");
    Amounts.nonNegative(cost, "cost");
    Amounts.sameCurrency(revenue, "revenue", cost, "cost");
    return Amounts.ratio(
        revenue.minus(cost).getAmount(), cost.getAmount(), "(revenue - cost) / cost");
  }
}
