package dev.socialplan.analytics.budget;

import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Optional;
import org.joda.money.Money;
import org.immutables.value.Value;

/**
 * What was actually spent on a platform, a category or both, and the revenue attributed to that
 * spend — the actual counterpart of a budget {@code Allocation}.
 *
 * <p>Obtain one with {@link #of(Platform, BudgetCategory, Money,
 * Money)} or {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SpendLine {

  SpendLine() {}

  /**
   * Returns the platform the money was spent on.
   *
   * @return the platform; empty for spend not tied to one platform
   */
  public abstract Optional<Platform> platform();

  /**
   * Returns what the money paid for.
   *
   * @return the category; empty when not recorded
   */
  public abstract Optional<BudgetCategory> category();

  /**
   * Returns the money spent.
   *
   * @return the spend, zero or more
   */
  public abstract Money spend();

  /**
   * Returns the revenue attributed to the spend.
   *
   * @return the revenue, zero or more, in the spend's currency
   */
  public abstract Money revenue();

  /**
   * Obtains a line for a platform and a category.
   *
   * @param platform the platform
   * @param category what the money paid for
   * @param spend the money spent, zero or more
   * @param revenue the revenue attributed to it, zero or more, in the same currency
   * @return the line
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static SpendLine of(
      Platform platform,
      BudgetCategory category,
      Money spend,
      Money revenue) {
    return builder().platform(platform).category(category).spend(spend).revenue(revenue).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (platform().isEmpty() && category().isEmpty()) {
      throw new IllegalArgumentException("a spend line must name a platform, a category or both");
    }
    if (spend().isNegative()) {
      throw new IllegalArgumentException("spend must not be negative: " + spend());
    }
    if (revenue().isNegative()) {
      throw new IllegalArgumentException("revenue must not be negative: " + revenue());
    }
    Checks.notNull(revenue().getCurrencyUnit(), "revenue");
    if (!spend().isSameCurrency(revenue())) {
      throw new IllegalArgumentException(
          "revenue must be in the spend's currency " + spend().getCurrencyUnit() + ": " + revenue());
    }
  }

  /** Builds a {@link SpendLine}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSpendLine.Builder {
    Builder() {}
  }
}
