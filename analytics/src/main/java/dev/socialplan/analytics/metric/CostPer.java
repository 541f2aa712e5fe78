package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Cost per click, per mille, per acquisition and per engagement, in Joda-Money.
 *
 * <p>Results are in the currency's own scale (cents for USD, none for JPY), rounded once with the
 * {@link RoundingMode} the caller passes; {@link RoundingMode#UNNECESSARY} throws {@link
 * ArithmeticException} when rounding would be needed. When the count is zero the cost is undefined
 * and the result is empty. Costs must not be negative.
 */
public final class CostPer {
  private CostPer() {}

  /**
   * Cost per click: cost ÷ clicks (Google Ads help, "Cost-per-click (CPC)"). Example: clicks
   * costing $0.20 and $0.40 give $0.60 ÷ 2 = $0.30.
   *
   * @param cost the total cost
   * @param clicks the clicks
   * @param rounding how to round to the currency's scale
   * @return the cost per click, or empty without clicks
   */
  public static Optional<Money> click(Money cost, long clicks, RoundingMode rounding) {
    return divide(cost, "cost", clicks, "clicks", 1, rounding);
  }

  /**
   * Cost per mille (thousand impressions): cost ÷ impressions × 1,000 (Google Ads API, "average
   * CPM"). Example: $100 for 10,000 impressions gives $10.
   *
   * @param cost the total cost
   * @param impressions the impressions
   * @param rounding how to round to the currency's scale
   * @return the cost per thousand impressions, or empty without impressions
   */
  public static Optional<Money> mille(Money cost, long impressions, RoundingMode rounding) {
    return divide(cost, "cost", impressions, "impressions", 1000, rounding);
  }

  /**
   * Cost per acquisition (conversion): cost ÷ conversions (Google Ads help, "Cost per acquisition
   * (CPA)"). Example: conversions costing £2 and £4 give £6 ÷ 2 = £3.
   *
   * @param cost the total cost
   * @param conversions the conversions
   * @param rounding how to round to the currency's scale
   * @return the cost per acquisition, or empty without conversions
   */
  public static Optional<Money> acquisition(Money cost, long conversions, RoundingMode rounding) {
    return divide(cost, "cost", conversions, "conversions", 1, rounding);
  }

  /**
   * Cost per engagement: spend ÷ engagements (Google Ads API, "average CPE"). Example: $5,000 for
   * 2,500 engagements gives $2.
   *
   * @param spend the spend
   * @param engagements the engagements
   * @param rounding how to round to the currency's scale
   * @return the cost per engagement, or empty without engagements
   */
  public static Optional<Money> engagement(Money spend, long engagements, RoundingMode rounding) {
    return divide(spend, "spend", engagements, "engagements", 1, rounding);
  }

  private static Optional<Money> divide(
      Money cost, String costName, long count, String countName, long per, RoundingMode rounding) {
    Amounts.nonNegative(cost, costName);
    Checks.nonNegative(count, countName);
    Checks.notNull(rounding, "rounding");
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(cost.multipliedBy(per).dividedBy(count, rounding));
  }
}
