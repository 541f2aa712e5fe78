package dev.socialplan.budget;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A part of a budget set aside for a platform, for a {@link BudgetCategory}, or for a category on a
 * platform ("paid promotion on Instagram"), with the return it is expected to bring.
 *
 * <p>Construction refuses only impossibilities: negative money, a blank id, and an allocation that
 * names neither a platform nor a category (it would be money for nothing in particular). The amount
 * and the expected return may be in different currencies, and allocations may add up to more than
 * the budget's total: those are planning mistakes that the validation rules report.
 *
 * <p>Obtain one with {@link #of(Platform, Money)}, {@link #of(BudgetCategory, Money)}, {@link
 * #of(Platform, BudgetCategory, Money)} or {@link #builder()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns the id other parts of the plan use to refer to this allocation (a tactic names the
   * allocation that pays for it), if one was given.
   *
   * @return the id, not blank
   */
  public abstract Optional<String> id();

  /**
   * Returns the platform the money is spent on, if the allocation is per platform.
   *
   * @return the platform
   */
  public abstract Optional<Platform> platform();

  /**
   * Returns what the money pays for, if the allocation is per category.
   *
   * @return the category
   */
  public abstract Optional<BudgetCategory> category();

  /**
   * Returns the amount allocated.
   *
   * @return the amount, not negative
   */
  public abstract Money amount();

  /**
   * Returns the return the planner expects from this money (revenue attributed to it), if
   * estimated. Compared with {@link #amount()} by the rule "do not invest more than you gain".
   *
   * @return the expected return, not negative
   */
  public abstract Optional<Money> expectedReturn();

  /**
   * Obtains an allocation to a platform.
   *
   * @param platform the platform
   * @param amount the amount, not negative
   * @return the allocation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Allocation of(Platform platform, Money amount) {
    return builder().platform(platform).amount(amount).build();
  }

  /**
   * Obtains an allocation to a category.
   *
   * @param category the category
   * @param amount the amount, not negative
   * @return the allocation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Allocation of(BudgetCategory category, Money amount) {
    return builder().category(category).amount(amount).build();
  }

  /**
   * Obtains an allocation to a category on a platform.
   *
   * @param platform the platform
   * @param category the category
   * @param amount the amount, not negative
   * @return the allocation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Allocation of(Platform platform, BudgetCategory category, Money amount) {
    return builder().platform(platform).category(category).amount(amount).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with an expected return.
   *
   * @param expectedReturn the expected return, not negative
   * @return the new allocation
   * @throws IllegalArgumentException if the return is negative
   */
  public abstract Allocation withExpectedReturn(Money expectedReturn);

  /**
   * Returns a copy with an id.
   *
   * @param id the id, not blank
   * @return the new allocation
   * @throws IllegalArgumentException if the id is blank
   */
  public abstract Allocation withId(String id);

  /**
   * Returns a copy with another amount.
   *
   * @param amount the amount, not negative
   * @return the new allocation
   * @throws IllegalArgumentException if the amount is negative
   */
  public abstract Allocation withAmount(Money amount);

  /**
   * Tells whether the expected return is known and lower than the amount, in the same currency
   * ("do not invest more than you gain"). False when there is no expected return or the currencies
   * differ (a mixed-currency budget is reported by its own rule).
   *
   * @return true if the allocation is expected to return less than it costs
   */
  public boolean isExpectedToLose() {
    return expectedReturn()
        .filter(r -> r.getCurrencyUnit().equals(amount().getCurrencyUnit()))
        .map(r -> r.isLessThan(amount()))
        .orElse(false);
  }

  @Value.Check
  void check() {
    id().ifPresent(i -> Checks.nonBlank(i, "id"));
    if (amount().isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount());
    }
    expectedReturn()
        .filter(Money::isNegative)
        .ifPresent(
            r -> {
              throw new IllegalArgumentException("expectedReturn must not be negative: " + r);
            });
    if (platform().isEmpty() && category().isEmpty()) {
      throw new IllegalArgumentException(
          "an allocation needs a platform or a category (or both): " + amount());
    }
  }

  /** Builds an {@link Allocation}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }
}
