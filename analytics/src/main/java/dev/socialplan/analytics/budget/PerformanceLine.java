package dev.socialplan.analytics.budget;

import dev.socialplan.analytics.metric.ReturnOnAdSpend;
import dev.socialplan.analytics.metric.ReturnOnInvestment;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import dev.socialplan.metric.Ratio;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Plan against actuals for one platform, one category, or the whole budget: what was planned, what
 * was spent, what it brought in, and the returns.
 *
 * <ul>
 *   <li>ROI = (revenue − spend) ÷ spend (Google Ads help, "Return on investment"; {@code
 *       ReturnOnInvestment.ratio}), the spend standing for the whole cost;
 *   <li>ROAS = revenue ÷ spend ({@code ReturnOnAdSpend.ratio}), meaningful for paid promotion;
 *   <li>utilisation = spend ÷ planned.
 * </ul>
 *
 * <p>Each is undefined when its denominator is zero. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerformanceLine {

  PerformanceLine() {}

  /**
   * Returns what the line is about in words: a platform's name, a category's name, or {@code
   * "total"}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the platform of a per-platform line.
   *
   * @return the platform; empty for category and total lines
   */
  public abstract Optional<Platform> platform();

  /**
   * Returns the category of a per-category line.
   *
   * @return the category; empty for platform and total lines
   */
  public abstract Optional<BudgetCategory> category();

  /**
   * Returns the money the budget planned: the allocations to the platform or category, or the
   * budget's total.
   *
   * @return the planned amount, zero when nothing was allocated
   */
  public abstract Money planned();

  /**
   * Returns the money spent.
   *
   * @return the spend
   */
  public abstract Money spent();

  /**
   * Returns the revenue attributed to the spend.
   *
   * @return the revenue
   */
  public abstract Money revenue();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what is left of the plan: {@code planned − spent}.
   *
   * @return the remainder; negative when overspent
   */
  public Money remaining() {
    return planned().minus(spent());
  }

  /**
   * Returns the return on investment, {@code (revenue − spent) ÷ spent}.
   *
   * @return the ROI; undefined without spend
   */
  public Ratio roi() {
    return ReturnOnInvestment.ratio(revenue(), spent());
  }

  /**
   * Returns the return on ad spend, {@code revenue ÷ spent}.
   *
   * @return the ROAS; undefined without spend
   */
  public Ratio roas() {
    return ReturnOnAdSpend.ratio(revenue(), spent());
  }

  /**
   * Returns the share of the plan spent, {@code spent ÷ planned}.
   *
   * @return the utilisation; undefined when nothing was planned
   */
  public Ratio utilisation() {
    return Ratio.of(spent().getAmount().doubleValue(), planned().getAmount().doubleValue());
  }

  /**
   * Tells whether more was spent than planned.
   *
   * @return true if {@code spent > planned}
   */
  public boolean isOverspent() {
    return spent().isGreaterThan(planned());
  }

  @Value.Check
  void check() {
    if (!planned().isSameCurrency(spent()) || !spent().isSameCurrency(revenue())) {
      throw new IllegalArgumentException(
          "planned, spent and revenue must share one currency: "
              + planned()
              + ", "
              + spent()
              + ", "
              + revenue());
    }
    if (planned().isNegative() || spent().isNegative() || revenue().isNegative()) {
      throw new IllegalArgumentException(
          "amounts must not be negative: " + planned() + ", " + spent() + ", " + revenue());
    }
    dev.socialplan.internal.Checks.nonBlank(label(), "label");
  }

  /** Builds a {@link PerformanceLine}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePerformanceLine.Builder {
    Builder() {}
  }
}
