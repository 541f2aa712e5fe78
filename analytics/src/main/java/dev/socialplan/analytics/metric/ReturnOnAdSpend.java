package dev.socialplan.analytics.metric;

import dev.socialplan.metric.Ratio;
import org.joda.money.Money;

/**
 * Return on ad spend and the ROAS at which ads break even (docs/metrics.md).
 *
 * <ul>
 *   <li>ROAS = revenue ÷ ad spend. Example: $20,000 ÷ $5,000 = 4.0.
 *   <li>Break-even ROAS = price ÷ (price − variable costs). Example: a $100 product with $20 and $15
 *       of variable costs keeps $65 per sale, so it breaks even at 100 ÷ 65 ≈ 1.54.
 * </ul>
 */
public final class ReturnOnAdSpend {
  private ReturnOnAdSpend() {}

  /**
   * Return on ad spend: revenue ÷ ad spend.
   *
   * @param revenue the revenue attributed to the ads
   * @param adSpend the ad spend
   * @return the ROAS as a multiple ({@code 4.0}, shown as 400 % by {@link Ratio#asPercent()});
   *     finite; undefined without spend
   * @throws IllegalArgumentException if an amount is negative, the currencies differ, or the ROAS is
   *     too large for a rate (more than about 10<sup>306</sup>; never infinity)
   */
  public static Ratio ratio(Money revenue, Money adSpend) {
    Amounts.nonNegative(revenue, "revenue");
    Amounts.nonNegative(adSpend, "adSpend");
    Amounts.sameCurrency(revenue, "revenue", adSpend, "adSpend");
    return Amounts.ratio(revenue.getAmount(), adSpend.getAmount(), "revenue / adSpend");
  }

  /**
   * Break-even ROAS: price ÷ (price − variable costs), the ROAS below which each sale loses money.
   *
   * @param price the selling price of one unit
   * @param variableCosts the variable costs of one unit (product, shipping, fees)
   * @return the break-even ROAS; undefined when the margin is zero, and negative when the variable
   *     costs exceed the price (no ROAS breaks even); finite
   * @throws IllegalArgumentException if an amount is negative, the currencies differ, or the
   *     break-even ROAS is too large for a rate (a margin of one minor unit on a price beyond about
   *     10<sup>306</sup>; never infinity)
   */
  public static Ratio breakEven(Money price, Money variableCosts) {
    Amounts.nonNegative(price, "price");
    Amounts.nonNegative(variableCosts, "variableCosts");
    Amounts.sameCurrency(price, "price", variableCosts, "variableCosts");
    return Amounts.ratio(
        price.getAmount(),
        price.minus(variableCosts).getAmount(),
        "price / (price - variableCosts)");
  }
}
